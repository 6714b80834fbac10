package fr.caleol.socialcell.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import fr.caleol.base.domain.Euros;
import fr.caleol.base.errors.BusinessException;
import fr.caleol.base.ui.ErrorNotifier;
import fr.caleol.base.ui.components.Formats;
import fr.caleol.base.ui.components.LocalizedDatePicker;
import fr.caleol.socialcell.domain.Instalment;
import fr.caleol.socialcell.domain.RepaymentSchedule;
import fr.caleol.socialcell.service.PlanService;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * "Nouveau plan d'apurement": debt (prefilled with the current balance), start date, a number of months or a monthly
 * amount, signature date and the tenant's commitment to keep paying the current rent. The schedule is previewed live
 * (its total is the debt) next to the schedule the CAF would impose by default (1/36 of the debt per month).
 */
class PlanDialog extends Dialog {

    enum Mode {
        MONTHS,
        AMOUNT
    }

    private final BigDecimalField debt = new BigDecimalField();
    private final LocalizedDatePicker start;
    private final RadioButtonGroup<Mode> mode = new RadioButtonGroup<>();
    private final IntegerField months = new IntegerField();
    private final BigDecimalField monthly = new BigDecimalField();
    private final LocalizedDatePicker signed;
    private final Checkbox commitment = new Checkbox();
    private final Grid<Instalment> preview = new Grid<>();
    private final Paragraph total = new Paragraph();
    private final Paragraph cafDefault = new Paragraph();
    private final Button save = new Button();
    private List<Instalment> schedule = List.of();

    PlanDialog(PlanService plans, long caseId, BigDecimal balance, LocalDate today, Runnable saved) {
        setId("plan-dialog");
        setHeaderTitle(getTranslation("socialcell.plan.new"));
        debt.setLabel(getTranslation("socialcell.plan.debt"));
        debt.setId("plan-debt");
        debt.setValue(balance != null && balance.signum() > 0 ? balance : null);
        start = new LocalizedDatePicker(getTranslation("socialcell.plan.start"));
        start.setId("plan-start");
        start.setValue(today.plusMonths(1).withDayOfMonth(5));
        mode.setLabel(getTranslation("socialcell.plan.mode"));
        mode.setItems(Mode.values());
        mode.setItemLabelGenerator(m -> getTranslation("socialcell.plan.mode." + m.name()));
        mode.setValue(Mode.MONTHS);
        mode.setId("plan-mode");
        months.setLabel(getTranslation("socialcell.plan.months"));
        months.setId("plan-months");
        months.setMin(1);
        months.setMax(RepaymentSchedule.MAX_MONTHS);
        months.setValue(12);
        monthly.setLabel(getTranslation("socialcell.plan.monthly"));
        monthly.setId("plan-monthly");
        monthly.setVisible(false);
        signed = new LocalizedDatePicker(getTranslation("socialcell.plan.signed"));
        signed.setId("plan-signed");
        signed.setValue(today);
        commitment.setLabel(getTranslation("socialcell.plan.commitment"));
        commitment.setId("plan-commitment");
        preview.setId("plan-preview");
        preview.addColumn(Instalment::number).setHeader("#").setAutoWidth(true);
        preview.addColumn(i -> Formats.date(i.dueDate(), getLocale())).setHeader(getTranslation("socialcell.due"));
        preview.addColumn(i -> Euros.format(i.amount(), getLocale())).setHeader(getTranslation("socialcell.amount"));
        preview.setHeight("14em");
        total.setId("plan-preview-total");
        cafDefault.setId("plan-caf-default");

        debt.addValueChangeListener(e -> update());
        start.addValueChangeListener(e -> update());
        mode.addValueChangeListener(e -> {
            months.setVisible(e.getValue() == Mode.MONTHS);
            monthly.setVisible(e.getValue() == Mode.AMOUNT);
            update();
        });
        months.addValueChangeListener(e -> update());
        monthly.addValueChangeListener(e -> update());
        commitment.addValueChangeListener(e -> update());

        save.setText(getTranslation("socialcell.plan.save"));
        save.setId("plan-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> {
            try {
                if (mode.getValue() == Mode.AMOUNT) {
                    plans.createWithMonthlyAmount(caseId, debt.getValue(), start.getValue(), monthly.getValue(),
                            signed.getValue());
                } else {
                    plans.create(caseId, debt.getValue(), start.getValue(), months.getValue(), signed.getValue());
                }
                close();
                saved.run();
            } catch (RuntimeException e) {
                ErrorNotifier.show(e);
            }
        });

        HorizontalLayout terms = new HorizontalLayout(debt, start, signed);
        HorizontalLayout howMuch = new HorizontalLayout(mode, months, monthly);
        add(new VerticalLayout(terms, howMuch, commitment, total, preview, cafDefault));
        getFooter().add(new Button(getTranslation("socialcell.cancel"), click -> close()), save);
        setWidth("48em");
        update();
    }

    /** Recomputes the preview from the fields; save stays disabled while the schedule or the commitment is missing. */
    private void update() {
        schedule = List.of();
        String problem = null;
        try {
            if (start.getValue() == null) {
                throw new BusinessException("socialcell.error.planStart");
            }
            if (mode.getValue() == Mode.AMOUNT) {
                schedule = RepaymentSchedule.byMonthlyAmount(debt.getValue(), start.getValue(), monthly.getValue());
            } else {
                schedule = RepaymentSchedule.byMonths(debt.getValue(), start.getValue(),
                        months.getValue() == null ? 0 : months.getValue());
            }
        } catch (BusinessException e) {
            problem = getTranslation(e.messageKey(), e.arguments());
        } catch (ArithmeticException e) {
            problem = getTranslation("socialcell.error.cents");
        }
        preview.setItems(schedule);
        if (problem != null) {
            total.setText(problem);
            cafDefault.setText("");
        } else {
            total.setText(getTranslation("socialcell.plan.previewTotal",
                    Euros.format(RepaymentSchedule.total(schedule), getLocale()), schedule.size()));
            List<Instalment> caf = RepaymentSchedule.cafDefault(debt.getValue(), start.getValue());
            cafDefault.setText(getTranslation("socialcell.plan.cafDefault", RepaymentSchedule.CAF_DEFAULT_MONTHS,
                    Euros.format(caf.getFirst().amount(), getLocale()),
                    Euros.format(caf.getLast().amount(), getLocale())));
        }
        save.setEnabled(problem == null && Boolean.TRUE.equals(commitment.getValue()));
    }

    List<Instalment> schedule() {
        return schedule;
    }
}
