package fr.caleol.socialcell.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
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
import fr.caleol.socialcell.domain.DebtHistory;
import fr.caleol.socialcell.domain.Instalment;
import fr.caleol.socialcell.domain.LegalDeadlines;
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
import jakarta.annotation.security.RolesAllowed;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.List;
import org.springframework.security.access.AccessDeniedException;

/**
 * One arrears case: header, account and ledger, legal deadlines and steps, contact log, letters
 * ({@link CaseLettersPanel}), solutions ({@link CaseSolutionsPanel}), repayment plans ({@link CasePlansPanel}), and a
 * card payment taken over the phone. Access is decided by the
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

    private final Grid<DebtHistory.Line> ledgerGrid = new Grid<>();
    private final Div deadlines = new Div();
    private final Div contacts = new Div();
    private final CaseSolutionsPanel solutionsPanel;
    private final CasePlansPanel plansPanel;
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
        solutionsPanel = new CaseSolutionsPanel(solutions, clock, this::refresh);
        plansPanel = new CasePlansPanel(plans, planPdf, clock, this::refresh);
        body.add(solutionsPanel, plansPanel);

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
        ledgerGrid.setItems(DebtHistory.of(d.ledger()).reversed());
        showDeadlines(d.deadlines(), d.balance());
        showContacts(d.contacts());
        solutionsPanel.show(caseId, s);
        plansPanel.show(caseId, d.balance(), planViews);
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


    private Grid<DebtHistory.Line> ledger() {
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

    long caseId() {
        return caseId;
    }

    @Override
    public String titleKey() {
        return "socialcell.case.pageTitle";
    }
}
