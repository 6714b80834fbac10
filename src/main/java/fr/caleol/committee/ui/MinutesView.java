package fr.caleol.committee.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import fr.caleol.base.errors.BusinessException;
import fr.caleol.base.events.EventBus;
import fr.caleol.base.events.UiEvents;
import fr.caleol.base.jobs.BackgroundJobs;
import fr.caleol.base.ui.ErrorNotifier;
import fr.caleol.base.ui.HasTitleKey;
import fr.caleol.base.ui.MainLayout;
import fr.caleol.base.ui.components.Formats;
import fr.caleol.committee.domain.Minutes;
import fr.caleol.committee.domain.MinutesDocument;
import fr.caleol.committee.service.FollowUpService;
import fr.caleol.committee.service.LetterService;
import fr.caleol.committee.service.MinutesPage;
import fr.caleol.committee.service.MinutesPublishedEvent;
import fr.caleol.committee.service.MinutesService;
import fr.caleol.committee.service.SittingChangedEvent;
import fr.caleol.security.domain.Role;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.stream.Collectors;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The minutes of a sitting. Staff write the free text, submit, publish, download letters and follow the
 * decisions up; the president validates or sends back; convened members read the published minutes.
 */
@Route(value = "seances/:sittingId/proces-verbal", layout = MainLayout.class)
@RolesAllowed({Role.Names.COMMITTEE_MEMBER, Role.Names.SECRETARY, Role.Names.ADMIN})
public class MinutesView extends VerticalLayout implements BeforeEnterObserver, HasTitleKey {

    private final Clock clock;
    private final MinutesService minutes;
    private final FollowUpService followUp;
    private final LetterService letters;
    private final BackgroundJobs jobs;
    private long sittingId;
    private MinutesPage page;
    private final Div content = new Div();

    public MinutesView(MinutesService minutes, FollowUpService followUp, LetterService letters, BackgroundJobs jobs,
            EventBus eventBus, Clock clock) {
        this.clock = clock;
        this.minutes = minutes;
        this.followUp = followUp;
        this.letters = letters;
        this.jobs = jobs;
        setWidthFull();
        content.setWidthFull();
        add(content);
        UiEvents.subscribe(this, eventBus, SittingChangedEvent.class, event -> {
            if (event.sittingId() == sittingId && event.what().concernsMinutes()) {
                reload();
            }
        });
        notifyPublications(this, eventBus);
    }

    /** Tells the connected user, live, when the minutes of a sitting they were convened to are published. */
    static void notifyPublications(Component component, EventBus eventBus) {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        String username = authentication == null ? null : authentication.getName();
        UiEvents.subscribe(component, eventBus, MinutesPublishedEvent.class, event -> {
            if (username == null || !event.convenedUsernames().contains(username)) {
                return;
            }
            Notification notification = new Notification();
            notification.setId("minutes-published-notification");
            notification.addThemeVariants(NotificationVariant.LUMO_PRIMARY);
            notification.setPosition(Notification.Position.TOP_END);
            notification.setDuration(0);
            Button open = new Button(component.getTranslation("minutes.notificationOpen"), click -> {
                notification.close();
                component.getUI().ifPresent(ui -> ui.navigate(MinutesView.class,
                        new RouteParameters("sittingId", String.valueOf(event.sittingId()))));
            });
            open.setId("minutes-published-open");
            Button close = new Button(VaadinIcon.CLOSE_SMALL.create(), click -> notification.close());
            close.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
            notification.add(new HorizontalLayout(new Span(component.getTranslation("minutes.notification",
                    Formats.date(event.sittingDate(), component.getUI().map(UI::getLocale)
                            .orElse(java.util.Locale.FRANCE)))), open, close));
            notification.open();
        });
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        sittingId = event.getRouteParameters().getLong("sittingId").orElse(-1L);
        try {
            page = minutes.page(sittingId);
        } catch (org.springframework.security.access.AccessDeniedException | BusinessException refused) {
            ErrorNotifier.show(refused);
            event.forwardTo(SittingsView.class);
        }
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        render();
    }

