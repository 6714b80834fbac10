package fr.caleol.outreach.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Route;
import fr.caleol.base.ui.ErrorNotifier;
import fr.caleol.base.ui.HasTitleKey;
import fr.caleol.base.ui.MainLayout;
import fr.caleol.base.ui.components.Formats;
import fr.caleol.outreach.domain.CallOutcome;
import fr.caleol.outreach.service.CallEntry;
import fr.caleol.outreach.service.CallForm;
import fr.caleol.outreach.service.CallService;
import fr.caleol.outreach.service.OutreachService;
import fr.caleol.outreach.service.TargetService;
import fr.caleol.outreach.service.WeeklyCall;
import fr.caleol.security.domain.Role;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.List;

/** The volunteer's weekly list: whom to call, their numbers, the script, one's own previous notes, the call form. */
@Route(value = "appels/ma-liste", layout = MainLayout.class)
@RolesAllowed(Role.Names.VOLUNTEER)
public class MyCallsView extends VerticalLayout implements HasTitleKey {

    private final CallService calls;
    private final OutreachService outreach;
    private final TargetService targetService;
    private final Grid<WeeklyCall> grid = new Grid<>();
    private final Div detail = new Div();

    public MyCallsView(CallService calls, OutreachService outreach, TargetService targetService) {
        this.targetService = targetService;
        this.calls = calls;
        this.outreach = outreach;
        grid.setId("my-calls");
        grid.addColumn(WeeklyCall::name).setHeader(getTranslation("outreach.tenant")).setAutoWidth(true);
        grid.addColumn(WeeklyCall::age).setHeader(getTranslation("outreach.age")).setAutoWidth(true);
        grid.addColumn(w -> w.phone() + (w.phone2() == null ? "" : " / " + w.phone2()))
                .setHeader(getTranslation("outreach.phone")).setAutoWidth(true);
        grid.addColumn(WeeklyCall::address).setHeader(getTranslation("outreach.address")).setFlexGrow(1);
        grid.addColumn(w -> w.lastOutcomeThisWeek() == null ? getTranslation("outreach.notCalledYet")
                : getTranslation("outreach.outcome." + w.lastOutcomeThisWeek().name()) + " ("
                        + w.attemptsThisWeek() + ")").setHeader(getTranslation("outreach.thisWeek"));
        grid.addColumn(w -> getTranslation("outreach.week.short", w.week())).setHeader(getTranslation("outreach.week"));
        grid.asSingleSelect().addValueChangeListener(e -> showDetail(e.getValue()));
        grid.setHeight("22rem");
        Button neighbour = new Button(getTranslation("outreach.neighbour.report"), click -> openNeighbourReport());
        neighbour.setId("report-neighbour");
        add(new H2(getTranslation("outreach.myCalls.title")), neighbour, grid, detail);
        refresh();
    }

    private void refresh() {
        List<WeeklyCall> week = calls.myWeek();
        grid.setItems(week);
        if (week.isEmpty()) {
            detail.removeAll();
            detail.add(new Paragraph(getTranslation("outreach.myCalls.empty")));
        }
    }

    private void showDetail(WeeklyCall call) {
        detail.removeAll();
        if (call == null) {
            return;
        }
        H3 title = new H3(call.name() + " — " + call.phone());
        Pre script = new Pre(calls.script(call.campaignId()));
        script.getStyle().set("white-space", "pre-wrap");
        VerticalLayout history = new VerticalLayout();
        history.setPadding(false);
        history.add(new H3(getTranslation("outreach.history")));
        List<CallEntry> entries = calls.history(call.campaignId(), call.tenantId());
        if (entries.isEmpty()) {
            history.add(new Paragraph(getTranslation("outreach.history.none")));
        }
        for (CallEntry entry : entries) {
            history.add(new Paragraph(Formats.utcDateTime(entry.calledAtUtc(), getLocale()) + " — "
                    + getTranslation("outreach.outcome." + entry.outcome().name())
                    + (entry.notes() == null ? "" : " : " + entry.notes())));
        }
        detail.add(title, new H3(getTranslation("outreach.script")), script, callForm(call), history);
    }

