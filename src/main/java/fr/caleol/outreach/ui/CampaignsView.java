package fr.caleol.outreach.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Route;
import fr.caleol.base.domain.LandlordTime;
import fr.caleol.base.ui.ErrorNotifier;
import fr.caleol.base.ui.HasTitleKey;
import fr.caleol.base.ui.MainLayout;
import fr.caleol.base.ui.components.LocalizedDatePicker;
import fr.caleol.outreach.domain.CampaignStatus;
import fr.caleol.outreach.service.CampaignForm;
import fr.caleol.outreach.service.CampaignSummary;
import fr.caleol.outreach.service.OutreachService;
import fr.caleol.outreach.service.TargetRow;
import fr.caleol.outreach.service.TargetService;
import fr.caleol.outreach.service.VolunteerService;
import fr.caleol.security.domain.Role;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;

/**
 * The coordinator's campaigns: settings, criteria and script, the preview count, the start (which freezes the
 * target list and assigns volunteers), volunteers and capacities, targets added or removed with a reason, the end.
 */
@Route(value = "appels/campagnes", layout = MainLayout.class)
@RolesAllowed(Role.Names.OUTREACH_COORDINATOR)
public class CampaignsView extends VerticalLayout implements HasTitleKey {

    private final OutreachService outreach;
    private final TargetService targetService;
    private final VolunteerService volunteerService;
    private final Clock clock;
    private final fr.caleol.outreach.service.CallService calls;
    private final Select<CampaignSummary> campaign = new Select<>();
    private final BeanValidationBinder<CampaignForm> binder = new BeanValidationBinder<>(CampaignForm.class);
    private final Span preview = new Span();
    private final Span status = new Span();
    private final Button start = new Button();
    private final Button end = new Button();
    private final Grid<VolunteerService.VolunteerRow> volunteers = new Grid<>();
    private final Grid<TargetRow> targets = new Grid<>();
    private final TextField search = new TextField();

    public CampaignsView(OutreachService outreach, fr.caleol.outreach.service.CallService calls, Clock clock, TargetService targetService, VolunteerService volunteerService) {
        this.targetService = targetService;
        this.volunteerService = volunteerService;
        this.outreach = outreach;
        this.clock = clock;
        this.calls = calls;
        campaign.setId("campaign-select");
        campaign.setLabel(getTranslation("outreach.campaign"));
        campaign.setItemLabelGenerator(CampaignSummary::name);
        campaign.addValueChangeListener(e -> show(e.getValue()));
        Button create = new Button(getTranslation("outreach.campaign.new"), click -> newCampaign());
        create.setId("new-campaign");
        HorizontalLayout top = new HorizontalLayout(campaign, create, status);
        top.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);

