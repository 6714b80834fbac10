package fr.caleol.committee.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import fr.caleol.base.ui.ErrorNotifier;
import fr.caleol.base.ui.HasTitleKey;
import fr.caleol.base.ui.MainLayout;
import fr.caleol.base.ui.components.Formats;
import fr.caleol.committee.domain.AgendaCandidate;
import fr.caleol.committee.domain.AgendaException;
import fr.caleol.committee.domain.AgendaItem;
import fr.caleol.committee.domain.Sitting;
import fr.caleol.committee.domain.SittingState;
import fr.caleol.committee.service.SittingService;
import fr.caleol.housing.domain.Dwelling;
import fr.caleol.housing.domain.DwellingStatus;
import fr.caleol.housing.service.DwellingFilter;
import fr.caleol.housing.service.DwellingService;
import fr.caleol.security.domain.Role;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;

/** The secretary prepares the agenda (dwellings with their candidates, exceptions) and convenes the sitting. */
@Route(value = "seances/:sittingId/ordre-du-jour", layout = MainLayout.class)
@RolesAllowed({Role.Names.SECRETARY, Role.Names.ADMIN})
public class SittingAgendaView extends VerticalLayout implements BeforeEnterObserver, HasTitleKey {

    private final SittingService sittings;
    private final DwellingService dwellings;
    private long sittingId;
    private final Div content = new Div();

    public SittingAgendaView(SittingService sittings, DwellingService dwellings) {
        this.sittings = sittings;
        this.dwellings = dwellings;
        add(content);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        sittingId = event.getRouteParameters().getLong("sittingId").orElse(-1L);
        refresh();
    }

    private void refresh() {
        content.removeAll();
        Sitting sitting = sittings.get(sittingId);
        boolean draft = sitting.getState() == SittingState.DRAFT;
        content.add(new H2(getTranslation("agenda.title", sitting.getCommittee().getName(),
                Formats.date(sitting.getDate(), getLocale()), sitting.getStartTime().toString())),
                new Paragraph(getTranslation("committee.sittingState." + sitting.getState().name()) + " · "
                        + getTranslation("committee.sittingMode." + sitting.getMode().name())));
        if (draft) {
            ComboBox<Dwelling> dwelling = new ComboBox<>(getTranslation("agenda.addDwelling"));
            dwelling.setId("agenda-dwelling");
            dwelling.setWidth("28rem");
            dwelling.setHelperText(getTranslation("agenda.addDwelling.help"));
            dwelling.setItemLabelGenerator(d -> d.getReference() + " · " + d.getCommune().getName() + " · "
                    + d.getType().name() + " · " + d.getAddress());
            dwelling.setItems(query -> dwellings.list(new DwellingFilter(query.getFilter().orElse(null),
                    DwellingStatus.PROPOSED, null, null, null, null), VaadinSpringDataHelpers.toSpringPageRequest(query))
                    .stream());
            Button add = new Button(getTranslation("agenda.add"), click -> {
                if (dwelling.getValue() != null) {
                    run(() -> sittings.addItem(sittingId, dwelling.getValue().getId()));
                }
            });
            add.setId("agenda-add");
            HorizontalLayout bar = new HorizontalLayout(dwelling, add);
            bar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
            content.add(bar);
            sentBack();
        }
        var agenda = sittings.agenda(sittingId);
        if (agenda.isEmpty()) {
            content.add(new Paragraph(getTranslation("agenda.empty")));
        }
        for (SittingService.AgendaEntry entry : agenda) {
            AgendaItem item = entry.item();
            Section section = new Section(new H3(item.getPosition() + ". " + item.getDwelling().getReference() + " · "
                    + item.getDwelling().getCommune().getName() + " · " + item.getDwelling().getAddress()));
            OrderedList candidates = new OrderedList();
            entry.candidates().forEach(c -> candidates.add(new ListItem(candidateLabel(c))));
            section.add(candidates);
            if (entry.candidates().size() < AgendaItem.MIN_CANDIDATES) {
                Paragraph warning = new Paragraph(getTranslation("agenda.fewCandidates", entry.candidates().size()));
                warning.addClassName("caleol-alert");
                section.add(warning);
            }
            Select<AgendaException> exception = new Select<>();
            exception.setLabel(getTranslation("agenda.exception"));
            exception.setEmptySelectionAllowed(true);
            exception.setEmptySelectionCaption(getTranslation("agenda.exception.none"));
            exception.setItems(AgendaException.values());
            exception.setItemLabelGenerator(e -> e == null ? getTranslation("agenda.exception.none")
                    : getTranslation("committee.agendaException." + e.name()));
            exception.setValue(item.getException());
            exception.setReadOnly(!draft);
            exception.addValueChangeListener(change -> {
                if (change.isFromClient()) {
                    run(() -> sittings.setException(item.getId(), change.getValue()));
                }
            });
            section.add(exception);
            content.add(section);
        }
        if (draft) {
            Button convene = new Button(getTranslation("agenda.convene"), click -> confirmConvene());
            convene.setId("agenda-convene");
            convene.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            content.add(convene);
        }
    }

