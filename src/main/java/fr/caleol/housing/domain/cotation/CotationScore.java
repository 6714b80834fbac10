package fr.caleol.housing.domain.cotation;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * The score of an application under a cotation grid, with its breakdown: an aid shown to the committee, never its
 * decision (CCH, L441-2-8). Computed from the application's data on a date (seniority counts in full months up to it).
 *
 * @param lines one per criterion that gave points, in the grid's order
 */
public record CotationScore(int total, List<Line> lines) {

    public CotationScore {
        lines = List.copyOf(lines);
    }

    /**
     * What one criterion gave.
     *
     * @param quantity the months of seniority for {@link CotationKind#SENIORITY_MONTHS}, else 1
     */
    public record Line(String label, CotationKind kind, int quantity, int points) {}

    /** Scores the facts under the criteria, on {@code date}. */
    public static CotationScore of(List<CotationCriterion> criteria, CotationFacts facts, LocalDate date) {
        List<Line> lines = new ArrayList<>();
        int total = 0;
        for (CotationCriterion c : criteria) {
            int quantity = quantity(c, facts, date);
            if (quantity <= 0) {
                continue;
            }
            long points = (long) c.points() * quantity;
            if (c.cap() != null) {
                points = Math.min(points, c.cap());
            }
            if (points == 0) {
                continue;
            }
            lines.add(new Line(c.label(), c.kind(), quantity, (int) points));
            total += (int) points;
        }
        return new CotationScore(total, lines);
    }

    private static int quantity(CotationCriterion c, CotationFacts facts, LocalDate date) {
        String parameter = c.parameter() == null ? "" : c.parameter().strip();
        return switch (c.kind()) {
            case SENIORITY_MONTHS -> facts.filingDate() == null || facts.filingDate().isAfter(date) ? 0
                    : (int) ChronoUnit.MONTHS.between(facts.filingDate(), date);
            case DALO -> facts.dalo() ? 1 : 0;
            case PRIORITY -> facts.priorities().stream().anyMatch(p -> p.name().equals(parameter)) ? 1 : 0;
            case REASON -> facts.reason() != null && facts.reason().name().equals(parameter) ? 1 : 0;
            case CURRENT_HOUSING -> facts.currentHousing() != null && facts.currentHousing().name().equals(parameter)
                    ? 1 : 0;
            case RESOURCES_PER_PERSON_BELOW -> facts.monthlyResources() == null || facts.householdSize() <= 0 ? 0
                    : facts.monthlyResources().divide(java.math.BigDecimal.valueOf(facts.householdSize()), 2,
                            java.math.RoundingMode.HALF_UP).compareTo(c.amount().orElseThrow()) < 0 ? 1 : 0;
            case HOUSEHOLD_AT_LEAST -> facts.householdSize() >= c.count().orElseThrow() ? 1 : 0;
        };
    }
}
