package fr.caleol.socialcell.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import fr.caleol.base.domain.Euros;
import fr.caleol.base.domain.LandlordTime;
import fr.caleol.base.errors.BusinessException;
import fr.caleol.base.events.EventBus;
import fr.caleol.base.events.UiEvents;
import fr.caleol.base.ui.ErrorNotifier;
import fr.caleol.base.ui.HasTitleKey;
import fr.caleol.base.ui.MainLayout;
import fr.caleol.base.ui.components.Formats;
import fr.caleol.base.ui.components.LocalizedDatePicker;
import fr.caleol.security.domain.Role;
import fr.caleol.security.service.CurrentUser;
import fr.caleol.socialcell.domain.CaseStatus;
import fr.caleol.socialcell.domain.ContactKind;
import fr.caleol.socialcell.domain.DeadlineKind;
import fr.caleol.socialcell.domain.DeferralStatus;
import fr.caleol.socialcell.domain.Instalment;
import fr.caleol.socialcell.domain.LegalDeadlines;
import fr.caleol.socialcell.domain.PaperworkItem;
import fr.caleol.socialcell.domain.PlanStatus;
import fr.caleol.socialcell.domain.ReferralStatus;
import fr.caleol.socialcell.domain.ReferralTarget;
import fr.caleol.socialcell.domain.RepaymentSchedule;
import fr.caleol.socialcell.service.ArrearsCaseService.LegalStep;
import fr.caleol.socialcell.service.ArrearsCaseService;
import fr.caleol.socialcell.service.ArrearsLetterService;
import fr.caleol.socialcell.service.CaseDetail;
import fr.caleol.socialcell.service.CaseLifecycleService;
import fr.caleol.socialcell.service.CaseSummary;
import fr.caleol.socialcell.service.CasesChangedEvent;
import fr.caleol.socialcell.service.ContactEntry;
import fr.caleol.socialcell.service.LedgerUpdates;
import fr.caleol.socialcell.service.PlanDefaultEvent;
import fr.caleol.socialcell.service.PlanPdf;
import fr.caleol.socialcell.service.PlanService;
import fr.caleol.socialcell.service.PlanView;
import fr.caleol.socialcell.service.SolutionService;
import fr.caleol.socialcell.service.Solutions;
import fr.caleol.tenancy.domain.Movement;
import jakarta.annotation.security.RolesAllowed;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.security.access.AccessDeniedException;

/**
 * One arrears case: header, account and ledger, legal deadlines and steps, contact log, solutions (deferrals,
 * paperwork checklist, referrals), repayment plans, and a card payment taken over the phone. Access is decided by the
 * services: a case the user may not open shows a clear message. The screen re-reads the case whenever cases change.
 *
 * <p>The forms are built once and kept across refreshes, so that a live update does not wipe what the adviser is
 * typing; only the displayed data is redrawn.
 */
@Route(value = "cellule-sociale/dossiers/:caseId", layout = MainLayout.class)
@RolesAllowed({Role.Names.SOCIAL_ADVISER, Role.Names.SOCIAL_CELL_LEAD, Role.Names.ADMIN})
public class CaseView extends VerticalLayout implements BeforeEnterObserver, HasTitleKey {

    private final Clock clock;
    private final ArrearsCaseService cases;
    private final PlanService plans;
    private final SolutionService solutions;
    private final CaseLifecycleService lifecycle;
    private final ArrearsLetterService letters;
    private final LedgerUpdates ledgerUpdates;
    private final PlanPdf planPdf;
    private final EventBus bus;
    private final boolean lead;

    private long caseId = -1;
    private long version;
    private CaseDetail detail;

    private final Paragraph denied = new Paragraph();
    private final VerticalLayout body = new VerticalLayout();
    private final H2 title = new H2();
    private final Div header = new Div();
    private final Paragraph balance = new Paragraph();
    /** A ledger line with the balance after it: the case's debt history. */
    record LedgerLine(Movement movement, BigDecimal balanceAfter) {}

    private final Grid<LedgerLine> ledgerGrid = new Grid<>();
    private final Div deadlines = new Div();
    private final Div contacts = new Div();
    private final Grid<Solutions.Deferral> deferralGrid = new Grid<>();
    private final Div checklist = new Div();
    private final Grid<Solutions.Referral> referralGrid = new Grid<>();
    private final Div planList = new Div();
    /** The letters panel, made once the case is known to be readable by this user. */
    private final Div lettersSlot = new Div();
    private long lettersOf = -1;
    private final Button resolve = new Button();
    private final Button litigation = new Button();

