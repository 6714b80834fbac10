package fr.caleol.socialcell.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import fr.caleol.base.domain.Euros;
import fr.caleol.base.domain.LandlordTime;
import fr.caleol.base.events.EventBus;
import fr.caleol.base.events.UiEvents;
import fr.caleol.base.ui.ErrorNotifier;
import fr.caleol.base.ui.HasTitleKey;
import fr.caleol.base.ui.MainLayout;
import fr.caleol.base.ui.components.Formats;
import fr.caleol.security.domain.Role;
import fr.caleol.security.service.CurrentUser;
import fr.caleol.socialcell.domain.CaseStatus;
import fr.caleol.socialcell.service.ArrearsCaseService;
import fr.caleol.socialcell.service.CaseSummary;
import fr.caleol.socialcell.service.CasesChangedEvent;
import fr.caleol.socialcell.service.PlanDefaultEvent;
import fr.caleol.socialcell.service.TeamFigures.Adviser;
import fr.caleol.socialcell.service.TeamFigures.AdviserLoad;
import fr.caleol.socialcell.service.TeamFigures.CaseFilter;
import fr.caleol.socialcell.service.TeamFiguresService;
import fr.caleol.socialcell.service.TodoItem;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The adviser's to-do list of legal deadlines (ordered by date) and their cases; for the team lead, every open case
 * in a lazy, filtered grid, the load per adviser and the assignment of selected cases. A click on a case opens it
 * (route {@code cellule-sociale/dossiers/:caseId}). Refreshed live when cases change.
 */
@Route(value = "cellule-sociale/dossiers", layout = MainLayout.class)
@RolesAllowed({Role.Names.SOCIAL_ADVISER, Role.Names.SOCIAL_CELL_LEAD, Role.Names.ADMIN})
public class CaseloadView extends VerticalLayout implements HasTitleKey {

    private final Clock clock;

    /** A choice of the adviser filter: a given adviser, or the cases without adviser. */
    record AdviserChoice(String username, String label, boolean unassigned) {}

    private final ArrearsCaseService cases;
    private final TeamFiguresService figures;
    private final boolean lead;
    private final Grid<TodoItem> todo = new Grid<>();
    private final Paragraph todoSummary = new Paragraph();
    private final Grid<CaseSummary> grid = new Grid<>();
    private final Grid<AdviserLoad> load = new Grid<>();
    private final Select<CaseStatus> statusFilter = new Select<>();
    private final Select<AdviserChoice> adviserFilter = new Select<>();
    private final Checkbox escalatedFilter = new Checkbox();
    private final TextField textFilter = new TextField();
    private final Select<Adviser> assignee = new Select<>();
    private CaseFilter filter = CaseFilter.ALL;

