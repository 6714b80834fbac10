package fr.caleol.socialcell.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.server.streams.DownloadHandler;
import fr.caleol.base.domain.LandlordTime;
import fr.caleol.base.events.EventBus;
import fr.caleol.base.events.UiEvents;
import fr.caleol.base.ui.ErrorNotifier;
import fr.caleol.base.ui.HasTitleKey;
import fr.caleol.base.ui.MainLayout;
import fr.caleol.base.ui.components.Formats;
import fr.caleol.base.ui.components.LocalizedDatePicker;
import fr.caleol.base.ui.components.SvgBarChart;
import fr.caleol.security.domain.Role;
import fr.caleol.socialcell.domain.FiguresPeriod;
import fr.caleol.socialcell.service.CasesChangedEvent;
import fr.caleol.socialcell.service.PlanDefaultEvent;
import fr.caleol.socialcell.service.TeamFigures.AdviserCounters;
import fr.caleol.socialcell.service.TeamFigures.Counters;
import fr.caleol.socialcell.service.TeamFigures.StatusCount;
import fr.caleol.socialcell.service.TeamFigures.TeamDeadline;
import fr.caleol.socialcell.service.TeamFigures.UnpaidRates;
import fr.caleol.socialcell.service.TeamFiguresService;
import fr.caleol.tenancy.domain.MonthlyUnpaid;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * The team lead's live dashboard: the unpaid rate per month (from the last detection), open cases by status, the
 * counters per period and adviser, the deadlines of the week, each chart with its text alternative and a table of
 * its figures, and CSV exports. Refreshed when cases change or a plan goes into default.
 */
@Route(value = "cellule-sociale/tableau-de-bord", layout = MainLayout.class)
@RolesAllowed({Role.Names.SOCIAL_CELL_LEAD, Role.Names.ADMIN})
public class TeamDashboardView extends VerticalLayout implements HasTitleKey {

    private final Clock clock;
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MM/yy");

    private final TeamFiguresService figures;
    private final Select<FiguresPeriod> period = new Select<>();
    private final LocalizedDatePicker from;
    private final LocalizedDatePicker to;
    private final Div content = new Div();

    public TeamDashboardView(TeamFiguresService figures, EventBus bus, Clock clock) {
        this.figures = figures;
        this.clock = clock;
        period.setId("socialcell-period");
        period.setLabel(getTranslation("socialcell.period"));
        period.setItems(FiguresPeriod.values());
        period.setItemLabelGenerator(p -> getTranslation("socialcell.period." + p.name()));
        period.setValue(FiguresPeriod.SINCE_CRISIS);
        from = new LocalizedDatePicker(getTranslation("socialcell.period.from"));
        from.setId("socialcell-period-from");
        to = new LocalizedDatePicker(getTranslation("socialcell.period.to"));
        to.setId("socialcell-period-to");
        from.setVisible(false);
        to.setVisible(false);
        period.addValueChangeListener(e -> {
            boolean custom = e.getValue() == FiguresPeriod.CUSTOM;
            from.setVisible(custom);
            to.setVisible(custom);
            if (custom && from.getValue() == null) {
                FiguresPeriod.Range r = FiguresPeriod.THIS_MONTH.range(LandlordTime.today(clock));
                from.setValue(r.from());
                to.setValue(r.to());
            }
            refresh();
        });
        from.addValueChangeListener(e -> refresh());
        to.addValueChangeListener(e -> refresh());
        content.setWidthFull();
        HorizontalLayout chooser = new HorizontalLayout(period, from, to);
        chooser.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        add(new H2(getTranslation("socialcell.dashboard.title")), content);
        this.chooser = chooser;
        UiEvents.subscribe(this, bus, CasesChangedEvent.class, e -> refresh());
        UiEvents.subscribe(this, bus, PlanDefaultEvent.class, e -> refresh());
    }