    public CaseView(ArrearsCaseService cases, PlanService plans, SolutionService solutions,
            CaseLifecycleService lifecycle, ArrearsLetterService letters, PlanPdf planPdf, LedgerUpdates ledgerUpdates,
            CurrentUser currentUser, EventBus bus, Clock clock) {
        this.clock = clock;
        this.cases = cases;
        this.plans = plans;
        this.solutions = solutions;
        this.lifecycle = lifecycle;
        this.letters = letters;
        this.ledgerUpdates = ledgerUpdates;
        this.planPdf = planPdf;
        this.bus = bus;
        this.lead = currentUser.hasAnyRole(Role.SOCIAL_CELL_LEAD, Role.ADMIN);
        setWidthFull();
        denied.setId("case-denied");
        denied.setVisible(false);
        body.setPadding(false);
        body.setWidthFull();
        header.setId("case-header");
        balance.setId("case-balance");
        add(denied, body);

        body.add(title, header, actions());
        body.add(new H3(getTranslation("socialcell.case.account")), balance, ledger());
        body.add(new H3(getTranslation("socialcell.deadlines")), deadlines, stepForm());
        body.add(new H3(getTranslation("socialcell.contacts")), contacts, contactForm());
        lettersSlot.setWidthFull();
        body.add(lettersSlot);
        body.add(new H3(getTranslation("socialcell.solutions")));
        body.add(new H4(getTranslation("socialcell.deferrals")), deferrals(), deferralForm());
        body.add(new H4(getTranslation("socialcell.paperwork")), checklist, otherPaperworkForm());
        body.add(new H4(getTranslation("socialcell.referrals")), referrals(), referralForm());
        Button newPlan = new Button(getTranslation("socialcell.plan.new"), click -> new PlanDialog(plans, caseId,
                detail.balance(), LandlordTime.today(clock), this::refresh).open());
        newPlan.setId("case-new-plan");
        body.add(new H3(getTranslation("socialcell.plans")), newPlan, planList);

        UiEvents.subscribe(this, bus, CasesChangedEvent.class, e -> {
            if (e.concerns(caseId)) {
                refresh();
            }
        });
        PlanDefaultAlerts.attach(this, bus, currentUser);
        UiEvents.subscribe(this, bus, PlanDefaultEvent.class, e -> {
            if (e.caseId() == caseId) {
                refresh();
            }
        });
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        caseId = event.getRouteParameters().getLong("caseId").orElse(-1L);
        refresh();
    }

    /** Re-reads the case and redraws what it shows; a refused read shows the reason instead of the case. */
    void refresh() {
        CaseDetail d;
        Solutions s;
        List<PlanView> planViews;
        try {
            d = cases.detail(caseId);
            version = lifecycle.version(caseId);
            s = solutions.solutions(caseId);
            planViews = plans.plans(caseId);
        } catch (AccessDeniedException e) {
            deny(getTranslation("socialcell.case.denied"));
            return;
        } catch (BusinessException e) {
            deny(getTranslation(e.messageKey(), e.arguments()));
            return;
        }
        detail = d;
        denied.setVisible(false);
        body.setVisible(true);
        showHeader(d.summary());
        balance.setText(getTranslation("socialcell.case.balance", Euros.format(d.balance(), getLocale()),
                Euros.format(d.rentAndCharges(), getLocale())));
        ledgerGrid.setItems(debtHistory(d.ledger()).reversed());
        showDeadlines(d.deadlines(), d.balance());
        showContacts(d.contacts());
        deferralGrid.setItems(s.deferrals());
        showChecklist(s.paperwork());
        referralGrid.setItems(s.referrals());
        showPlans(planViews);
        if (lettersOf != caseId) {
            lettersOf = caseId;
            lettersSlot.removeAll();
            lettersSlot.add(new CaseLettersPanel(caseId, letters, bus));
        }
    }

    private void deny(String message) {
        detail = null;
        body.setVisible(false);
        denied.setText(message);
        denied.setVisible(true);
    }

    // ---- header and status actions

