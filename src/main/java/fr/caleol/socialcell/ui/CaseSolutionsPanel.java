package fr.caleol.socialcell.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import fr.caleol.base.domain.Euros;
import fr.caleol.base.domain.LandlordTime;
import fr.caleol.base.ui.ErrorNotifier;
import fr.caleol.base.ui.components.Formats;
import fr.caleol.base.ui.components.LocalizedDatePicker;
import fr.caleol.socialcell.domain.DeferralStatus;
import fr.caleol.socialcell.domain.PaperworkItem;
import fr.caleol.socialcell.domain.ReferralStatus;
import fr.caleol.socialcell.domain.ReferralTarget;
import fr.caleol.socialcell.service.SolutionService;
import fr.caleol.socialcell.service.Solutions;
import java.time.Clock;
import java.util.List;

/**
 * The solutions of an arrears case: rent deferrals, the paperwork checklist and the referrals (FSL, social services),
 * each with its form. Built once per screen; {@link #show} redraws the data, so that what the adviser types stays.
 */
class CaseSolutionsPanel extends VerticalLayout {

    private final SolutionService solutions;
    private final Clock clock;
    private final Runnable refresh;
    private final Grid<Solutions.Deferral> deferralGrid = new Grid<>();
    private final Div checklist = new Div();
    private final Grid<Solutions.Referral> referralGrid = new Grid<>();
    private long caseId = -1;

    CaseSolutionsPanel(SolutionService solutions, Clock clock, Runnable refresh) {
        this.solutions = solutions;
        this.clock = clock;
        this.refresh = refresh;
        setPadding(false);
        setWidthFull();
        add(new H3(getTranslation("socialcell.solutions")));
        add(new H4(getTranslation("socialcell.deferrals")), deferrals(), deferralForm());
        add(new H4(getTranslation("socialcell.paperwork")), checklist, otherPaperworkForm());
        add(new H4(getTranslation("socialcell.referrals")), referrals(), referralForm());
    }

    /** Runs an action of the user; the case is redrawn whatever happens. */
    private boolean act(Runnable action) {
        return ErrorNotifier.attempt(action, refresh);
    }

    /** Shows the solutions of the case. */
    void show(long caseId, Solutions s) {
        this.caseId = caseId;
        deferralGrid.setItems(s.deferrals());
        showChecklist(s.paperwork());
        referralGrid.setItems(s.referrals());
    }

    // ---- solutions: deferrals

    private Grid<Solutions.Deferral> deferrals() {
        deferralGrid.setId("case-deferrals");
        deferralGrid.addColumn(d -> Euros.format(d.amount(), getLocale())).setHeader(getTranslation("socialcell.amount"));
        deferralGrid.addColumn(d -> Formats.date(d.newDate(), getLocale()))
                .setHeader(getTranslation("socialcell.deferral.newDate"));
        deferralGrid.addColumn(d -> getTranslation("socialcell.deferral.status." + d.status().name()))
                .setHeader(getTranslation("socialcell.status"));
        deferralGrid.addColumn(d -> Formats.date(d.agreedOn(), getLocale()))
                .setHeader(getTranslation("socialcell.deferral.agreedOn"));
        deferralGrid.addColumn(d -> d.note() == null ? "" : d.note()).setHeader(getTranslation("socialcell.note"))
                .setFlexGrow(1);
        deferralGrid.addComponentColumn(d -> {
            HorizontalLayout buttons = new HorizontalLayout();
            for (DeferralStatus next : DeferralStatus.values()) {
                if (d.status().canBecome(next)) {
                    buttons.add(new Button(getTranslation("socialcell.deferral.to." + next.name()),
                            click -> act(() -> solutions.updateDeferral(d.id(), d.version(), next))));
                }
            }
            return buttons;
        });
        deferralGrid.setAllRowsVisible(true);
        return deferralGrid;
    }

    private HorizontalLayout deferralForm() {
        BigDecimalField amount = new BigDecimalField(getTranslation("socialcell.amount"));
        amount.setId("deferral-amount");
        LocalizedDatePicker newDate = new LocalizedDatePicker(getTranslation("socialcell.deferral.newDate"));
        newDate.setId("deferral-date");
        newDate.setMin(LandlordTime.today(clock).plusDays(1));
        TextField note = new TextField(getTranslation("socialcell.note"));
        note.setId("deferral-note");
        note.setMaxLength(2000);
        Checkbox agreed = new Checkbox(getTranslation("socialcell.deferral.agreedNow"));
        agreed.setId("deferral-agreed");
        Button record = new Button(getTranslation("socialcell.deferral.record"), click -> {
            if (act(() -> solutions.recordDeferral(caseId, amount.getValue(), newDate.getValue(), note.getValue(),
                    agreed.getValue()))) {
                amount.clear();
                newDate.clear();
                note.clear();
                agreed.clear();
            }
        });
        record.setId("deferral-record");
        HorizontalLayout form = new HorizontalLayout(amount, newDate, note, agreed, record);
        form.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        form.setWrap(true);
        return form;
    }

    // ---- solutions: paperwork

