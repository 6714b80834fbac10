package fr.caleol.outreach.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import fr.caleol.base.events.EventBus;
import fr.caleol.base.events.UiEvents;
import fr.caleol.base.ui.ErrorNotifier;
import fr.caleol.base.ui.HasTitleKey;
import fr.caleol.base.ui.MainLayout;
import fr.caleol.base.ui.components.Formats;
import fr.caleol.base.ui.components.SvgBarChart;
import fr.caleol.outreach.domain.ReferralStatus;
import fr.caleol.outreach.service.CallService;
import fr.caleol.outreach.service.CampaignSummary;
import fr.caleol.outreach.service.DashboardFigures;
import fr.caleol.outreach.service.DashboardService;
import fr.caleol.outreach.service.OutreachChangedEvent;
import fr.caleol.outreach.service.OutreachService;
import fr.caleol.outreach.service.ReferralSheet;
import fr.caleol.outreach.service.UrgentCallEvent;
import fr.caleol.security.domain.Role;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;

/** The coordinator's live dashboard: figures, SVG charts with their tables, urgent alerts, queues, exports. */
@Route(value = "appels/tableau-de-bord", layout = MainLayout.class)
@RolesAllowed(Role.Names.OUTREACH_COORDINATOR)
public class OutreachDashboardView extends VerticalLayout implements HasTitleKey {

    private final DashboardService dashboard;
    private final CallService calls;
    private final ReferralSheet referralSheet;
    private final Select<CampaignSummary> campaign = new Select<>();
    private final Div content = new Div();

    public OutreachDashboardView(OutreachService outreach, DashboardService dashboard, CallService calls,
            ReferralSheet referralSheet, EventBus bus) {
        this.referralSheet = referralSheet;
        this.dashboard = dashboard;
        this.calls = calls;
        campaign.setId("dashboard-campaign");
        campaign.setLabel(getTranslation("outreach.campaign"));
        campaign.setItemLabelGenerator(CampaignSummary::name);
        List<CampaignSummary> campaigns = outreach.campaigns();
        campaign.setItems(campaigns);
        campaigns.stream().filter(c -> c.status() == fr.caleol.outreach.domain.CampaignStatus.RUNNING).findFirst()
                .or(() -> campaigns.stream().findFirst()).ifPresent(campaign::setValue);
        campaign.addValueChangeListener(e -> refresh());
        content.setWidthFull();
        add(new H2(getTranslation("outreach.dashboard.title")), campaign, content);
        UiEvents.subscribe(this, bus, OutreachChangedEvent.class, e -> refreshIf(e.campaignId()));
        UiEvents.subscribe(this, bus, UrgentCallEvent.class, e -> refreshIf(e.campaignId()));
    }

    /** Opens the dashboard on a campaign (tests, links). */
    public void show(long campaignId) {
        campaign.getListDataView().getItems().filter(c -> c.id() == campaignId).findFirst()
                .ifPresent(campaign::setValue);
        refresh();
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        refresh();
    }

    private void refreshIf(long campaignId) {
        if (campaign.getValue() != null && campaign.getValue().id() == campaignId) {
            refresh();
        }
    }

