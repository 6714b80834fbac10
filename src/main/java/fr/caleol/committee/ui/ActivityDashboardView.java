package fr.caleol.committee.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableBody;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import fr.caleol.base.domain.Euros;
import fr.caleol.base.domain.LandlordTime;
import fr.caleol.base.errors.BusinessException;
import fr.caleol.base.ui.ErrorNotifier;
import fr.caleol.base.ui.HasTitleKey;
import fr.caleol.base.ui.MainLayout;
import fr.caleol.base.ui.components.LocalizedDatePicker;
import fr.caleol.base.ui.components.SvgBarChart;
import fr.caleol.committee.domain.ActivityReport.Period;
import fr.caleol.committee.domain.Committee;
import fr.caleol.committee.domain.FirstQuartileThreshold;
import fr.caleol.committee.service.ActivityReportDocuments;
import fr.caleol.committee.service.ActivityReportSections.Line;
import fr.caleol.committee.service.ActivityReportSections.Section;
import fr.caleol.committee.service.ActivityReportSections;
import fr.caleol.committee.service.ActivityReportService;
import fr.caleol.security.domain.Role;
import fr.caleol.security.service.CurrentUser;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The committee's activity over a period (CCH R441-9) and the legal shares of attribution (CCH L441-1): each section
 * as a server-made SVG chart with its table, the figures as CSV and the yearly report for the board as a PDF. ADMIN
 * also enters the yearly first-quartile thresholds here.
 */
@Route(value = "commissions/activite", layout = MainLayout.class)
@RolesAllowed({Role.Names.ADMIN, Role.Names.SECRETARY})
public class ActivityDashboardView extends VerticalLayout implements HasTitleKey {

    private final ActivityReportService reports;
    private final LocalizedDatePicker from;
    private final LocalizedDatePicker to;
    private final Select<Optional<Committee>> committee = new Select<>();
    private final Div downloads = new Div();
    private final Div content = new Div();
    private final Grid<FirstQuartileThreshold> thresholds = new Grid<>();
    private final IntegerField thresholdYear = new IntegerField();
    private final BigDecimalField thresholdAmount = new BigDecimalField();
    private final TextField thresholdSource = new TextField();
    private Long thresholdVersion;

    public ActivityDashboardView(ActivityReportService reports, CurrentUser currentUser, Clock clock) {
        this.reports = reports;
        LocalDate today = LandlordTime.today(clock);
        from = new LocalizedDatePicker(getTranslation("report.from"));
        from.setId("report-from");
        from.setValue(today.withDayOfYear(1));
        to = new LocalizedDatePicker(getTranslation("report.to"));
        to.setId("report-to");
        to.setValue(today);
        committee.setId("report-committee");
        committee.setLabel(getTranslation("report.committee"));
        List<Optional<Committee>> choices = new ArrayList<>();
        choices.add(Optional.empty());
        reports.committees().forEach(c -> choices.add(Optional.of(c)));
        committee.setItems(choices);
        committee.setItemLabelGenerator(c -> c.map(Committee::getName)
                .orElseGet(() -> getTranslation("report.allCommittees")));
        committee.setValue(Optional.empty());
        Button show = new Button(getTranslation("report.show"), click -> show());
        show.setId("report-show");
        show.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button lastYear = new Button(getTranslation("report.lastYear", today.getYear() - 1), click -> {
            from.setValue(LocalDate.of(today.getYear() - 1, 1, 1));
            to.setValue(LocalDate.of(today.getYear() - 1, 12, 31));
            show();
        });
        lastYear.setId("report-last-year");
        HorizontalLayout bar = new HorizontalLayout(from, to, committee, show, lastYear);
        bar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        bar.setWrap(true);
        downloads.setId("report-downloads");
        content.setId("report-content");
        content.setWidthFull();
        add(new H2(getTranslation("report.title")), new Paragraph(getTranslation("report.intro")), bar, downloads,
                content);
        add(thresholdsSection(currentUser.hasRole(Role.ADMIN)));
        show();
    }

    /** Computes and shows the report of the chosen period and committee. */
    void show() {
        content.removeAll();
        downloads.removeAll();
        if (from.getValue() == null || to.getValue() == null || to.getValue().isBefore(from.getValue())) {
            to.setInvalid(true);
            to.setErrorMessage(getTranslation("report.error.period"));
            return;
        }
        to.setInvalid(false);
        ActivityReportService.Report report;
        try {
            report = reports.report(new ActivityReportService.Request(new Period(from.getValue(), to.getValue()),
                    committee.getValue().map(Committee::getId).orElse(null)));
        } catch (BusinessException e) {
            ErrorNotifier.show(e);
            return;
        }
        String name = ActivityReportDocuments.baseName(report);
        Anchor csv = new Anchor(DownloadHandler.fromInputStream(event -> new DownloadResponse(
                new ByteArrayInputStream(ActivityReportDocuments.csv(report)), name + ".csv", "text/csv", -1)),
                getTranslation("report.downloadCsv"));
        csv.setId("report-csv");
        csv.getElement().setAttribute("download", true);
        Anchor pdf = new Anchor(DownloadHandler.fromInputStream(event -> new DownloadResponse(
                new ByteArrayInputStream(reports.pdf(report)), name + ".pdf", "application/pdf", -1)),
                getTranslation("report.downloadPdf"));
        pdf.setId("report-pdf");
        pdf.getElement().setAttribute("download", true);
        HorizontalLayout links = new HorizontalLayout(csv, pdf);
        downloads.add(links);

        List<Section> sections = ActivityReportSections.of(report.figures(), this::getTranslation, getLocale());
        for (Section section : sections) {
            content.add(section(section));
        }
    }