    public CaseloadView(ArrearsCaseService cases, TeamFiguresService figures, CurrentUser currentUser, EventBus bus,
            Clock clock) {
        this.clock = clock;
        this.cases = cases;
        this.figures = figures;
        this.lead = currentUser.hasAnyRole(Role.SOCIAL_CELL_LEAD, Role.ADMIN);
        todo.setId("socialcell-todo");
        todo.addColumn(t -> Formats.date(t.due(), getLocale())).setHeader(getTranslation("socialcell.due"))
                .setAutoWidth(true).setFlexGrow(0);
        todo.addColumn(t -> getTranslation("socialcell.deadline." + t.kind().name()))
                .setHeader(getTranslation("socialcell.deadline")).setFlexGrow(3);
        todo.addColumn(TodoItem::holder).setHeader(getTranslation("socialcell.holder")).setFlexGrow(2);
        todo.addColumn(TodoItem::leaseReference).setHeader(getTranslation("socialcell.lease")).setAutoWidth(true)
                .setFlexGrow(0);
        // a long to-do list scrolls inside its grid; a deadline already passed stands out
        todo.setHeight("22em");
        todo.setPartNameGenerator(t -> t.due().isBefore(LandlordTime.today(clock)) ? "overdue" : null);
        todoSummary.setId("socialcell-todo-summary");
        todo.addItemClickListener(e -> open(e.getItem().caseId()));
        grid.setId("socialcell-cases");
        grid.addColumn(CaseSummary::holder).setHeader(getTranslation("socialcell.holder")).setFlexGrow(1);
        grid.addColumn(CaseSummary::leaseReference).setHeader(getTranslation("socialcell.lease"));
        grid.addColumn(c -> Formats.date(c.openedOn(), getLocale())).setHeader(getTranslation("socialcell.opened"));
        grid.addColumn(c -> Euros.format(c.debtAtOpening(), getLocale()))
                .setHeader(getTranslation("socialcell.debtAtOpening"));
        grid.addColumn(c -> getTranslation("socialcell.status." + c.status().name()))
                .setHeader(getTranslation("socialcell.status"));
        grid.addColumn(c -> c.escalatedOn() == null ? "" : Formats.date(c.escalatedOn(), getLocale()))
                .setHeader(getTranslation("socialcell.escalated"));
        grid.addColumn(c -> c.adviser() == null ? getTranslation("socialcell.unassigned") : c.adviser())
                .setHeader(getTranslation("socialcell.adviser"));
        grid.addItemClickListener(e -> {
            if (e.getColumn() != null) { // not a click on the selection checkbox
                open(e.getItem().id());
            }
        });
        add(new H2(getTranslation("socialcell.caseload.title")));
        if (lead) {
            buildLead();
        } else {
            add(new H3(getTranslation("socialcell.todo")), todoSummary, todo,
                    new H3(getTranslation("socialcell.myCases")), grid);
            grid.setHeight("28em");
        }
        refresh();
        UiEvents.subscribe(this, bus, CasesChangedEvent.class, e -> refresh());
        UiEvents.subscribe(this, bus, PlanDefaultEvent.class, e -> refresh());
        PlanDefaultAlerts.attach(this, bus, currentUser);
    }

    private void buildLead() {
        statusFilter.setId("socialcell-filter-status");
        statusFilter.setLabel(getTranslation("socialcell.status"));
        List<CaseStatus> open = new ArrayList<>(List.of(CaseStatus.values()));
        open.remove(CaseStatus.RESOLVED);
        statusFilter.setItems(open);
        statusFilter.setEmptySelectionAllowed(true);
        statusFilter.setEmptySelectionCaption(getTranslation("socialcell.filter.any"));
        statusFilter.setItemLabelGenerator(s -> s == null ? getTranslation("socialcell.filter.any")
                : getTranslation("socialcell.status." + s.name()));
        adviserFilter.setId("socialcell-filter-adviser");
        adviserFilter.setLabel(getTranslation("socialcell.adviser"));
        adviserFilter.setEmptySelectionAllowed(true);
        adviserFilter.setEmptySelectionCaption(getTranslation("socialcell.filter.any"));
        adviserFilter.setItemLabelGenerator(a -> a == null ? getTranslation("socialcell.filter.any") : a.label());
        escalatedFilter.setId("socialcell-filter-escalated");
        escalatedFilter.setLabel(getTranslation("socialcell.filter.escalated"));
        textFilter.setId("socialcell-filter-text");
        textFilter.setLabel(getTranslation("socialcell.filter.text"));
        textFilter.setClearButtonVisible(true);
        textFilter.setValueChangeMode(ValueChangeMode.LAZY);
        statusFilter.addValueChangeListener(e -> applyFilter());
        adviserFilter.addValueChangeListener(e -> applyFilter());
        escalatedFilter.addValueChangeListener(e -> applyFilter());
        textFilter.addValueChangeListener(e -> applyFilter());
        HorizontalLayout filters = new HorizontalLayout(textFilter, statusFilter, adviserFilter, escalatedFilter);
        filters.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        filters.setWrap(true);

        grid.setSelectionMode(Grid.SelectionMode.MULTI);
        grid.setItems(query -> figures.cases(filter, query.getOffset(), query.getLimit()).stream(),
                query -> figures.countCases(filter));
        grid.setHeight("28rem");

        assignee.setId("socialcell-assignee");
        assignee.setLabel(getTranslation("socialcell.assign.to"));
        assignee.setItemLabelGenerator(a -> a.displayName() + " (" + a.username() + ")");
        Button assign = new Button(getTranslation("socialcell.assign.selected"), click -> assignSelected());
        assign.setId("socialcell-assign");
        assign.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout assignment = new HorizontalLayout(assignee, assign);
        assignment.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);