    private void refresh() {
        content.removeAll();
        CampaignSummary selected = campaign.getValue();
        if (selected == null) {
            content.add(new Paragraph(getTranslation("outreach.noCampaign")));
            return;
        }
        DashboardFigures f = dashboard.figures(selected.id());
        FlexLayout tiles = new FlexLayout(
                tile("tile-targeted", "outreach.fig.targeted", String.valueOf(f.targeted())),
                tile("tile-reached", "outreach.fig.reached", f.reached() + " (" + f.reachedPercent() + " %)"),
                tile("tile-referred", "outreach.fig.referred",
                        f.referred() + " (" + f.referredPercentOfReached() + " %)"),
                tile("tile-regular", "outreach.fig.wantsRegular",
                        f.wantsRegular() + " (" + f.wantsRegularPercentOfReached() + " %)"),
                tile("tile-urgent", "outreach.fig.urgentOpen", String.valueOf(f.urgentOpen())),
                tile("tile-neighbours", "outreach.fig.neighbours", String.valueOf(f.neighbourReportsOpen())));
        tiles.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        tiles.getStyle().set("gap", "var(--lumo-space-m)");

        Div alerts = new Div();
        alerts.setId("urgent-alerts");
        alerts.add(new H3(getTranslation("outreach.urgent.title")));
        List<CallService.UrgentAlert> open = calls.openUrgentAlerts(selected.id());
        if (open.isEmpty()) {
            alerts.add(new Paragraph(getTranslation("outreach.urgent.none")));
        }
        for (CallService.UrgentAlert alert : open) {
            Button close = new Button(getTranslation("outreach.urgent.close"), click -> {
                try {
                    calls.closeUrgent(alert.callId());
                    refresh();
                } catch (RuntimeException e) {
                    ErrorNotifier.show(e);
                }
            });
            Span text = new Span(getTranslation("outreach.urgent.line", alert.tenantName(),
                    alert.phone() == null ? "" : alert.phone(), alert.caller(),
                    Formats.utcDateTime(alert.calledAtUtc(), getLocale()),
                    alert.notes() == null ? "" : alert.notes()));
            HorizontalLayout line = new HorizontalLayout(text, close);
            line.addClassName("urgent-alert");
            line.getElement().setAttribute("role", "alert");
            line.getStyle().set("background", "var(--lumo-error-color-10pct)").set("padding", "var(--lumo-space-s)");
            alerts.add(line);
        }

        List<String> weeks = f.perWeek().stream().map(w -> getTranslation("outreach.week.short", w.week())).toList();
        Component weekChart = SvgBarChart.render("chart-weeks", getTranslation("outreach.chart.weeks.title"),
                getTranslation("outreach.chart.weeks.desc", f.currentWeek(),
                        f.perWeek().get(f.currentWeek() - 1).called(), f.perWeek().get(f.currentWeek() - 1).planned()),
                weeks, List.of(
                        new SvgBarChart.Series(getTranslation("outreach.fig.planned"), "#8aa4c8",
                                f.perWeek().stream().map(DashboardFigures.WeekFigure::planned).toList()),
                        new SvgBarChart.Series(getTranslation("outreach.fig.called"), "#1a5fb4",
                                f.perWeek().stream().map(DashboardFigures.WeekFigure::called).toList()),
                        new SvgBarChart.Series(getTranslation("outreach.fig.reachedWeek"), "#26a269",
                                f.perWeek().stream().map(DashboardFigures.WeekFigure::reached).toList())));
        Grid<DashboardFigures.WeekFigure> weekTable = new Grid<>();
        weekTable.setId("table-weeks");
        weekTable.addColumn(DashboardFigures.WeekFigure::week).setHeader(getTranslation("outreach.week"));
        weekTable.addColumn(DashboardFigures.WeekFigure::planned).setHeader(getTranslation("outreach.fig.planned"));
        weekTable.addColumn(DashboardFigures.WeekFigure::called).setHeader(getTranslation("outreach.fig.called"));
        weekTable.addColumn(DashboardFigures.WeekFigure::reached)
                .setHeader(getTranslation("outreach.fig.reachedWeek"));
        weekTable.setItems(f.perWeek());
        weekTable.setAllRowsVisible(true);
        weekTable.setWidth("28rem");

        List<DashboardFigures.VolunteerFigure> volunteers = f.perVolunteer();
        Component volunteerChart = SvgBarChart.render("chart-volunteers",
                getTranslation("outreach.chart.volunteers.title"),
                getTranslation("outreach.chart.volunteers.desc", volunteers.size()),
                volunteers.stream().map(DashboardFigures.VolunteerFigure::username).toList(), List.of(
                        new SvgBarChart.Series(getTranslation("outreach.fig.load"), "#8aa4c8",
                                volunteers.stream().map(DashboardFigures.VolunteerFigure::load).toList()),
                        new SvgBarChart.Series(getTranslation("outreach.fig.calledThisWeek"), "#1a5fb4",
                                volunteers.stream().map(DashboardFigures.VolunteerFigure::calledThisWeek).toList())));
        Grid<DashboardFigures.VolunteerFigure> volunteerTable = new Grid<>();
        volunteerTable.setId("table-volunteers");
        volunteerTable.addColumn(DashboardFigures.VolunteerFigure::displayName)
                .setHeader(getTranslation("outreach.volunteer"));
        volunteerTable.addColumn(DashboardFigures.VolunteerFigure::capacity)
                .setHeader(getTranslation("outreach.capacity"));
        volunteerTable.addColumn(DashboardFigures.VolunteerFigure::load).setHeader(getTranslation("outreach.fig.load"));
        volunteerTable.addColumn(v -> v.calledThisWeek() + " (" + v.completionPercent() + " %)")
                .setHeader(getTranslation("outreach.fig.calledThisWeek"));
        volunteerTable.setItems(volunteers);
        volunteerTable.setAllRowsVisible(true);
        volunteerTable.setWidth("32rem");

        Grid<CallService.NeighbourReport> neighbours = new Grid<>();
        neighbours.setId("neighbour-queue");
        neighbours.addColumn(CallService.NeighbourReport::address).setHeader(getTranslation("outreach.neighbour.address"));
        neighbours.addColumn(CallService.NeighbourReport::description)
                .setHeader(getTranslation("outreach.neighbour.description")).setFlexGrow(3);
        neighbours.addColumn(CallService.NeighbourReport::reportedBy).setHeader(getTranslation("outreach.volunteer"));
        neighbours.addComponentColumn(r -> new Button(getTranslation("outreach.neighbour.handled"), click -> {
            calls.neighbourHandled(r.id());
            refresh();
        }));
        neighbours.setItems(calls.neighbourQueue(selected.id()));
        neighbours.setAllRowsVisible(true);

        Grid<CallService.Referral> referrals = new Grid<>();
        referrals.setId("referrals");
        referrals.addColumn(CallService.Referral::tenantName).setHeader(getTranslation("outreach.tenant"))
                .setAutoWidth(true);
        referrals.addColumn(CallService.Referral::reason).setHeader(getTranslation("outreach.referral.reason"))
                .setFlexGrow(2);
        referrals.addComponentColumn(r -> {
            Select<ReferralStatus> status = new Select<>();
            status.setItems(ReferralStatus.values());
            status.setItemLabelGenerator(s -> getTranslation("outreach.referralStatus." + s.name()));
            status.setValue(r.status());
            status.setAriaLabel(getTranslation("outreach.status"));
            TextField outcome = new TextField();
            outcome.setValue(r.outcome() == null ? "" : r.outcome());
            outcome.setAriaLabel(getTranslation("outreach.referral.outcome"));
            outcome.setPlaceholder(getTranslation("outreach.referral.outcome"));
            Button save = new Button(getTranslation("action.save"), click -> {
                try {
                    calls.updateReferral(r.id(), r.version(), status.getValue(), outcome.getValue());
                } catch (RuntimeException e) {
                    ErrorNotifier.show(e);
                }
            });
            return new HorizontalLayout(status, outcome, save);
        }).setHeader(getTranslation("outreach.referral.follow")).setFlexGrow(3);
        referrals.addComponentColumn(r -> new Anchor(pdf(r.id()), getTranslation("outreach.referral.sheet")))
                .setHeader(getTranslation("outreach.referral.sheet"));
        referrals.setItems(calls.referrals(selected.id()));
        referrals.setAllRowsVisible(true);

        Anchor figuresCsv = new Anchor(csv("chiffres", () -> dashboard.figuresCsv(selected.id())),
                getTranslation("outreach.export.figures"));
        figuresCsv.setId("export-figures");
        Anchor callLogCsv = new Anchor(csv("journal-appels", () -> dashboard.callLogCsv(selected.id())),
                getTranslation("outreach.export.calls"));
        callLogCsv.setId("export-calls");

        content.add(tiles, alerts, new H3(getTranslation("outreach.chart.weeks.title")),
                row(weekChart, weekTable), new H3(getTranslation("outreach.chart.volunteers.title")),
                row(volunteerChart, volunteerTable), new H3(getTranslation("outreach.referrals")), referrals,
                new H3(getTranslation("outreach.neighbour.queue")), neighbours,
                new HorizontalLayout(figuresCsv, callLogCsv));
    }