    private void reload() {
        try {
            page = minutes.page(sittingId);
            render();
        } catch (RuntimeException e) {
            ErrorNotifier.show(e);
        }
    }

    private void render() {
        content.removeAll();
        MinutesDocument doc = page.document();
        content.add(new H2(getTranslation("minutes.heading", Formats.date(doc.date(), getLocale()))));
        Span state = new Span(getTranslation("minutes.stateLabel", getTranslation("minutes.state." + page.state())));
        state.setId("minutes-state");
        state.getElement().getThemeList().add("badge");
        content.add(state);
        if (page.erratumOfId() != null) {
            content.add(new Paragraph(getTranslation("minutes.erratumOf", page.erratumOfId())));
        }
        if (page.presidentComment() != null) {
            Paragraph comment = new Paragraph(getTranslation("minutes.presidentComment", page.presidentComment()));
            comment.addClassName("caleol-alert");
            content.add(comment);
        }
        if (page.sha256() != null) {
            Paragraph sha = new Paragraph(getTranslation("minutes.sha256", page.sha256()));
            sha.setId("minutes-sha256");
            content.add(sha);
        }
        if (page.minutesId() == null) {
            content.add(new Paragraph(getTranslation(page.sittingClosed() ? "minutes.noDraft"
                    : "minutes.sittingNotClosed")));
            if (page.staff() && page.sittingClosed()) {
                Button create = new Button(getTranslation("minutes.createDraft"), click -> act(() -> minutes
                        .createDraft(sittingId)));
                create.setId("minutes-create");
                create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
                content.add(create);
            }
            return;
        }
        content.add(actions());
        content.add(facts(doc));
        if (page.editable()) {
            content.add(new MinutesEditor(page, minutes, this::reload));
        } else {
            content.add(MinutesEditor.readOnly(doc));
        }
        if (page.staff() && page.published()) {
            content.add(new FollowUpPanel(sittingId, followUp, letters, clock, this::act));
        }
    }

    // ------------------------------------------------------------------------------------------------ actions

    private Component actions() {
        HorizontalLayout bar = new HorizontalLayout();
        bar.setWrap(true);
        bar.add(MinutesDocuments.pdf(page, minutes));
        if (page.submittable()) {
            Button submit = new Button(getTranslation("minutes.submit"), click -> act(() -> {
                minutes.submit(page.minutesId(), page.version());
                Notification.show(getTranslation("minutes.submitted"));
            }));
            submit.setId("minutes-submit");
            bar.add(submit);
        }
        if (page.reviewable()) {
            TextArea comment = new TextArea(getTranslation("minutes.sendBackComment"));
            comment.setMaxLength(Minutes.COMMENT_MAX);
            Button validate = new Button(getTranslation("minutes.validate"), click -> act(() -> {
                minutes.validate(page.minutesId(), page.version());
                Notification.show(getTranslation("minutes.validated"));
            }));
            validate.setId("minutes-validate");
            validate.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            Button sendBack = new Button(getTranslation("minutes.sendBack"), click -> act(() -> {
                minutes.sendBack(page.minutesId(), page.version(), comment.getValue());
                Notification.show(getTranslation("minutes.sentBack"));
            }));
            sendBack.setId("minutes-send-back");
            bar.add(validate, comment, sendBack);
        }
        if (page.publishable()) {
            Button publish = new Button(getTranslation("minutes.publish"), VaadinIcon.CHECK.create(), click -> {
                ConfirmDialog confirm = new ConfirmDialog(getTranslation("minutes.publish"),
                        getTranslation("minutes.publishConfirm"), getTranslation("minutes.publish"), ok -> act(() -> {
                            String sha = minutes.publish(page.minutesId(), page.version());
                            Notification.show(getTranslation("minutes.publishedOk", sha), 6000,
                                    Notification.Position.TOP_CENTER).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                        }));
                confirm.setCancelable(true);
                confirm.setCancelText(getTranslation("action.cancel"));
                confirm.setId("minutes-publish-confirm");
                confirm.open();
            });
            publish.setId("minutes-publish");
            publish.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            bar.add(publish);
        }
        if (page.staff() && page.published()) {
            Button erratum = new Button(getTranslation("minutes.erratum"), click -> act(() -> minutes
                    .startErratum(page.minutesId())));
            erratum.setId("minutes-erratum");
            bar.add(erratum, new MinutesDocuments(sittingId, letters, jobs));
        }
        return bar;
    }