    private void showHeader(CaseSummary s) {
        title.setText(getTranslation("socialcell.case.title", s.holder(), s.leaseReference()));
        header.removeAll();
        header.add(new Paragraph(getTranslation("socialcell.case.header",
                getTranslation("socialcell.status." + s.status().name()),
                s.adviser() == null ? getTranslation("socialcell.unassigned") : s.adviser(),
                Formats.date(s.openedOn(), getLocale()),
                s.escalatedOn() == null ? "—" : Formats.date(s.escalatedOn(), getLocale()))));
        Span status = new Span(getTranslation("socialcell.status." + s.status().name()));
        status.setId("case-status");
        status.setVisible(false);
        header.add(status);
        boolean open = s.status().open();
        resolve.setEnabled(open);
        litigation.setVisible(lead);
        litigation.setEnabled(open && s.status() != CaseStatus.LITIGATION);
    }

    private HorizontalLayout actions() {
        Button phone = new Button(getTranslation("socialcell.phonePayment"), click -> phonePaymentDialog().open());
        phone.setId("case-phone-payment");
        resolve.setText(getTranslation("socialcell.case.resolve"));
        resolve.setId("case-resolve");
        resolve.addClickListener(click -> confirm("socialcell.case.resolve", "socialcell.case.resolveConfirm",
                () -> lifecycle.resolve(caseId, version)));
        litigation.setText(getTranslation("socialcell.case.litigation"));
        litigation.setId("case-litigation");
        litigation.addThemeVariants(ButtonVariant.LUMO_ERROR);
        litigation.addClickListener(click -> confirm("socialcell.case.litigation",
                "socialcell.case.litigationConfirm", () -> lifecycle.handToLitigation(caseId, version)));
        HorizontalLayout actions = new HorizontalLayout(phone, resolve, litigation);
        actions.setId("case-actions");
        return actions;
    }