    private static HorizontalLayout row(Component chart, Component table) {
        HorizontalLayout row = new HorizontalLayout(chart, table);
        row.setWidthFull();
        row.setWrap(true);
        return row;
    }

    private Div tile(String id, String labelKey, String value) {
        Span number = new Span(value);
        number.addClassName("outreach-figure");
        number.getStyle().set("font-size", "var(--lumo-font-size-xxl)").set("font-weight", "600");
        Div tile = new Div(new Div(getTranslation(labelKey)), number);
        tile.setId(id);
        tile.getStyle().set("border", "1px solid var(--lumo-contrast-20pct)").set("border-radius", "8px")
                .set("padding", "var(--lumo-space-m)").set("min-width", "11rem");
        return tile;
    }

    private static DownloadHandler csv(String name, java.util.function.Supplier<byte[]> content) {
        return event -> {
            event.setFileName(name + ".csv");
            event.setContentType("text/csv; charset=UTF-8");
            event.getOutputStream().write(content.get());
        };
    }

    private DownloadHandler pdf(long referralId) {
        return event -> {
            event.setFileName("orientation-ccas-" + referralId + ".pdf");
            event.setContentType("application/pdf");
            event.getOutputStream().write(referralSheet.pdf(referralId));
        };
    }

    @Override
    public String titleKey() {
        return "outreach.dashboard.title";
    }
}
