package fr.caleol.committee.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.timepicker.TimePicker;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import fr.caleol.base.domain.LandlordTime;
import fr.caleol.base.errors.BusinessException;
import fr.caleol.base.events.EventBus;
import fr.caleol.base.events.UiEvents;
import fr.caleol.base.ui.ErrorNotifier;
import fr.caleol.base.ui.HasTitleKey;
import fr.caleol.base.ui.MainLayout;
import fr.caleol.base.ui.components.Formats;
import fr.caleol.base.ui.components.LocalizedDatePicker;
import fr.caleol.committee.domain.Committee;
import fr.caleol.committee.domain.Sitting;
import fr.caleol.committee.domain.SittingMode;
import fr.caleol.committee.domain.SittingState;
import fr.caleol.committee.domain.VideoLink;
import fr.caleol.committee.service.CommitteeService;
import fr.caleol.committee.service.SittingChangedEvent;
import fr.caleol.committee.service.SittingService;
import fr.caleol.security.domain.Role;
import fr.caleol.security.service.CurrentUser;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalTime;

/** The sittings: members see those they are convened to; the secretary creates and prepares them. */
@Route(value = "seances", layout = MainLayout.class)
@RolesAllowed({Role.Names.COMMITTEE_MEMBER, Role.Names.SECRETARY, Role.Names.ADMIN})
public class SittingsView extends VerticalLayout implements HasTitleKey {

    private final SittingService sittings;
    private final Clock clock;
    private final Grid<Sitting> grid = new Grid<>();

    public SittingsView(SittingService sittings, CommitteeService committees, EventBus eventBus,
            CurrentUser currentUser, Clock clock) {
        this.sittings = sittings;
        this.clock = clock;
        setSizeFull();
        boolean staff = currentUser.hasAnyRole(Role.SECRETARY, Role.ADMIN);
        if (staff) {
            Button create = new Button(getTranslation("sittings.create"), VaadinIcon.PLUS.create(),
                    click -> openCreate(committees));
            create.setId("sitting-create");
            create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            add(create);
        }
        grid.setId("sittings-grid");
        grid.addColumn(s -> Formats.date(s.getDate(), getLocale())).setHeader(getTranslation("sittings.date"))
                .setAutoWidth(true);
        grid.addColumn(s -> s.getStartTime().toString()).setHeader(getTranslation("sittings.time")).setAutoWidth(true);
        grid.addColumn(s -> s.getCommittee().getName()).setHeader(getTranslation("sittings.committee"))
                .setFlexGrow(1);
        grid.addColumn(s -> getTranslation("committee.sittingMode." + s.getMode().name()))
                .setHeader(getTranslation("sittings.mode")).setAutoWidth(true);
        grid.addColumn(s -> getTranslation("committee.sittingState." + s.getState().name()))
                .setHeader(getTranslation("sittings.state")).setAutoWidth(true);
        grid.addComponentColumn(s -> s.getVideoUrl() == null || s.getState() == SittingState.CLOSED
                || s.getState() == SittingState.CANCELLED ? new Span()
                : videoAnchor(s.getVideoUrl(), "video-" + s.getId())).setHeader(getTranslation("sittings.video"))
                .setAutoWidth(true);
        grid.addComponentColumn(s -> {
            HorizontalLayout actions = new HorizontalLayout();
            if (s.getState() != SittingState.DRAFT && s.getState() != SittingState.CANCELLED) {
                Button open = new Button(getTranslation(s.getState() == SittingState.CLOSED ? "sittings.view"
                        : "sittings.join"), click -> getUI().ifPresent(ui -> ui.navigate(LiveSittingView.class,
                                new RouteParameters("sittingId", String.valueOf(s.getId())))));
                open.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
                open.setId("join-" + s.getId());
                actions.add(open);
            }
            if (s.getState() == SittingState.CLOSED) {
                Button minutes = new Button(getTranslation("minutes.open"), VaadinIcon.FILE_TEXT_O.create(),
                        click -> getUI().ifPresent(ui -> ui.navigate(MinutesView.class,
                                new RouteParameters("sittingId", String.valueOf(s.getId())))));
                minutes.addThemeVariants(ButtonVariant.LUMO_SMALL);
                minutes.setId("minutes-" + s.getId());
                actions.add(minutes);
            }
            if (staff) {
                Button prepare = new Button(getTranslation("sittings.agenda"), click -> getUI().ifPresent(ui -> ui
                        .navigate(SittingAgendaView.class, new RouteParameters("sittingId", String.valueOf(s.getId())))));
                prepare.addThemeVariants(ButtonVariant.LUMO_SMALL);
                prepare.setId("agenda-" + s.getId());
                actions.add(prepare);
                if (s.getState() == SittingState.DRAFT || s.getState() == SittingState.CONVENED) {
                    Button move = new Button(getTranslation("sittings.reschedule"), VaadinIcon.CALENDAR_CLOCK.create(),
                            click -> openReschedule(s));
                    move.addThemeVariants(ButtonVariant.LUMO_SMALL);
                    move.setId("reschedule-" + s.getId());
                    Button cancel = new Button(getTranslation("sittings.cancel"), VaadinIcon.BAN.create(),
                            click -> openCancel(s));
                    cancel.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
                    cancel.setId("cancel-" + s.getId());
                    actions.add(move, cancel);
                }
                if (s.getState() != SittingState.CLOSED && s.getState() != SittingState.CANCELLED) {
                    Button video = new Button(getTranslation("sittings.video.edit"), VaadinIcon.CAMERA.create(),
                            click -> openVideoLink(s));
                    video.addThemeVariants(ButtonVariant.LUMO_SMALL);
                    video.setId("video-edit-" + s.getId());
                    actions.add(video);
                }
            }
            return actions;
        }).setHeader(getTranslation("sittings.actions")).setAutoWidth(true);
        grid.setSizeFull();
        add(grid);
        refresh();
        UiEvents.subscribe(this, eventBus, SittingChangedEvent.class, event -> refresh());
        MinutesView.notifyPublications(this, eventBus);
    }