    private VerticalLayout callForm(WeeklyCall call) {
        RadioButtonGroup<CallOutcome> outcome = new RadioButtonGroup<>(getTranslation("outreach.outcome"));
        outcome.setId("call-outcome");
        outcome.setItems(CallOutcome.values());
        outcome.setItemLabelGenerator(o -> getTranslation("outreach.outcome." + o.name()));
        outcome.setRequiredIndicatorVisible(true);
        TextField health = new TextField(getTranslation("outreach.health"));
        health.setId("call-health");
        health.setMaxLength(CallForm.STATE_MAX);
        TextField morale = new TextField(getTranslation("outreach.morale"));
        morale.setMaxLength(CallForm.STATE_MAX);
        Checkbox shopping = new Checkbox(getTranslation("outreach.need.shopping"));
        Checkbox medicine = new Checkbox(getTranslation("outreach.need.medicine"));
        Checkbox isolation = new Checkbox(getTranslation("outreach.need.isolation"));
        Checkbox other = new Checkbox(getTranslation("outreach.need.other"));
        Checkbox neighbourWorry = new Checkbox(getTranslation("outreach.neighbourWorry"));
        TextArea notes = new TextArea(getTranslation("outreach.notes"));
        notes.setId("call-notes");
        notes.setMaxLength(CallForm.NOTES_MAX);
        notes.setWidthFull();
        Checkbox regular = new Checkbox(getTranslation("outreach.wantsRegular"));
        regular.setId("call-regular");
        Checkbox urgent = new Checkbox(getTranslation("outreach.urgent"));
        urgent.setId("call-urgent");
        Button save = new Button(getTranslation("outreach.logCall"), click -> {
            if (outcome.getValue() == null) {
                outcome.setInvalid(true);
                outcome.setErrorMessage(getTranslation("validation.required"));
                return;
            }
            try {
                calls.logCall(new CallForm(call.campaignId(), call.tenantId(), outcome.getValue(), health.getValue(),
                        morale.getValue(), shopping.getValue(), medicine.getValue(), isolation.getValue(),
                        other.getValue(), neighbourWorry.getValue(), notes.getValue(), regular.getValue(),
                        urgent.getValue()));
                Notification.show(getTranslation("outreach.callLogged"));
                refresh();
                grid.getListDataView().getItems().filter(w -> w.tenantId() == call.tenantId()
                        && w.campaignId() == call.campaignId()).findFirst().ifPresent(grid::select);
            } catch (RuntimeException e) {
                ErrorNotifier.show(e);
            }
        });
        save.setId("log-call");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button refer = new Button(getTranslation("outreach.referral.create"), click -> openReferral(call));
        refer.setId("refer-ccas");
        Button doNotCall = new Button(getTranslation("outreach.doNotCall"), click -> openDoNotCall(call));
        doNotCall.setId("do-not-call");
        doNotCall.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        FormLayout answers = new FormLayout(health, morale);
        HorizontalLayout needs = new HorizontalLayout(shopping, medicine, isolation, other);
        needs.setWrap(true);
        VerticalLayout form = new VerticalLayout(new H3(getTranslation("outreach.newCall")), outcome, answers,
                new Paragraph(getTranslation("outreach.needs")), needs, neighbourWorry, notes, regular, urgent,
                new HorizontalLayout(save, refer, doNotCall));
        form.setPadding(false);
        return form;
    }

    private void openReferral(WeeklyCall call) {
        Dialog dialog = new Dialog(getTranslation("outreach.referral.create"));
        Checkbox consent = new Checkbox(getTranslation("outreach.referral.consent"));
        TextArea reason = new TextArea(getTranslation("outreach.referral.reason"));
        reason.setWidthFull();
        Button ok = new Button(getTranslation("action.save"), click -> {
            try {
                calls.refer(call.campaignId(), call.tenantId(), consent.getValue(), reason.getValue());
                dialog.close();
                Notification.show(getTranslation("outreach.referral.sent"));
            } catch (RuntimeException e) {
                ErrorNotifier.show(e);
            }
        });
        dialog.add(new VerticalLayout(consent, reason));
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), click -> dialog.close()), ok);
        dialog.open();
    }

    private void openDoNotCall(WeeklyCall call) {
        Dialog dialog = new Dialog(getTranslation("outreach.doNotCall"));
        TextField reason = new TextField(getTranslation("outreach.reason"));
        Button ok = new Button(getTranslation("action.save"), click -> {
            try {
                targetService.markDoNotCall(call.tenantId(), reason.getValue());
                dialog.close();
                detail.removeAll();
                refresh();
            } catch (RuntimeException e) {
                ErrorNotifier.show(e);
            }
        });
        dialog.add(reason);
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), click -> dialog.close()), ok);
        dialog.open();
    }

    private void openNeighbourReport() {
        List<Long> campaigns = new ArrayList<>(grid.getListDataView().getItems().map(WeeklyCall::campaignId)
                .distinct().toList());
        if (campaigns.isEmpty()) {
            Notification.show(getTranslation("outreach.myCalls.empty"));
            return;
        }
        Dialog dialog = new Dialog(getTranslation("outreach.neighbour.report"));
        TextField address = new TextField(getTranslation("outreach.neighbour.address"));
        address.setWidthFull();
        TextArea description = new TextArea(getTranslation("outreach.neighbour.description"));
        description.setWidthFull();
        Button ok = new Button(getTranslation("action.save"), click -> {
            try {
                calls.reportNeighbour(campaigns.getFirst(), address.getValue(), description.getValue());
                dialog.close();
                Notification.show(getTranslation("outreach.neighbour.sent"));
            } catch (RuntimeException e) {
                ErrorNotifier.show(e);
            }
        });
        dialog.add(new VerticalLayout(address, description));
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), click -> dialog.close()), ok);
        dialog.open();
    }

    @Override
    public String titleKey() {
        return "outreach.myCalls.title";
    }
}