    /** In an in-person sitting in preparation: the items sent back from other sittings, to take up on its agenda. */
    private void sentBack() {
        List<AgendaItem> pending = sittings.sentBackPending(sittingId);
        if (pending.isEmpty()) {
            return;
        }
        Section section = new Section(new H3(getTranslation("agenda.sentBack")),
                new Paragraph(getTranslation("agenda.sentBack.help")));
        section.setId("agenda-sent-back");
        UnorderedList list = new UnorderedList();
        for (AgendaItem item : pending) {
            Button takeUp = new Button(getTranslation("agenda.sentBack.takeUp"),
                    click -> run(() -> sittings.takeUp(sittingId, item.getId())));
            takeUp.setId("agenda-take-up-" + item.getId());
            takeUp.addThemeVariants(ButtonVariant.LUMO_SMALL);
            takeUp.getElement().setAttribute("aria-label", getTranslation("agenda.sentBack.takeUpFor",
                    item.getDwelling().getReference()));
            list.add(new ListItem(new Span(getTranslation("agenda.sentBack.item", item.getDwelling().getReference(),
                    item.getDwelling().getCommune().getName(), Formats.date(item.getSitting().getDate(), getLocale()),
                    item.getWithdrawnReason() == null ? "" : item.getWithdrawnReason()) + " "), takeUp));
        }
        section.add(list);
        content.add(section);
    }

    /**
     * Asks for confirmation before convening (the members are mailed at once); with less notice than the committee's
     * regulations give, the confirmation also asks why, and the reason is recorded.
     */
    private void confirmConvene() {
        SittingService.Notice notice = sittings.notice(sittingId, null);
        Dialog dialog = new Dialog(getTranslation("agenda.convene"));
        dialog.setId("convene-dialog");
        dialog.add(new Paragraph(getTranslation("agenda.convene.confirm")));
        TextArea reason = new TextArea(getTranslation("agenda.shortNotice.reason"));
        reason.setId("short-notice-reason");
        reason.setMaxLength(fr.caleol.committee.domain.Sitting.REASON_MAX);
        reason.setWidthFull();
        if (!notice.given()) {
            Paragraph warning = new Paragraph(getTranslation("agenda.shortNotice", notice.noticeDays()));
            warning.addClassName("caleol-alert");
            warning.setId("short-notice-warning");
            reason.setRequired(true);
            dialog.add(warning, reason);
        }
        Button ok = new Button(getTranslation("agenda.convene"), click -> {
            if (!notice.given() && reason.getValue().isBlank()) {
                reason.setInvalid(true);
                reason.setErrorMessage(getTranslation("agenda.shortNotice.required"));
                return;
            }
            dialog.close();
            run(() -> {
                sittings.convene(sittingId, notice.given() ? null : reason.getValue());
                Notification.show(getTranslation("agenda.convened"), 4000, Notification.Position.TOP_CENTER)
                        .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            });
        });
        ok.setId("convene-confirm");
        ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), click -> dialog.close()), ok);
        dialog.open();
    }

    private void run(Runnable action) {
        ErrorNotifier.attempt(action, this::refresh);
    }

    private static String candidateLabel(AgendaCandidate candidate) {
        return candidate.getPosition() + ". " + candidate.getApplication().getApplicantName() + " ("
                + candidate.getApplication().getNumeroUnique().formatted() + ")";
    }

    @Override
    public String titleKey() {
        return "agenda.pageTitle";
    }
}
