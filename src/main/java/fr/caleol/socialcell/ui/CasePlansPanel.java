package fr.caleol.socialcell.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import fr.caleol.base.domain.Euros;
import fr.caleol.base.domain.LandlordTime;
import fr.caleol.base.errors.BusinessException;
import fr.caleol.base.ui.ErrorNotifier;
import fr.caleol.base.ui.components.Formats;
import fr.caleol.base.ui.components.LocalizedDatePicker;
import fr.caleol.socialcell.domain.Instalment;
import fr.caleol.socialcell.domain.PlanStatus;
import fr.caleol.socialcell.service.PlanPdf;
import fr.caleol.socialcell.service.PlanService;
import fr.caleol.socialcell.service.PlanView;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * The repayment plans of an arrears case: a new plan, each plan with its instalments, its PDF for signature and its
 * renegotiation.
 */
class CasePlansPanel extends VerticalLayout {

    private final PlanService plans;
    private final PlanPdf planPdf;
    private final Clock clock;
    private final Runnable refresh;
    private final Div planList = new Div();
    private long caseId = -1;
    private BigDecimal balance;

    CasePlansPanel(PlanService plans, PlanPdf planPdf, Clock clock, Runnable refresh) {
        this.plans = plans;
        this.planPdf = planPdf;
        this.clock = clock;
        this.refresh = refresh;
        setPadding(false);
        setWidthFull();
        Button newPlan = new Button(getTranslation("socialcell.plan.new"), click -> new PlanDialog(plans, caseId,
                balance, LandlordTime.today(clock), refresh).open());
        newPlan.setId("case-new-plan");
        add(new H3(getTranslation("socialcell.plans")), newPlan, planList);
    }

    /** Runs an action of the user; the case is redrawn whatever happens. */
    private boolean act(Runnable action) {
        return ErrorNotifier.attempt(action, refresh);
    }

    /** Shows the plans of the case, whose debt is {@code balance}. */
    void show(long caseId, BigDecimal balance, List<PlanView> list) {
        this.caseId = caseId;
        this.balance = balance;
        showPlans(list);
    }

    // ---- plans

    private void showPlans(List<PlanView> list) {
        planList.removeAll();
        planList.setId("case-plans");
        if (list.isEmpty()) {
            planList.add(new Paragraph(getTranslation("socialcell.plans.none")));
        }
        LocalDate today = LandlordTime.today(clock);
        for (PlanView p : list.reversed()) {
            Div block = new Div();
            block.add(new H4(getTranslation("socialcell.plan.line", Euros.format(p.debt(), getLocale()), p.months(),
                    Formats.date(p.startDate(), getLocale()),
                    getTranslation("socialcell.plan.status." + p.status().name()))));
            block.add(new Paragraph(getTranslation("socialcell.plan.signedOn", Formats.date(p.signedOn(), getLocale()))
                    + (p.previousPlanId() == null ? "" : " " + getTranslation("socialcell.plan.replaces"))));
            Grid<Instalment> grid = new Grid<>();
            grid.addColumn(Instalment::number).setHeader("#").setAutoWidth(true);
            grid.addColumn(i -> Formats.date(i.dueDate(), getLocale())).setHeader(getTranslation("socialcell.due"));
            grid.addColumn(i -> Euros.format(i.amount(), getLocale())).setHeader(getTranslation("socialcell.amount"));
            grid.addColumn(i -> Euros.format(i.paid(), getLocale())).setHeader(getTranslation("socialcell.plan.paid"));
            grid.addColumn(i -> p.status() == PlanStatus.FROZEN ? ""
                    : getTranslation("socialcell.instalment." + i.statusOn(today).name()))
                    .setHeader(getTranslation("socialcell.status"));
            grid.setItems(p.instalments());
            grid.setHeight("14em");
            block.add(grid, planActions(p));
            planList.add(block);
        }
    }

    /** The actions on one plan: its PDF for signature, and renegotiation for a live plan. */
    HorizontalLayout planActions(PlanView plan) {
        HorizontalLayout actions = new HorizontalLayout();
        actions.setId("plan-actions-" + plan.id());
        actions.add(PlanPdfButton.create(plan.id(), planPdf));
        if (plan.status() == PlanStatus.ACTIVE || plan.status() == PlanStatus.IN_DEFAULT) {
            Button renegotiate = new Button(getTranslation("socialcell.plan.renegotiate"),
                    click -> renegotiateDialog(plan).open());
            renegotiate.setId("plan-renegotiate-" + plan.id());
            actions.add(renegotiate);
        }
        return actions;
    }

    private Dialog renegotiateDialog(PlanView plan) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("socialcell.plan.renegotiate"));
        BigDecimal remaining = plan.instalments().stream().map(Instalment::outstanding)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        Paragraph text = new Paragraph(getTranslation("socialcell.plan.remaining", Euros.format(remaining,
                getLocale())));
        LocalizedDatePicker start = new LocalizedDatePicker(getTranslation("socialcell.plan.start"));
        start.setValue(LandlordTime.today(clock).plusMonths(1).withDayOfMonth(5));
        IntegerField months = new IntegerField(getTranslation("socialcell.plan.months"));
        months.setMin(1);
        months.setValue(plan.months());
        LocalizedDatePicker signed = new LocalizedDatePicker(getTranslation("socialcell.plan.signed"));
        signed.setValue(LandlordTime.today(clock));
        Button save = new Button(getTranslation("socialcell.plan.renegotiate"), click -> {
            if (act(() -> {
                if (start.getValue() == null) {
                    throw new BusinessException("socialcell.error.planStart");
                }
                plans.renegotiate(plan.id(), start.getValue(), months.getValue() == null ? 0 : months.getValue(),
                        signed.getValue());
            })) {
                dialog.close();
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(new VerticalLayout(text, start, months, signed));
        dialog.getFooter().add(new Button(getTranslation("socialcell.cancel"), click -> dialog.close()), save);
        return dialog;
    }

}
