package fr.caleol.committee.service;

import fr.caleol.committee.domain.ActivityReport;
import fr.caleol.committee.domain.AttributionTargets.Share;
import fr.caleol.committee.domain.DecisionType;
import fr.caleol.committee.domain.OfferState;
import fr.caleol.committee.domain.RefusalGround;
import fr.caleol.committee.domain.SittingMode;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The activity report as sections of labelled figures, the one shape that the dashboard draws (a chart and its
 * table per section), the CSV lists and the PDF prints: what a figure is called and how it is counted is written
 * once, here.
 */
public final class ActivityReportSections {

    /** Finds the wording of a translation key with its arguments (a screen's translations, or French). */
    @FunctionalInterface
    public interface Labels {
        String get(String key, Object... args);
    }

    /**
     * One figure: its label, its value (for the bar), how it is printed, and a detail for the table (or null).
     *
     * @param value the length of its bar, on the section's scale
     */
    public record Line(String label, double value, String figure, String detail) {

        Line(String label, double value, String figure) {
            this(label, value, figure, null);
        }
    }

    /**
     * One section: an id (for screens and tests), a title, its lines, the scale of its bars ({@code max}; 0: no
     * chart) and a target to mark (a legal share's, in percent; null: none), then notes printed below it.
     */
    public record Section(String id, String title, List<Line> lines, double max, Double target, String targetLabel,
            List<String> notes) {

        public boolean charted() {
            return max > 0 && !lines.isEmpty();
        }
    }

    private final Labels labels;
    private final NumberFormat counts;
    private final NumberFormat decimals;
    private final NumberFormat money;

    private ActivityReportSections(Labels labels, Locale locale) {
        this.labels = labels;
        this.counts = NumberFormat.getIntegerInstance(locale);
        this.decimals = NumberFormat.getNumberInstance(locale);
        decimals.setMinimumFractionDigits(1);
        decimals.setMaximumFractionDigits(1);
        this.money = NumberFormat.getNumberInstance(locale);
        money.setMinimumFractionDigits(2);
        money.setMaximumFractionDigits(2);
    }

    /** The sections of a report, worded by {@code labels} and with numbers as {@code locale} writes them. */
    public static List<Section> of(ActivityReport report, Labels labels, Locale locale) {
        return new ActivityReportSections(labels, locale).sections(report);
    }

    /** The sections in French, as the documents print them. */
    static List<Section> french(ActivityReport report) {
        return of(report, FrenchText::format, Locale.FRANCE);
    }