    private final HorizontalLayout chooser;

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        refresh();
    }

    /** The chosen period; null while a custom period is incomplete or reversed. */
    FiguresPeriod.Range range() {
        if (period.getValue() != FiguresPeriod.CUSTOM) {
            return period.getValue().range(LandlordTime.today(clock));
        }
        if (from.getValue() == null || to.getValue() == null || from.getValue().isAfter(to.getValue())) {
            return null;
        }
        return new FiguresPeriod.Range(from.getValue(), to.getValue());
    }

    void refresh() {
        content.removeAll();
        try {
            content.add(unpaidSection(), statusSection(), countersSection(), deadlinesSection());
        } catch (RuntimeException e) {
            ErrorNotifier.show(e);
        }
    }

    private Component unpaidSection() {
        UnpaidRates rates = figures.unpaidRates();
        Div section = new Div(new H3(getTranslation("socialcell.unpaid.title")));
        if (rates.computedOn() == null || rates.months().isEmpty()) {
            section.add(new Paragraph(getTranslation("socialcell.unpaid.none")));
            return section;
        }
        List<MonthlyUnpaid.Month> months = rates.months();
        MonthlyUnpaid.Month last = months.getLast();
        MonthlyUnpaid.Month worst = months.stream()
                .max(java.util.Comparator.comparingDouble(MonthlyUnpaid.Month::ratePercent)).orElse(last);
        Paragraph computed = new Paragraph(getTranslation("socialcell.unpaid.computed",
                Formats.date(rates.computedOn(), getLocale())));
        computed.setId("socialcell-unpaid-computed");
        Component chart = SvgBarChart.render("chart-unpaid", getTranslation("socialcell.unpaid.title"),
                getTranslation("socialcell.unpaid.desc", months.size(), MONTH.format(last.month()),
                        percent(last.ratePercent()), MONTH.format(worst.month()), percent(worst.ratePercent())),
                months.stream().map(m -> MONTH.format(m.month())).toList(),
                List.of(new SvgBarChart.Series(getTranslation("socialcell.unpaid.rate"), "#c01c28",
                        months.stream().map(m -> (int) Math.round(m.ratePercent())).toList())));
        Grid<MonthlyUnpaid.Month> table = new Grid<>();
        table.setId("table-unpaid");
        table.addColumn(m -> MONTH.format(m.month())).setHeader(getTranslation("socialcell.unpaid.month"));
        table.addColumn(MonthlyUnpaid.Month::leasesCalled).setHeader(getTranslation("socialcell.unpaid.called"));
        table.addColumn(MonthlyUnpaid.Month::leasesUnpaid).setHeader(getTranslation("socialcell.unpaid.unpaid"));
        table.addColumn(m -> percent(m.ratePercent())).setHeader(getTranslation("socialcell.unpaid.rate"));
        table.setItems(months);
        table.setHeight("20rem");
        table.setWidth("30rem");
        Anchor csv = new Anchor(csv("taux-impayes", figures::unpaidRatesCsv), getTranslation("socialcell.export.unpaid"));
        csv.setId("export-unpaid");
        section.add(computed, row(chart, table), csv);
        return section;
    }

    private Component statusSection() {
        List<StatusCount> statuses = figures.openCasesByStatus();
        int total = statuses.stream().mapToInt(StatusCount::count).sum();
        Component chart = SvgBarChart.render("chart-status", getTranslation("socialcell.byStatus"),
                getTranslation("socialcell.byStatus.desc", total),
                statuses.stream().map(s -> getTranslation("socialcell.status." + s.status().name())).toList(),
                List.of(new SvgBarChart.Series(getTranslation("socialcell.count"), "#1a5fb4",
                        statuses.stream().map(StatusCount::count).toList())));
        Grid<StatusCount> table = new Grid<>();
        table.setId("socialcell-by-status");
        table.addColumn(r -> getTranslation("socialcell.status." + r.status().name()))
                .setHeader(getTranslation("socialcell.status"));
        table.addColumn(StatusCount::count).setHeader(getTranslation("socialcell.count"));
        table.setItems(statuses);
        table.setAllRowsVisible(true);
        table.setWidth("24rem");
        return new Div(new H3(getTranslation("socialcell.byStatus")), row(chart, table));
    }

    private Component countersSection() {
        Div section = new Div(new H3(getTranslation("socialcell.counters.title")), chooser);
        FiguresPeriod.Range range = range();
        if (range == null) {
            section.add(new Paragraph(getTranslation("socialcell.period.invalid")));
            return section;
        }
        Counters counters = figures.counters(range.from(), range.to());
        List<AdviserCounters> per = counters.perAdviser();
        AdviserCounters t = counters.total();
        Component chart = SvgBarChart.render("chart-counters", getTranslation("socialcell.counters.title"),
                getTranslation("socialcell.counters.desc", Formats.date(range.from(), getLocale()),
                        Formats.date(range.to(), getLocale()), t.outgoingCalls(), t.incomingCalls(), t.letters(),
                        t.plansSetUp(), t.plansDefaulted()),
                per.stream().map(this::adviserLabel).toList(), List.of(
                        series("socialcell.counter.outgoing", "#1a5fb4", per, AdviserCounters::outgoingCalls),
                        series("socialcell.counter.incoming", "#8aa4c8", per, AdviserCounters::incomingCalls),
                        series("socialcell.counter.letters", "#e5a50a", per, AdviserCounters::letters),
                        series("socialcell.counter.plans", "#26a269", per, AdviserCounters::plansSetUp),
                        series("socialcell.counter.defaults", "#c01c28", per, AdviserCounters::plansDefaulted)));
        Grid<AdviserCounters> table = new Grid<>();
        table.setId("socialcell-by-adviser");
        table.addColumn(this::adviserLabel).setHeader(getTranslation("socialcell.adviser")).setFlexGrow(1)
                .setFooter(getTranslation("socialcell.counters.total"));
        table.addColumn(AdviserCounters::outgoingCalls).setHeader(getTranslation("socialcell.counter.outgoing"))
                .setFooter(String.valueOf(t.outgoingCalls()));
        table.addColumn(AdviserCounters::incomingCalls).setHeader(getTranslation("socialcell.counter.incoming"))
                .setFooter(String.valueOf(t.incomingCalls()));
        table.addColumn(AdviserCounters::letters).setHeader(getTranslation("socialcell.counter.letters"))
                .setFooter(String.valueOf(t.letters()));
        table.addColumn(AdviserCounters::plansSetUp).setHeader(getTranslation("socialcell.counter.plans"))
                .setFooter(String.valueOf(t.plansSetUp()));
        table.addColumn(AdviserCounters::plansDefaulted).setHeader(getTranslation("socialcell.counter.defaults"))
                .setFooter(String.valueOf(t.plansDefaulted()));
        table.setItems(per);
        table.setAllRowsVisible(true);
        Paragraph totals = new Paragraph(getTranslation("socialcell.counters.teamTotals", t.outgoingCalls(),
                t.incomingCalls(), t.letters(), t.plansSetUp(), t.plansDefaulted()));
        totals.setId("socialcell-team-totals");
        Anchor csv = new Anchor(csv("compteurs-cellule-" + range.from() + "-" + range.to(),
                () -> figures.countersCsv(range.from(), range.to())), getTranslation("socialcell.export.counters"));
        csv.setId("export-counters");
        section.add(totals, chart, table, csv);
        return section;
    }

    private Component deadlinesSection() {
        List<TeamDeadline> week = figures.deadlinesThisWeek();
        Grid<TeamDeadline> table = new Grid<>();
        table.setId("socialcell-week-deadlines");
        table.addColumn(d -> Formats.date(d.due(), getLocale())).setHeader(getTranslation("socialcell.due"));
        table.addColumn(d -> getTranslation("socialcell.deadline." + d.kind().name()))
                .setHeader(getTranslation("socialcell.deadline")).setFlexGrow(1);
        table.addColumn(TeamDeadline::holder).setHeader(getTranslation("socialcell.holder"));
        table.addColumn(TeamDeadline::leaseReference).setHeader(getTranslation("socialcell.lease"));
        table.addColumn(d -> d.adviser() == null ? getTranslation("socialcell.unassigned") : d.adviser())
                .setHeader(getTranslation("socialcell.adviser"));
        table.setItems(week);
        table.setAllRowsVisible(true);
        table.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate(CaseView.class,
                new RouteParameters("caseId", String.valueOf(e.getItem().caseId())))));
        Div section = new Div(new H3(getTranslation("socialcell.weekDeadlines")));
        if (week.isEmpty()) {
            section.add(new Paragraph(getTranslation("socialcell.weekDeadlines.none")));
        }
        section.add(table);
        return section;
    }

    private SvgBarChart.Series series(String key, String color, List<AdviserCounters> rows,
            java.util.function.ToIntFunction<AdviserCounters> value) {
        List<Integer> values = new ArrayList<>();
        rows.forEach(r -> values.add(value.applyAsInt(r)));
        return new SvgBarChart.Series(getTranslation(key), color, values);
    }

    private String adviserLabel(AdviserCounters a) {
        return a.adviser() == null ? getTranslation("socialcell.unassigned") : a.adviser();
    }

    private String percent(double value) {
        return String.format(getLocale(), "%.1f %%", value);
    }

    private static HorizontalLayout row(Component chart, Component table) {
        HorizontalLayout row = new HorizontalLayout(chart, table);
        row.setWidthFull();
        row.setWrap(true);
        return row;
    }

    private static DownloadHandler csv(String name, Supplier<byte[]> content) {
        return event -> {
            event.setFileName(name + ".csv");
            event.setContentType("text/csv; charset=UTF-8");
            event.getOutputStream().write(content.get());
        };
    }

    @Override
    public String titleKey() {
        return "socialcell.dashboard.title";
    }
}
