package fr.caleol.committee.service;

import fr.caleol.base.csv.CsvWriter;
import fr.caleol.base.pdf.PdfLayout;
import fr.caleol.committee.service.ActivityReportSections.Line;
import fr.caleol.committee.service.ActivityReportSections.Section;
import java.util.List;

/**
 * The activity report's documents, in French whatever the screen's language: the CSV of its figures (one line per
 * figure, with its section) and the yearly report for the board as a PDF (each section's figures with their bars).
 */
public final class ActivityReportDocuments {

    private ActivityReportDocuments() {}

    /** A file name for the period, e.g. {@code rapport-activite-caleol-2026-01-01-2026-12-31}. */
    public static String baseName(ActivityReportService.Report report) {
        return "rapport-activite-caleol-" + report.figures().period().from() + "-" + report.figures().period().to();
    }

    public static byte[] csv(ActivityReportService.Report report) {
        List<Section> sections = ActivityReportSections.french(report.figures());
        return CsvWriter.utf8WithBom(csv -> {
            csv.row(FrenchText.label("report.csv.section"), FrenchText.label("report.csv.figure"),
                    FrenchText.label("report.csv.value"), FrenchText.label("report.csv.detail"));
            csv.row(FrenchText.label("report.csv.period"), scope(report), period(report));
            for (Section section : sections) {
                for (Line line : section.lines()) {
                    csv.row(section.title(), line.label(), line.figure(), line.detail() == null ? "" : line.detail());
                }
                for (String note : section.notes()) {
                    csv.row(section.title(), FrenchText.label("report.csv.note"), note);
                }
            }
        });
    }

    public static byte[] pdf(ActivityReportService.Report report, String footer) {
        List<Section> sections = ActivityReportSections.french(report.figures());
        try (PdfLayout pdf = new PdfLayout(FrenchText.label("report.pdf.title") + " — " + period(report))) {
            pdf.title(FrenchText.label("report.pdf.title"));
            pdf.subheading(scope(report));
            pdf.text(FrenchText.format("report.pdf.period", period(report)));
            pdf.small(FrenchText.label("report.pdf.basis"));
            pdf.rule();
            int number = 1;
            for (Section section : sections) {
                pdf.heading(number++ + ". " + section.title());
                if (section.lines().isEmpty()) {
                    pdf.indented(FrenchText.label("report.empty"));
                }
                for (Line line : section.lines()) {
                    pdf.barRow(line.detail() == null ? line.label() : line.label() + " (" + line.detail() + ")",
                            line.figure(), line.value(), section.max());
                }
                for (String note : section.notes()) {
                    pdf.small(note);
                }
            }
            return pdf.finish(footer);
        }
    }

    private static String scope(ActivityReportService.Report report) {
        return report.committeeName() == null ? FrenchText.label("report.allCommittees") : report.committeeName();
    }

    private static String period(ActivityReportService.Report report) {
        return FrenchText.format("report.periodRange", FrenchText.longDate(report.figures().period().from()),
                FrenchText.longDate(report.figures().period().to()));
    }
}
