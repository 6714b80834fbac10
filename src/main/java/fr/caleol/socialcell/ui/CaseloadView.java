package fr.caleol.socialcell.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.Route;
import fr.caleol.base.domain.LandlordTime;
import fr.caleol.base.events.EventBus;
import fr.caleol.base.events.UiEvents;
import fr.caleol.base.ui.ErrorNotifier;
import fr.caleol.base.ui.HasTitleKey;
import fr.caleol.base.ui.MainLayout;
import fr.caleol.base.ui.components.Formats;
import fr.caleol.security.domain.Role;
import fr.caleol.security.service.CurrentUser;
import fr.caleol.socialcell.domain.ContactKind;
import fr.caleol.socialcell.domain.LegalDeadlines;
import fr.caleol.socialcell.service.ArrearsCaseService;
import fr.caleol.socialcell.service.CaseDetail;
import fr.caleol.socialcell.service.CaseSummary;
import fr.caleol.socialcell.service.CasesChangedEvent;
import fr.caleol.socialcell.service.ContactEntry;
import fr.caleol.socialcell.service.PlanDefaultEvent;
import fr.caleol.socialcell.service.PlanService;
import fr.caleol.socialcell.service.PlanView;
import fr.caleol.socialcell.service.TodoItem;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;

/**
 * The adviser's caseload and to-do list of legal deadlines (ordered by date), or all cases for the team lead; the
 * selected case shows its balance, deadlines, contact log and plans. Refreshed live when cases change.
 */
@Route(value = "cellule-sociale/dossiers", layout = MainLayout.class)
@RolesAllowed({Role.Names.SOCIAL_ADVISER, Role.Names.SOCIAL_CELL_LEAD, Role.Names.ADMIN})
public class CaseloadView extends VerticalLayout implements HasTitleKey {

    private final ArrearsCaseService cases;
    private final PlanService plans;
    private final boolean lead;
    private final Grid<TodoItem> todo = new Grid<>();
    private final Grid<CaseSummary> grid = new Grid<>();
    private final Div detail = new Div();
    private Long selected;

    public CaseloadView(ArrearsCaseService cases, PlanService plans, CurrentUser currentUser, EventBus bus) {
        this.cases = cases;
        this.plans = plans;
        this.lead = currentUser.hasAnyRole(Role.SOCIAL_CELL_LEAD, Role.ADMIN);
        todo.setId("socialcell-todo");
        todo.addColumn(t -> Formats.date(t.due(), getLocale())).setHeader(getTranslation("socialcell.due"));
        todo.addColumn(t -> getTranslation("socialcell.deadline." + t.kind().name()))
                .setHeader(getTranslation("socialcell.deadline")).setFlexGrow(1);
        todo.addColumn(TodoItem::holder).setHeader(getTranslation("socialcell.holder"));
        todo.addColumn(TodoItem::leaseReference).setHeader(getTranslation("socialcell.lease"));
        todo.setAllRowsVisible(true);
        todo.addItemClickListener(e -> select(e.getItem().caseId()));
        grid.setId("socialcell-cases");
        grid.addColumn(CaseSummary::holder).setHeader(getTranslation("socialcell.holder")).setFlexGrow(1);
        grid.addColumn(CaseSummary::leaseReference).setHeader(getTranslation("socialcell.lease"));
        grid.addColumn(c -> Formats.date(c.openedOn(), getLocale())).setHeader(getTranslation("socialcell.opened"));
        grid.addColumn(c -> Formats.euros(c.debtAtOpening(), getLocale()))
                .setHeader(getTranslation("socialcell.debtAtOpening"));
        grid.addColumn(c -> getTranslation("socialcell.status." + c.status().name()))
                .setHeader(getTranslation("socialcell.status"));
        grid.addColumn(c -> c.escalatedOn() == null ? "" : Formats.date(c.escalatedOn(), getLocale()))
                .setHeader(getTranslation("socialcell.escalated"));
        grid.addColumn(c -> c.adviser() == null ? getTranslation("socialcell.unassigned") : c.adviser())
                .setHeader(getTranslation("socialcell.adviser"));
        grid.addItemClickListener(e -> select(e.getItem().id()));
        detail.setId("socialcell-detail");
        detail.setWidthFull();
        add(new H2(getTranslation("socialcell.caseload.title")));
        if (!lead) {
            add(new H3(getTranslation("socialcell.todo")), todo);
        }
        add(new H3(getTranslation(lead ? "socialcell.allCases" : "socialcell.myCases")), grid, detail);
        refresh();
        UiEvents.subscribe(this, bus, CasesChangedEvent.class, e -> refresh());
        UiEvents.subscribe(this, bus, PlanDefaultEvent.class, e -> refresh());
    }