    private void refresh() {
        var list = sittings.mySittings();
        grid.setItems(list);
        if (list.isEmpty()) {
            grid.setEmptyStateText(getTranslation("sittings.none"));
        }
    }

    private void openCreate(CommitteeService committees) {
        Dialog dialog = new Dialog(getTranslation("sittings.create"));
        Select<Committee> committee = new Select<>();
        committee.setLabel(getTranslation("sittings.committee"));
        committee.setItems(committees.committees());
        committee.setItemLabelGenerator(Committee::getName);
        LocalizedDatePicker date = new LocalizedDatePicker(getTranslation("sittings.date"));
        date.setValue(LandlordTime.today(clock));
        date.setMin(LandlordTime.today(clock));
        TimePicker time = new TimePicker(getTranslation("sittings.time"), LocalTime.of(14, 0));
        Select<SittingMode> mode = new Select<>();
        mode.setLabel(getTranslation("sittings.mode"));
        mode.setItems(SittingMode.values());
        mode.setItemLabelGenerator(m -> getTranslation("committee.sittingMode." + m.name()));
        mode.setValue(SittingMode.LIVE_REMOTE);
        TextField video = videoField(null);
        dialog.add(new FormLayout(committee, date, time, mode, video),
                new Paragraph(getTranslation("sittings.create.help")));
        Button save = new Button(getTranslation("action.save"), click -> {
            if (committee.getValue() == null || date.getValue() == null || time.getValue() == null) {
                ErrorNotifier.show(new BusinessException("validation.required"));
                return;
            }
            try {
                Sitting sitting = sittings.create(committee.getValue().getId(), date.getValue(), time.getValue(),
                        mode.getValue(), video.getValue());
                dialog.close();
                getUI().ifPresent(ui -> ui.navigate(SittingAgendaView.class,
                        new RouteParameters("sittingId", String.valueOf(sitting.getId()))));
            } catch (BusinessException e) {
                ErrorNotifier.show(e);
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), click -> dialog.close()), save);
        dialog.open();
    }