    private void showChecklist(List<Solutions.Paperwork> items) {
        checklist.removeAll();
        checklist.setId("case-paperwork");
        for (Solutions.Paperwork p : items) {
            String label = p.item() == PaperworkItem.OTHER ? p.label()
                    : getTranslation("socialcell.paperwork." + p.item().name());
            Checkbox box = new Checkbox(label + (p.done() ? " — " + getTranslation("socialcell.paperwork.doneOn",
                    Formats.date(p.doneOn(), getLocale())) : ""));
            box.setValue(p.done());
            box.addValueChangeListener(change -> {
                if (change.isFromClient()) {
                    act(() -> solutions.setPaperwork(caseId, p.item(), p.label(), change.getValue() ? LandlordTime.today(clock) : null));
                }
            });
            checklist.add(new Div(box));
        }
    }

    private HorizontalLayout otherPaperworkForm() {
        TextField label = new TextField(getTranslation("socialcell.paperwork.other"));
        label.setId("paperwork-other");
        label.setMaxLength(PaperworkItem.LABEL_MAX);
        Button add = new Button(getTranslation("socialcell.paperwork.add"), click -> {
            if (act(() -> solutions.setPaperwork(caseId, PaperworkItem.OTHER, label.getValue(), null))) {
                label.clear();
            }
        });
        add.setId("paperwork-add");
        HorizontalLayout form = new HorizontalLayout(label, add);
        form.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        return form;
    }

    // ---- solutions: referrals

    private Grid<Solutions.Referral> referrals() {
        referralGrid.setId("case-referrals");
        referralGrid.addColumn(r -> getTranslation("socialcell.referral.target." + r.target().name()))
                .setHeader(getTranslation("socialcell.referral.target"));
        referralGrid.addColumn(Solutions.Referral::organisation).setHeader(getTranslation("socialcell.referral.organisation"));
        referralGrid.addColumn(r -> Formats.date(r.referredOn(), getLocale()))
                .setHeader(getTranslation("socialcell.referral.referredOn"));
        referralGrid.addColumn(r -> getTranslation("socialcell.referral.status." + r.status().name()))
                .setHeader(getTranslation("socialcell.status"));
        referralGrid.addColumn(r -> r.outcome() == null ? "" : r.outcome())
                .setHeader(getTranslation("socialcell.referral.outcome")).setFlexGrow(1);
        referralGrid.addColumn(r -> Euros.format(r.amountGranted(), getLocale()))
                .setHeader(getTranslation("socialcell.referral.granted"));
        referralGrid.addComponentColumn(r -> new Button(getTranslation("socialcell.referral.update"),
                click -> referralDialog(r).open()));
        referralGrid.setAllRowsVisible(true);
        return referralGrid;
    }

    private HorizontalLayout referralForm() {
        Select<ReferralTarget> target = new Select<>();
        target.setLabel(getTranslation("socialcell.referral.target"));
        target.setItems(ReferralTarget.values());
        target.setItemLabelGenerator(t -> getTranslation("socialcell.referral.target." + t.name()));
        target.setValue(ReferralTarget.SOCIAL_SERVICES);
        TextField organisation = new TextField(getTranslation("socialcell.referral.organisation"));
        organisation.setPlaceholder(getTranslation("socialcell.referral.organisation.example"));
        organisation.setMaxLength(200);
        organisation.setId("referral-organisation");
        LocalizedDatePicker date = new LocalizedDatePicker(getTranslation("socialcell.referral.referredOn"));
        date.setValue(LandlordTime.today(clock));
        Button refer = new Button(getTranslation("socialcell.referral.record"), click -> {
            if (act(() -> solutions.refer(caseId, target.getValue(), organisation.getValue(), date.getValue()))) {
                organisation.clear();
            }
        });
        refer.setId("referral-record");
        HorizontalLayout form = new HorizontalLayout(target, organisation, date, refer);
        form.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        form.setWrap(true);
        return form;
    }

    private Dialog referralDialog(Solutions.Referral r) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("socialcell.referral.update"));
        Select<ReferralStatus> status = new Select<>();
        status.setLabel(getTranslation("socialcell.status"));
        status.setItems(ReferralStatus.values());
        status.setItemLabelGenerator(s -> getTranslation("socialcell.referral.status." + s.name()));
        status.setValue(r.status());
        TextArea outcome = new TextArea(getTranslation("socialcell.referral.outcome"));
        outcome.setMaxLength(2000);
        outcome.setValue(r.outcome() == null ? "" : r.outcome());
        BigDecimalField granted = new BigDecimalField(getTranslation("socialcell.referral.granted"));
        granted.setValue(r.amountGranted());
        granted.setVisible(r.target() == ReferralTarget.FSL);
        long shownVersion = r.version();
        Button save = new Button(getTranslation("socialcell.save"), click -> {
            if (act(() -> solutions.updateReferral(r.id(), shownVersion, status.getValue(), outcome.getValue(),
                    granted.getValue()))) {
                dialog.close();
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(new VerticalLayout(status, outcome, granted));
        dialog.getFooter().add(new Button(getTranslation("socialcell.cancel"), click -> dialog.close()), save);
        return dialog;
    }

}