    private List<Section> sections(ActivityReport r) {
        List<Section> sections = new ArrayList<>();

        List<Line> sittings = new ArrayList<>();
        for (SittingMode mode : SittingMode.values()) {
            long n = r.sittingsByMode().getOrDefault(mode, 0L);
            sittings.add(count(labels.get("committee.sittingMode." + mode.name()), n));
        }
        sections.add(new Section("sittings", labels.get("report.section.sittings"), sittings, maxOf(sittings), null,
                null, List.of(labels.get("report.sittings.total", r.sittingsHeld()))));

        List<Line> items = List.of(count(labels.get("report.items.examined"), r.itemsExamined()),
                count(labels.get("report.items.withdrawn"), r.itemsWithdrawn()),
                count(labels.get("report.items.sentBack"), r.itemsSentBack()),
                count(labels.get("report.items.decisions"), r.decisions()));
        sections.add(new Section("items", labels.get("report.section.items"), items, 0, null, null, List.of()));

        List<Line> types = new ArrayList<>();
        for (DecisionType type : DecisionType.values()) {
            types.add(count(labels.get("committee.decisionType." + type.name()), r.decisionsByType()
                    .getOrDefault(type, 0L)));
        }
        sections.add(new Section("decisions", labels.get("report.section.decisions"), types, maxOf(types), null,
                null, List.of()));

        List<Line> communes = new ArrayList<>();
        for (Map.Entry<String, Map<DecisionType, Long>> commune : r.decisionsByCommune().entrySet()) {
            Map<DecisionType, Long> byType = commune.getValue();
            long total = byType.values().stream().mapToLong(Long::longValue).sum();
            long attributed = byType.getOrDefault(DecisionType.ATTRIBUTION, 0L)
                    + byType.getOrDefault(DecisionType.RANKED_ATTRIBUTION, 0L)
                    + byType.getOrDefault(DecisionType.CONDITIONAL_ATTRIBUTION, 0L);
            communes.add(new Line(commune.getKey(), total, counts.format(total), labels.get("report.commune.detail",
                    attributed, total - attributed)));
        }
        sections.add(new Section("communes", labels.get("report.section.communes"), communes, maxOf(communes), null,
                null, List.of(labels.get("report.commune.note"))));

        List<Line> grounds = new ArrayList<>();
        for (RefusalGround ground : RefusalGround.values()) {
            grounds.add(count(labels.get("committee.refusalGround." + ground.name()),
                    r.refusalGrounds().getOrDefault(ground, 0L)));
        }
        sections.add(new Section("grounds", labels.get("report.section.grounds"), grounds, maxOf(grounds), null,
                null, List.of()));

        ActivityReport.Delay delay = r.vacancyToDecision();
        List<Line> delays = delay.known() == 0 ? List.of() : List.of(
                days(labels.get("report.delay.median"), delay.medianDays()),
                new Line(labels.get("report.delay.average"), delay.averageDays(),
                        labels.get("report.days", decimals.format(delay.averageDays()))),
                days(labels.get("report.delay.max"), delay.maxDays()));
        sections.add(new Section("delay", labels.get("report.section.delay"), delays, 0, null, null,
                List.of(labels.get("report.delay.note", delay.known(), delay.unknown()))));

        List<Line> offers = new ArrayList<>();
        for (OfferState state : OfferState.values()) {
            offers.add(count(labels.get("report.offer." + state.name()), r.offers().getOrDefault(state, 0L)));
        }
        sections.add(new Section("offers", labels.get("report.section.offers"), offers, maxOf(offers), null, null,
                List.of()));

        Share quartile = r.firstQuartile();
        Share priority = r.priority();
        List<Line> targets = List.of(share(labels.get("report.target.firstQuartile"), quartile),
                share(labels.get("report.target.priority"), priority));
        List<String> notes = new ArrayList<>();
        notes.add(labels.get("report.target.attributions", r.attributions(), r.dalo()));
        notes.add(labels.get("report.target.firstQuartile.target", quartile.targetPercent(), quartile.count(),
                quartile.of()) + " " + verdict(quartile));
        notes.add(labels.get("report.target.priority.target", priority.targetPercent(), priority.count(),
                priority.of()) + " " + verdict(priority));
        r.thresholds().forEach((year, amount) -> notes.add(labels.get("report.target.threshold", year,
                money.format(amount))));
        if (r.firstQuartileUnknown() > 0) {
            notes.add(labels.get("report.target.noThreshold", r.firstQuartileUnknown()));
        }
        boolean oneTarget = quartile.targetPercent() == priority.targetPercent();
        sections.add(new Section("targets", labels.get("report.section.targets"), targets, 100,
                oneTarget ? (double) quartile.targetPercent() : null,
                oneTarget ? labels.get("report.target.line", quartile.targetPercent()) : null, notes));
        return sections;
    }

    private Line count(String label, long n) {
        return new Line(label, n, counts.format(n));
    }

    private Line days(String label, Integer n) {
        return new Line(label, n, labels.get("report.days", counts.format(n)));
    }

    private Line share(String label, Share share) {
        return share.percent().map(p -> new Line(label, p.doubleValue(), decimals.format(p) + " %"))
                .orElseGet(() -> new Line(label, 0, labels.get("report.target.none")));
    }

    private String verdict(Share share) {
        return share.met().map(met -> labels.get(met ? "report.target.met" : "report.target.missed"))
                .orElse(labels.get("report.target.none"));
    }

    private static double maxOf(List<Line> lines) {
        return lines.stream().mapToDouble(Line::value).max().orElse(0);
    }
}