    private void refresh() {
        if (lead) {
            grid.setItems(cases.allCases());
        } else {
            grid.setItems(cases.myCases());
            todo.setItems(cases.myTodo());
        }
    }

    void select(long caseId) {
        selected = caseId;
        detail.removeAll();
        CaseDetail d;
        try {
            d = cases.detail(caseId);
        } catch (RuntimeException e) {
            ErrorNotifier.show(e);
            return;
        }
        CaseSummary s = d.summary();
        detail.add(new H3(getTranslation("socialcell.case.title", s.holder(), s.leaseReference())));
        detail.add(new Paragraph(getTranslation("socialcell.case.balance", Formats.euros(d.balance(), getLocale()),
                Formats.euros(d.rentAndCharges(), getLocale()))));
        UnorderedList deadlines = new UnorderedList();
        deadlines.setId("socialcell-deadlines");
        for (LegalDeadlines.Deadline dl : d.deadlines()) {
            deadlines.add(new ListItem(Formats.date(dl.due(), getLocale()) + " — "
                    + getTranslation("socialcell.deadline." + dl.kind().name())
                    + (dl.done() ? " ✓" : "")));
        }
        detail.add(new H3(getTranslation("socialcell.deadlines")),
                d.deadlines().isEmpty() ? new Paragraph(getTranslation("socialcell.deadlines.none")) : deadlines);
        UnorderedList planList = new UnorderedList();
        for (PlanView p : plans.plans(caseId)) {
            planList.add(new ListItem(getTranslation("socialcell.plan.line", Formats.euros(p.debt(), getLocale()),
                    p.months(), Formats.date(p.startDate(), getLocale()),
                    getTranslation("socialcell.plan.status." + p.status().name()))));
        }
        detail.add(new H3(getTranslation("socialcell.plans")), planList);
        detail.add(new H3(getTranslation("socialcell.contacts")));
        UnorderedList contacts = new UnorderedList();
        contacts.setId("socialcell-contacts");
        for (ContactEntry c : d.contacts()) {
            contacts.add(new ListItem(Formats.date(c.date(), getLocale()) + " — "
                    + getTranslation("socialcell.contact." + c.kind().name()) + " — " + c.author()
                    + (c.notes() == null ? "" : " : " + c.notes())));
        }
        detail.add(contacts, contactForm(caseId));
    }

    private Div contactForm(long caseId) {
        Select<ContactKind> kind = new Select<>();
        kind.setLabel(getTranslation("socialcell.contact.kind"));
        kind.setItems(ContactKind.values());
        kind.setItemLabelGenerator(k -> getTranslation("socialcell.contact." + k.name()));
        kind.setValue(ContactKind.OUTGOING_CALL);
        DatePicker date = new DatePicker(getTranslation("socialcell.contact.date"),
                LocalDate.now(LandlordTime.ZONE));
        TextArea notes = new TextArea(getTranslation("socialcell.contact.notes"));
        notes.setMaxLength(2000);
        Button log = new Button(getTranslation("socialcell.contact.log"), click -> {
            try {
                cases.logContact(caseId, kind.getValue(), date.getValue(), notes.getValue());
                select(caseId);
            } catch (RuntimeException e) {
                ErrorNotifier.show(e);
            }
        });
        log.setId("socialcell-log-contact");
        return new Div(kind, date, notes, log);
    }

    Long selectedCase() {
        return selected;
    }

    @Override
    public String titleKey() {
        return "socialcell.caseload.title";
    }
}