        TextField name = new TextField(getTranslation("outreach.campaign.name"));
        name.setId("campaign-name");
        name.setMaxLength(CampaignForm.NAME_MAX);
        LocalizedDatePicker startDate = new LocalizedDatePicker(getTranslation("outreach.campaign.start"));
        startDate.setId("campaign-start");
        IntegerField weeks = new IntegerField(getTranslation("outreach.campaign.weeks"));
        IntegerField aloneAge = new IntegerField(getTranslation("outreach.campaign.aloneMinAge"));
        aloneAge.setId("alone-min-age");
        IntegerField coupleAge = new IntegerField(getTranslation("outreach.campaign.coupleMinAge"));
        coupleAge.setId("couple-min-age");
        TextArea script = new TextArea(getTranslation("outreach.script"));
        script.setId("campaign-script");
        script.setWidthFull();
        binder.forField(name).bind("name");
        binder.forField(startDate).bind("startDate");
        binder.forField(weeks).withNullRepresentation(8).bind("weeks");
        binder.forField(aloneAge).withNullRepresentation(70).bind("aloneMinAge");
        binder.forField(coupleAge).withNullRepresentation(75).bind("coupleMinAge");
        binder.forField(script).bind("script");
        FormLayout form = new FormLayout(name, startDate, weeks, aloneAge, coupleAge);
        form.setMaxWidth("60rem");
        Button save = new Button(getTranslation("action.save"), click -> save());
        save.setId("save-campaign");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        binder.addStatusChangeListener(e -> save.setEnabled(binder.isValid()));
        Button previewButton = new Button(getTranslation("outreach.preview"), click -> preview());
        previewButton.setId("preview-targets");
        preview.setId("preview-count");
        start.setText(getTranslation("outreach.campaign.startIt"));
        start.setId("start-campaign");
        start.addClickListener(click -> confirmStart());
        end.setText(getTranslation("outreach.campaign.endIt"));
        end.setId("end-campaign");
        end.addClickListener(click -> confirmEnd());
        Button followUp = new Button(getTranslation("outreach.followUp.start"), click -> confirmFollowUp());
        followUp.setId("start-follow-up");
        followUp.setTooltipText(getTranslation("outreach.followUp.help"));
        HorizontalLayout actions = new HorizontalLayout(save, previewButton, preview, start, end, followUp);
        actions.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);

        ComboBox<String> volunteer = new ComboBox<>(getTranslation("outreach.volunteer"));
        volunteer.setId("enrol-username");
        volunteer.setItems(volunteerService.volunteerUsernames());
        IntegerField capacity = new IntegerField(getTranslation("outreach.capacity"));
        capacity.setId("enrol-capacity");
        capacity.setMin(1);
        capacity.setMax(200);
        capacity.setValue(15);
        Button enrol = new Button(getTranslation("outreach.enrol"), click -> {
            if (campaign.getValue() == null || volunteer.getValue() == null || capacity.getValue() == null) {
                return;
            }
            run(() -> volunteerService.enrol(campaign.getValue().id(), volunteer.getValue(), capacity.getValue()));
        });
        enrol.setId("enrol-volunteer");
        HorizontalLayout enrolBar = new HorizontalLayout(volunteer, capacity, enrol);
        enrolBar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        volunteers.setId("volunteers");
        volunteers.addColumn(VolunteerService.VolunteerRow::displayName).setHeader(getTranslation("outreach.volunteer"));
        volunteers.addColumn(VolunteerService.VolunteerRow::capacity).setHeader(getTranslation("outreach.capacity"));
        volunteers.addColumn(VolunteerService.VolunteerRow::load).setHeader(getTranslation("outreach.fig.load"));
        volunteers.addColumn(v -> v.leftWeek() == null ? "" : getTranslation("outreach.leftWeek", v.leftWeek()))
                .setHeader(getTranslation("outreach.status"));
        volunteers.addComponentColumn(v -> {
            Button leave = new Button(getTranslation("outreach.leave"), click -> run(() -> volunteerService.leave(
                    campaign.getValue().id(), v.username())));
            leave.setEnabled(v.leftWeek() == null);
            return leave;
        });
        volunteers.setAllRowsVisible(true);

        search.setPlaceholder(getTranslation("outreach.search"));
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(e -> targets.getDataProvider().refreshAll());
        TextField addReference = new TextField(getTranslation("outreach.target.reference"));
        addReference.setId("add-target-reference");
        TextField addReason = new TextField(getTranslation("outreach.reason"));
        addReason.setId("add-target-reason");
        Button add = new Button(getTranslation("outreach.target.add"), click -> run(() -> targetService.addTarget(
                campaign.getValue().id(), addReference.getValue(), addReason.getValue())));
        add.setId("add-target");
        HorizontalLayout addBar = new HorizontalLayout(search, addReference, addReason, add);
        addBar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        targets.setId("targets");
        targets.addColumn(TargetRow::name).setHeader(getTranslation("outreach.tenant")).setAutoWidth(true);
        targets.addColumn(TargetRow::reference).setHeader(getTranslation("outreach.target.reference"));
        targets.addColumn(TargetRow::age).setHeader(getTranslation("outreach.age"));
        targets.addColumn(TargetRow::commune).setHeader(getTranslation("outreach.commune"));
        targets.addColumn(t -> t.volunteer() == null ? "—" : t.volunteer()).setHeader(getTranslation("outreach.volunteer"));
        targets.addColumn(t -> t.removed() ? getTranslation("outreach.target.removed", t.reason())
                : t.addedManually() ? getTranslation("outreach.target.manual", t.reason()) : "")
                .setHeader(getTranslation("outreach.status"));
        targets.addComponentColumn(t -> {
            Button remove = new Button(getTranslation("outreach.target.remove"), click -> askRemove(t));
            remove.setEnabled(!t.removed());
            return remove;
        });
        targets.setItems(query -> campaign.getValue() == null ? java.util.stream.Stream.empty()
                : targetService.targets(campaign.getValue().id(), search.getValue(), query.getOffset(), query.getLimit())
                        .stream(), query -> campaign.getValue() == null ? 0
                : targetService.countTargets(campaign.getValue().id(), search.getValue()));
        targets.setHeight("24rem");
        targets.addItemClickListener(click -> openTarget(click.getItem()));

        add(new H2(getTranslation("outreach.campaigns.title")), top, form, script, actions,
                new H3(getTranslation("outreach.volunteers")), enrolBar, volunteers,
                new H3(getTranslation("outreach.targets")), addBar, targets);
        reload(null);
    }

    private void reload(Long selectId) {
        var all = outreach.campaigns();
        campaign.setItems(all);
        all.stream().filter(c -> selectId == null || c.id() == selectId).findFirst().ifPresentOrElse(
                campaign::setValue, () -> show(null));
    }

    private void show(CampaignSummary selected) {
        CampaignForm form = selected == null ? new CampaignForm() : selected.toForm();
        if (selected == null) {
            form.setStartDate(LandlordTime.today(clock).plusDays(7));
        }
        binder.setBean(form);
        preview.setText("");
        status.setText(selected == null ? getTranslation("outreach.campaign.unsaved")
                : getTranslation("outreach.campaignStatus." + selected.status().name()));
        start.setEnabled(selected != null && selected.status() == CampaignStatus.DRAFT);
        end.setEnabled(selected != null && selected.status() == CampaignStatus.RUNNING);
        volunteers.setItems(selected == null ? java.util.List.of() : volunteerService.volunteers(selected.id()));
        targets.getDataProvider().refreshAll();
    }

    private void newCampaign() {
        campaign.clear();
    }

    private void save() {
        if (!binder.validate().isOk()) {
            return;
        }
        try {
            if (campaign.getValue() == null) {
                reload(outreach.createCampaign(binder.getBean()));
            } else {
                long id = campaign.getValue().id();
                outreach.updateCampaign(id, campaign.getValue().version(), binder.getBean());
                reload(id);
            }
            Notification.show(getTranslation("outreach.saved"));
        } catch (RuntimeException e) {
            ErrorNotifier.show(e);
        }
    }

    private void preview() {
        CampaignForm form = binder.getBean();
        try {
            preview.setText(getTranslation("outreach.previewCount",
                    outreach.previewCount(form.criteria(), form.getStartDate())));
        } catch (RuntimeException e) {
            ErrorNotifier.show(e);
        }
    }

    private void confirmStart() {
        ConfirmDialog dialog = new ConfirmDialog(getTranslation("outreach.campaign.startIt"),
                getTranslation("outreach.campaign.startConfirm"), getTranslation("outreach.campaign.startIt"),
                e -> run(() -> Notification.show(getTranslation("outreach.started",
                        outreach.start(campaign.getValue().id())))));
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("action.cancel"));
        dialog.open();
    }

    private void confirmEnd() {
        ConfirmDialog dialog = new ConfirmDialog(getTranslation("outreach.campaign.endIt"),
                getTranslation("outreach.campaign.endConfirm"), getTranslation("outreach.campaign.endIt"),
                e -> run(() -> Notification.show(getTranslation("outreach.ended",
                        outreach.end(campaign.getValue().id())))));
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("action.cancel"));
        dialog.open();
    }

    private void confirmFollowUp() {
        if (!binder.validate().isOk()) {
            return;
        }
        ConfirmDialog dialog = new ConfirmDialog(getTranslation("outreach.followUp.start"),
                getTranslation("outreach.followUp.confirm", outreach.followUp().size()),
                getTranslation("outreach.followUp.start"), e -> {
                    try {
                        reload(outreach.startFollowUp(binder.getBean()));
                    } catch (RuntimeException ex) {
                        ErrorNotifier.show(ex);
                    }
                });
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("action.cancel"));
        dialog.open();
    }

    /** A tenant's calls (all volunteers', audited), who called them week by week, and a move to another volunteer. */
    private void openTarget(TargetRow target) {
        long campaignId = campaign.getValue().id();
        Dialog dialog = new Dialog(target.name());
        dialog.setWidth("48rem");
        VerticalLayout body = new VerticalLayout();
        body.setPadding(false);
        body.add(new H3(getTranslation("outreach.pairings")));
        for (VolunteerService.AssignmentPeriod period : volunteerService.assignmentHistory(campaignId, target.tenantId())) {
            body.add(new Span(getTranslation(period.toWeek() == null ? "outreach.pairing.current" : "outreach.pairing.past",
                    period.username(), period.fromWeek(), period.toWeek() == null ? "" : period.toWeek())));
        }
        ComboBox<String> to = new ComboBox<>(getTranslation("outreach.moveTo"));
        to.setId("move-to");
        to.setItems(volunteerService.volunteers(campaignId).stream().filter(v -> v.leftWeek() == null)
                .map(VolunteerService.VolunteerRow::username).toList());
        Button move = new Button(getTranslation("outreach.move"), click -> {
            if (to.getValue() != null) {
                run(() -> volunteerService.move(campaignId, target.tenantId(), to.getValue()));
                dialog.close();
            }
        });
        move.setId("move-tenant");
        HorizontalLayout moveBar = new HorizontalLayout(to, move);
        moveBar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        body.add(moveBar, new H3(getTranslation("outreach.callHistory")));
        var history = calls.history(campaignId, target.tenantId());
        if (history.isEmpty()) {
            body.add(new Span(getTranslation("outreach.history.none")));
        }
        for (var call : history) {
            StringBuilder needs = new StringBuilder();
            if (call.needShopping()) needs.append(getTranslation("outreach.need.shopping")).append(", ");
            if (call.needMedicine()) needs.append(getTranslation("outreach.need.medicine")).append(", ");
            if (call.needIsolation()) needs.append(getTranslation("outreach.need.isolation")).append(", ");
            if (call.needOther()) needs.append(getTranslation("outreach.need.other")).append(", ");
            body.add(new com.vaadin.flow.component.html.Paragraph(getTranslation("outreach.callLine",
                    fr.caleol.base.ui.components.Formats.utcDateTime(call.calledAtUtc(), getLocale()), call.caller(),
                    getTranslation("outreach.outcome." + call.outcome().name()),
                    call.health() == null ? "—" : call.health(), call.morale() == null ? "—" : call.morale(),
                    needs.isEmpty() ? "—" : needs.substring(0, needs.length() - 2),
                    call.notes() == null ? "" : call.notes())
                    + (call.urgent() ? " — URGENT" : "")));
        }
        dialog.add(body);
        dialog.getFooter().add(new Button(getTranslation("outreach.close"), click -> dialog.close()));
        dialog.open();
    }

    private void askRemove(TargetRow target) {
        Dialog dialog = new Dialog(getTranslation("outreach.target.remove"));
        TextField reason = new TextField(getTranslation("outreach.reason"));
        reason.setId("remove-reason");
        Button ok = new Button(getTranslation("outreach.target.remove"), click -> {
            run(() -> targetService.removeTarget(campaign.getValue().id(), target.tenantId(), reason.getValue()));
            dialog.close();
        });
        ok.setId("confirm-remove");
        dialog.add(reason);
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), click -> dialog.close()), ok);
        dialog.open();
    }

    private void run(Runnable action) {
        ErrorNotifier.attempt(action, () -> reload(campaign.getValue() == null ? null : campaign.getValue().id()));
    }

    @Override
    public String titleKey() {
        return "outreach.campaigns.title";
    }
}