        load.setId("socialcell-load");
        load.addColumn(l -> l.adviser() == null ? getTranslation("socialcell.unassigned")
                : l.displayName() == null ? l.adviser() : l.displayName() + " (" + l.adviser() + ")")
                .setHeader(getTranslation("socialcell.adviser")).setFlexGrow(1);
        load.addColumn(AdviserLoad::openCases).setHeader(getTranslation("socialcell.load.cases"));
        load.addColumn(l -> Euros.format(l.debt(), getLocale())).setHeader(getTranslation("socialcell.load.debt"));
        load.setAllRowsVisible(true);

        add(new H3(getTranslation("socialcell.allCases")), filters, grid, assignment,
                new H3(getTranslation("socialcell.load.title")), load);
    }

    private void applyFilter() {
        AdviserChoice a = adviserFilter.getValue();
        filter = new CaseFilter(statusFilter.getValue(), a == null || a.unassigned() ? null : a.username(),
                a != null && a.unassigned(), escalatedFilter.getValue(), textFilter.getValue());
        grid.getDataProvider().refreshAll();
    }

    private void assignSelected() {
        Set<CaseSummary> selected = grid.getSelectedItems();
        try {
            if (assignee.getValue() == null) {
                throw new fr.caleol.base.errors.BusinessException("socialcell.error.adviser");
            }
            int n = cases.assignAll(selected.stream().map(CaseSummary::id).toList(), assignee.getValue().username());
            grid.deselectAll();
            Notification.show(getTranslation("socialcell.assign.done", n, assignee.getValue().displayName()));
            refresh();
        } catch (RuntimeException e) {
            ErrorNotifier.show(e);
        }
    }

    private void refresh() {
        if (lead) {
            List<Adviser> advisers = figures.advisers();
            AdviserChoice current = adviserFilter.getValue();
            List<AdviserChoice> choices = new ArrayList<>();
            choices.add(new AdviserChoice(null, getTranslation("socialcell.unassigned"), true));
            advisers.forEach(a -> choices.add(new AdviserChoice(a.username(), a.displayName(), false)));
            adviserFilter.setItems(choices);
            if (current != null && choices.contains(current)) {
                adviserFilter.setValue(current);
            }
            Adviser chosen = assignee.getValue();
            assignee.setItems(advisers);
            if (chosen != null && advisers.contains(chosen)) {
                assignee.setValue(chosen);
            }
            grid.getDataProvider().refreshAll();
            load.setItems(figures.loadPerAdviser());
        } else {
            grid.setItems(cases.myCases());
            List<TodoItem> items = cases.myTodo();
            todo.setItems(items);
            LocalDate today = LandlordTime.today(clock);
            todoSummary.setText(getTranslation("socialcell.todo.summary", items.size(),
                    items.stream().filter(t -> t.due().isBefore(today)).count()));
        }
    }

    /** Opens a case on its own screen. */
    void open(long caseId) {
        UI.getCurrent().navigate(CaseView.class, new RouteParameters("caseId", String.valueOf(caseId)));
    }

    @Override
    public String titleKey() {
        return "socialcell.caseload.title";
    }
}