    private Component section(Section section) {
        Div box = new Div();
        box.setId("report-" + section.id());
        box.addClassName("report-section");
        box.add(new H3(section.title()));
        if (section.charted()) {
            List<SvgBarChart.Bar> bars = section.lines().stream()
                    .map(l -> new SvgBarChart.Bar(l.label(), l.value(), l.figure())).toList();
            box.add(SvgBarChart.horizontal("chart-" + section.id(), section.title(), description(section), bars,
                    section.max(), section.target(), section.targetLabel()));
        }
        if (section.lines().isEmpty()) {
            box.add(new Paragraph(getTranslation("report.empty")));
        } else {
            NativeTable table = new NativeTable();
            table.setId("table-" + section.id());
            table.addClassName("report-table");
            NativeTableBody body = table.addBody();
            for (Line line : section.lines()) {
                NativeTableRow row = body.addRow();
                row.add(new NativeTableHeaderCell(line.label()), new NativeTableCell(line.figure()));
                if (line.detail() != null) {
                    row.add(new NativeTableCell(line.detail()));
                }
            }
            box.add(table);
        }
        section.notes().forEach(note -> box.add(new Paragraph(note)));
        return box;
    }

    /** The text alternative of a chart: every figure in one sentence. */
    private static String description(Section section) {
        StringBuilder text = new StringBuilder();
        for (Line line : section.lines()) {
            text.append(text.isEmpty() ? "" : " ; ").append(line.label()).append(" : ").append(line.figure());
        }
        return text.toString();
    }

    private Component thresholdsSection(boolean admin) {
        Div box = new Div();
        box.setId("report-thresholds");
        box.add(new H3(getTranslation("report.thresholds.title")), new Paragraph(getTranslation(
                "report.thresholds.intro")));
        thresholds.setId("thresholds-grid");
        thresholds.addColumn(FirstQuartileThreshold::getYear).setHeader(getTranslation("report.thresholds.year"))
                .setAutoWidth(true);
        thresholds.addColumn(t -> Euros.format(t.getAnnualPerUnit(), getLocale()))
                .setHeader(getTranslation("report.thresholds.amount")).setAutoWidth(true);
        thresholds.addColumn(FirstQuartileThreshold::getSource).setHeader(getTranslation("report.thresholds.source"))
                .setFlexGrow(1);
        thresholds.addColumn(FirstQuartileThreshold::getEnteredBy)
                .setHeader(getTranslation("report.thresholds.enteredBy")).setAutoWidth(true);
        thresholds.setAllRowsVisible(true);
        thresholds.setItems(reports.thresholds());
        box.add(thresholds);
        if (!admin) {
            return box;
        }
        thresholds.addItemClickListener(e -> {
            thresholdYear.setValue(e.getItem().getYear());
            thresholdAmount.setValue(e.getItem().getAnnualPerUnit());
            thresholdSource.setValue(e.getItem().getSource());
            thresholdVersion = e.getItem().getVersion();
        });
        thresholdYear.setId("threshold-year");
        thresholdYear.setLabel(getTranslation("report.thresholds.year"));
        thresholdYear.setMin(FirstQuartileThreshold.YEAR_MIN);
        thresholdYear.setMax(FirstQuartileThreshold.YEAR_MAX);
        thresholdYear.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                thresholdVersion = reports.thresholds().stream().filter(t -> e.getValue() != null
                        && t.getYear() == e.getValue()).map(FirstQuartileThreshold::getVersion).findFirst()
                        .orElse(null);
            }
        });
        thresholdAmount.setId("threshold-amount");
        thresholdAmount.setLabel(getTranslation("report.thresholds.amount"));
        thresholdSource.setId("threshold-source");
        thresholdSource.setLabel(getTranslation("report.thresholds.source"));
        thresholdSource.setHelperText(getTranslation("report.thresholds.source.help"));
        thresholdSource.setMaxLength(FirstQuartileThreshold.SOURCE_MAX);
        thresholdSource.setWidth("28rem");
        Button save = new Button(getTranslation("action.save"), click -> saveThreshold());
        save.setId("threshold-save");
        HorizontalLayout form = new HorizontalLayout(thresholdYear, thresholdAmount, thresholdSource, save);
        form.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        form.setWrap(true);
        box.add(form);
        return box;
    }

    private void saveThreshold() {
        if (thresholdYear.getValue() == null) {
            thresholdYear.setInvalid(true);
            thresholdYear.setErrorMessage(getTranslation("validation.required"));
            return;
        }
        thresholdYear.setInvalid(false);
        try {
            FirstQuartileThreshold saved = reports.setThreshold(thresholdYear.getValue(), thresholdAmount.getValue(),
                    thresholdSource.getValue(), thresholdVersion);
            thresholdVersion = saved.getVersion();
        } catch (BusinessException e) {
            ErrorNotifier.show(e);
            return;
        }
        thresholds.setItems(reports.thresholds());
        Notification.show(getTranslation("report.thresholds.saved", thresholdYear.getValue()), 4000,
                Notification.Position.BOTTOM_START).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        show();
    }

    @Override
    public String titleKey() {
        return "report.title";
    }
}