    /**
     * Moves the sitting; once convened the members receive the updated invitation, and a date closer than the
     * committee's notice asks why.
     */
    private void openReschedule(Sitting sitting) {
        Dialog dialog = new Dialog(getTranslation("sittings.reschedule"));
        dialog.setId("reschedule-dialog");
        LocalizedDatePicker date = new LocalizedDatePicker(getTranslation("sittings.date"));
        date.setValue(sitting.getDate());
        date.setId("reschedule-date");
        TimePicker time = new TimePicker(getTranslation("sittings.time"), sitting.getStartTime());
        time.setId("reschedule-time");
        TextArea reason = new TextArea(getTranslation("agenda.shortNotice.reason"));
        reason.setId("reschedule-reason");
        reason.setMaxLength(Sitting.REASON_MAX);
        reason.setWidthFull();
        Paragraph warning = new Paragraph();
        warning.addClassName("caleol-alert");
        warning.setVisible(false);
        reason.setVisible(false);
        boolean convened = sitting.getState() == SittingState.CONVENED;
        date.addValueChangeListener(change -> {
            boolean shortNotice = convened && change.getValue() != null
                    && !sittings.notice(sitting.getId(), change.getValue()).given();
            warning.setText(getTranslation("agenda.shortNotice", sitting.getCommittee().getNoticeDays()));
            warning.setVisible(shortNotice);
            reason.setVisible(shortNotice);
        });
        dialog.add(new FormLayout(date, time), warning, reason);
        if (convened) {
            dialog.add(new Paragraph(getTranslation("sittings.reschedule.mail")));
        }
        Button save = new Button(getTranslation("action.save"), click -> {
            if (date.getValue() == null || time.getValue() == null) {
                ErrorNotifier.show(new BusinessException("validation.required"));
                return;
            }
            try {
                sittings.reschedule(sitting.getId(), date.getValue(), time.getValue(), reason.getValue());
                dialog.close();
                Notification.show(getTranslation("sittings.rescheduled"));
                refresh();
            } catch (BusinessException e) {
                ErrorNotifier.show(e);
            }
        });
        save.setId("reschedule-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), click -> dialog.close()), save);
        dialog.open();
    }

    /** Cancels the sitting after confirmation, for a stated reason sent to the convened members. */
    private void openCancel(Sitting sitting) {
        Dialog dialog = new Dialog(getTranslation("sittings.cancel"));
        dialog.setId("cancel-dialog");
        dialog.add(new Paragraph(getTranslation("sittings.cancel.confirm", Formats.date(sitting.getDate(), getLocale()),
                sitting.getCommittee().getName())));
        TextArea reason = new TextArea(getTranslation("sittings.cancel.reason"));
        reason.setId("cancel-reason");
        reason.setRequired(true);
        reason.setMaxLength(Sitting.REASON_MAX);
        reason.setWidthFull();
        dialog.add(reason);
        Button confirm = new Button(getTranslation("sittings.cancel"), click -> {
            if (reason.getValue().isBlank()) {
                reason.setInvalid(true);
                reason.setErrorMessage(getTranslation("sittings.cancel.required"));
                return;
            }
            try {
                sittings.cancel(sitting.getId(), reason.getValue());
                dialog.close();
                Notification.show(getTranslation("sittings.cancelled"));
                refresh();
            } catch (BusinessException e) {
                ErrorNotifier.show(e);
            }
        });
        confirm.setId("cancel-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        dialog.getFooter().add(new Button(getTranslation("sittings.cancel.keep"), click -> dialog.close()), confirm);
        dialog.open();
    }

    /** The link that opens the video conference in a new tab (never the opener's page). */
    static Anchor videoAnchor(String url, String id) {
        Anchor anchor = new Anchor(url, VaadinIcon.CAMERA.create());
        anchor.add(" " + anchor.getTranslation("sittings.video.join"));
        anchor.setTarget(AnchorTarget.BLANK);
        anchor.getElement().setAttribute("rel", "noopener noreferrer");
        anchor.setId(id);
        return anchor;
    }

    private TextField videoField(String value) {
        TextField video = new TextField(getTranslation("sittings.video.field"));
        video.setId("sitting-video-url");
        video.setMaxLength(VideoLink.MAX);
        video.setPlaceholder("https://");
        video.setHelperText(getTranslation("sittings.video.help"));
        video.setClearButtonVisible(true);
        video.setWidthFull();
        video.setValue(value == null ? "" : value);
        video.setValueChangeMode(ValueChangeMode.EAGER);
        video.addValueChangeListener(change -> {
            boolean wrong = !VideoLink.isAcceptable(change.getValue());
            video.setInvalid(wrong);
            video.setErrorMessage(wrong ? getTranslation("committee.error.videoLink", VideoLink.MAX) : null);
        });
        return video;
    }

    private void openVideoLink(Sitting sitting) {
        Dialog dialog = new Dialog(getTranslation("sittings.video.edit"));
        dialog.setWidth("36em");
        TextField video = videoField(sitting.getVideoUrl());
        dialog.add(video);
        Button save = new Button(getTranslation("action.save"), click -> {
            try {
                sittings.setVideoLink(sitting.getId(), video.getValue());
                dialog.close();
                Notification.show(getTranslation(video.getValue().isBlank() ? "sittings.video.removed"
                        : "sittings.video.saved"));
                refresh();
            } catch (BusinessException e) {
                ErrorNotifier.show(e);
            }
        });
        save.setId("sitting-video-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), click -> dialog.close()), save);
        dialog.open();
    }

    @Override
    public String titleKey() {
        return "sittings.title";
    }
}