    private void confirm(String titleKey, String textKey, Runnable action) {
        ConfirmDialog dialog = new ConfirmDialog(getTranslation(titleKey), getTranslation(textKey),
                getTranslation(titleKey), ok -> act(action));
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("socialcell.cancel"));
        dialog.open();
    }

    /** Runs an action of the user and redraws; a refusal is shown in French, nothing is half done. */
    private boolean act(Runnable action) {
        return ErrorNotifier.attempt(action, this::refresh);
    }

    private Dialog phonePaymentDialog() {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("socialcell.phonePayment"));
        BigDecimalField amount = new BigDecimalField(getTranslation("socialcell.amount"));
        amount.setId("phone-amount");
        LocalizedDatePicker date = new LocalizedDatePicker(getTranslation("socialcell.contact.date"));
        date.setValue(LandlordTime.today(clock));
        TextField reference = new TextField(getTranslation("socialcell.phonePayment.reference"));
        reference.setId("phone-reference");
        reference.setHelperText(getTranslation("socialcell.phonePayment.noCard"));
        reference.setMaxLength(60);
        Button save = new Button(getTranslation("socialcell.save"), click -> {
            if (act(() -> ledgerUpdates.recordPhonePayment(caseId, date.getValue(), amount.getValue(),
                    reference.getValue()))) {
                Notification.show(getTranslation("socialcell.phonePayment.done"), 4000,
                        Notification.Position.BOTTOM_START);
                dialog.close();
            }
        });
        save.setId("phone-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(new VerticalLayout(amount, date, reference));
        dialog.getFooter().add(new Button(getTranslation("socialcell.cancel"), click -> dialog.close()), save);
        return dialog;
    }

    // ---- ledger and deadlines

    /** The movements in date order, each with the balance after it (positive: the tenant owes). */
    static List<LedgerLine> debtHistory(List<Movement> movements) {
        List<LedgerLine> lines = new java.util.ArrayList<>(movements.size());
        BigDecimal balance = BigDecimal.ZERO;
        for (Movement m : movements) {
            balance = balance.add(m.amount());
            lines.add(new LedgerLine(m, balance));
        }
        return lines;
    }

    private Grid<LedgerLine> ledger() {
        ledgerGrid.setId("case-ledger");
        ledgerGrid.addColumn(l -> Formats.date(l.movement().date(), getLocale()))
                .setHeader(getTranslation("socialcell.contact.date"));
        ledgerGrid.addColumn(l -> getTranslation("socialcell.movement." + l.movement().kind().name()))
                .setHeader(getTranslation("socialcell.movement.kind"));
        ledgerGrid.addColumn(l -> Formats.date(l.movement().dueDate(), getLocale()))
                .setHeader(getTranslation("socialcell.due"));
        ledgerGrid.addColumn(l -> Euros.format(l.movement().amount(), getLocale()))
                .setHeader(getTranslation("socialcell.amount"));
        ledgerGrid.addColumn(l -> l.movement().means() == null ? ""
                : getTranslation("socialcell.means." + l.movement().means().name()))
                .setHeader(getTranslation("socialcell.means"));
        ledgerGrid.addColumn(l -> Euros.format(l.balanceAfter(), getLocale()))
                .setHeader(getTranslation("socialcell.balanceAfter"));
        ledgerGrid.setPageSize(50);
        ledgerGrid.setHeight("18em");
        return ledgerGrid;
    }

    /** The legal deadlines; while a plan is expected, what the CAF would impose without one (1/36 per month). */
    private void showDeadlines(List<LegalDeadlines.Deadline> list, BigDecimal debt) {
        deadlines.removeAll();
        if (list.isEmpty()) {
            deadlines.add(new Paragraph(getTranslation("socialcell.deadlines.none")));
            return;
        }
        UnorderedList ul = new UnorderedList();
        ul.setId("socialcell-deadlines");
        for (LegalDeadlines.Deadline dl : list) {
            ListItem item = new ListItem((dl.done() ? "✓ " : "☐ ") + Formats.date(dl.due(), getLocale()) + " — "
                    + getTranslation("socialcell.deadline." + dl.kind().name()));
            if (dl.kind() == DeadlineKind.PLAN_EXPECTED && !dl.done() && debt.signum() > 0) {
                List<Instalment> caf = RepaymentSchedule.cafDefault(debt, dl.due());
                Span imposed = new Span(" — " + getTranslation("socialcell.plan.cafDefault",
                        RepaymentSchedule.CAF_DEFAULT_MONTHS, Euros.format(caf.getFirst().amount(), getLocale()),
                        Euros.format(caf.getLast().amount(), getLocale())));
                imposed.setId("case-caf-default");
                item.add(imposed);
            }
            ul.add(item);
        }
        deadlines.add(ul);
    }

    private HorizontalLayout stepForm() {
        Select<LegalStep> step = new Select<>();
        step.setLabel(getTranslation("socialcell.step"));
        step.setItems(LegalStep.values());
        step.setItemLabelGenerator(s -> getTranslation("socialcell.step." + s.name()));
        step.setValue(LegalStep.CAF_REPORTED);
        step.setId("case-step");
        LocalizedDatePicker date = new LocalizedDatePicker(getTranslation("socialcell.contact.date"));
        date.setId("case-step-date");
        Button record = new Button(getTranslation("socialcell.step.record"), click -> {
            if (act(() -> {
                if (date.getValue() == null) {
                    throw new BusinessException("socialcell.error.stepDate");
                }
                cases.recordStep(caseId, step.getValue(), date.getValue());
            })) {
                date.clear();
            }
        });
        record.setId("case-step-record");
        HorizontalLayout form = new HorizontalLayout(step, date, record);
        form.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        return form;
    }

    // ---- contacts

    private void showContacts(List<ContactEntry> list) {
        contacts.removeAll();
        UnorderedList ul = new UnorderedList();
        ul.setId("socialcell-contacts");
        for (ContactEntry c : list) {
            ul.add(new ListItem(Formats.date(c.date(), getLocale()) + " — "
                    + getTranslation("socialcell.contact." + c.kind().name()) + " — " + c.author()
                    + (c.notes() == null ? "" : " : " + c.notes())));
        }
        contacts.add(ul);
    }

    private Div contactForm() {
        Select<ContactKind> kind = new Select<>();
        kind.setLabel(getTranslation("socialcell.contact.kind"));
        kind.setItems(ContactKind.values());
        kind.setItemLabelGenerator(k -> getTranslation("socialcell.contact." + k.name()));
        kind.setValue(ContactKind.OUTGOING_CALL);
        LocalizedDatePicker date = new LocalizedDatePicker(getTranslation("socialcell.contact.date"));
        date.setValue(LandlordTime.today(clock));
        TextArea notes = new TextArea(getTranslation("socialcell.contact.notes"));
        notes.setId("contact-notes");
        notes.setMaxLength(2000);
        notes.setWidth("30em");
        Button log = new Button(getTranslation("socialcell.contact.log"), click -> {
            if (act(() -> cases.logContact(caseId, kind.getValue(), date.getValue(), notes.getValue()))) {
                notes.clear();
            }
        });
        log.setId("socialcell-log-contact");
        return new Div(kind, date, notes, log);
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

    long caseId() {
        return caseId;
    }

    @Override
    public String titleKey() {
        return "socialcell.case.pageTitle";
    }
}