    private void act(Runnable action) {
        ErrorNotifier.attempt(action, this::reload);
    }

    // -------------------------------------------------------------------------------------------------- facts

    private Component facts(MinutesDocument doc) {
        VerticalLayout facts = new VerticalLayout();
        facts.setPadding(false);
        facts.add(new H3(getTranslation("minutes.facts")));
        facts.add(new Paragraph(getTranslation("committee.sittingMode." + doc.mode().name()) + " — "
                + doc.committeeName()));
        Div members = new Div();
        members.setId("minutes-members");
        for (MinutesDocument.Member m : doc.members()) {
            String presence = m.presence() == MinutesDocument.Presence.REPLACED
                    ? getTranslation("minutes.presence.REPLACED", m.replacedBy())
                    : getTranslation("minutes.presence." + m.presence().name());
            String times = m.stretches().stream().map(s -> time(s.joinedAt()) + (s.leftAt() == null ? ""
                    : "–" + time(s.leftAt())) + (s.inRoom() ? " " + getTranslation("minutes.inRoom") : ""))
                    .collect(Collectors.joining(", "));
            members.add(new Div(m.name() + " (" + getTranslation("committee.seatKind." + m.kind().name()) + ") : "
                    + presence + (times.isEmpty() ? "" : " " + times)));
        }
        facts.add(new Details(getTranslation("minutes.members") + " (" + doc.members().size() + ")", members));
        for (MinutesDocument.Item item : doc.items()) {
            String outcome = item.sentBack() ? getTranslation("minutes.itemSentBack")
                    : item.decisions().isEmpty() ? getTranslation("minutes.itemNoDecision")
                    : getTranslation("minutes.itemDecisions", item.decisions().size());
            Div body = new Div();
            for (MinutesDocument.Decision d : item.decisions()) {
                StringBuilder line = new StringBuilder(d.applicantName()).append(" (").append(d.numeroUnique())
                        .append(") : ").append(getTranslation("committee.decisionType." + d.type().name()));
                if (d.rank() != null) {
                    line.append(" #").append(d.rank());
                }
                if (d.missingDocument() != null) {
                    line.append(" — ").append(d.missingDocument()).append(", ")
                            .append(Formats.date(d.conditionDeadline(), getLocale()));
                }
                if (d.ground() != null) {
                    line.append(" — ").append(getTranslation("committee.refusalGround." + d.ground().name()))
                            .append(d.groundsText() == null ? "" : " (" + d.groundsText() + ")");
                }
                body.add(new Div(line.toString()));
            }
            for (MinutesDocument.Round r : item.rounds()) {
                body.add(new Div("#" + r.number() + " : " + r.votesFor() + " / " + r.votesAgainst() + " / "
                        + r.abstentions() + (r.castingVoteUsed() ? " (" + r.castingHolder() + ")" : "")));
            }
            facts.add(new Details(getTranslation("minutes.itemSummary", item.position(), item.dwellingReference(),
                    outcome), body));
        }
        return facts;
    }

    private String time(java.time.Instant instant) {
        return DateTimeFormatter.ofPattern("HH:mm").format(instant.atZone(Formats.LOCAL_ZONE));
    }

    // ---------------------------------------------------------------------------------------------- follow-up

    @Override
    public String titleKey() {
        return "minutes.title";
    }
}
