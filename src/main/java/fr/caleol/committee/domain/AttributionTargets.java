package fr.caleol.committee.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The legal targets of attribution (CCH L441-1) as pure rules.
 * <ul>
 *   <li><b>First quartile outside priority neighbourhoods</b>: at least 25 % of the attributions of dwellings located
 *       outside the QPV go to applicants whose annual resources per consumption unit are below the threshold of the
 *       lowest quartile of applicants, set each year by prefectoral order.</li>
 *   <li><b>Priority households</b>: at least 25 % of the attributions go to households recognised as priority by the
 *       DALO commission or falling under a priority category of L441-1.</li>
 * </ul>
 * Consumption units follow INSEE's modified OECD scale: 1 for the first person, 0.5 for each other person aged 14 or
 * over, 0.3 for each child under 14.
 */
public final class AttributionTargets {

    private static final BigDecimal FIRST = BigDecimal.ONE;
    private static final BigDecimal OTHER_ADULT = new BigDecimal("0.5");
    private static final BigDecimal CHILD = new BigDecimal("0.3");
    private static final int ADULT_AGE = 14;

    private AttributionTargets() {}

    /**
     * The household's consumption units on a date, from its members' birth dates (the applicant first). A household
     * recorded without its members counts its size as one first person and adults.
     */
    public static BigDecimal consumptionUnits(List<LocalDate> birthDates, int householdSize, LocalDate on) {
        Objects.requireNonNull(on, "on");
        if (birthDates.isEmpty()) {
            return FIRST.add(OTHER_ADULT.multiply(BigDecimal.valueOf(Math.max(0, householdSize - 1))));
        }
        BigDecimal units = FIRST;
        for (LocalDate birth : birthDates.subList(1, birthDates.size())) {
            boolean adult = birth == null || Period.between(birth, on).getYears() >= ADULT_AGE;
            units = units.add(adult ? OTHER_ADULT : CHILD);
        }
        return units;
    }

    /** Annual resources per consumption unit, in euros, rounded to the cent. */
    public static BigDecimal annualPerUnit(BigDecimal monthlyResources, BigDecimal units) {
        return monthlyResources.multiply(BigDecimal.valueOf(12)).divide(units, 2, RoundingMode.HALF_UP);
    }

    /** Whether resources per unit fall in the first quartile: strictly below the threshold. */
    public static boolean inFirstQuartile(BigDecimal annualPerUnit, BigDecimal threshold) {
        return annualPerUnit.compareTo(threshold) < 0;
    }

    /**
     * A share of attributions against its target.
     *
     * @param count the attributions that meet the criterion
     * @param of all the attributions it is measured on (0: no share)
     */
    public record Share(long count, long of, int targetPercent) {

        public Share {
            if (count < 0 || of < count) {
                throw new IllegalArgumentException("share " + count + " of " + of);
            }
        }

        /** The share in percent, one decimal; empty when there is nothing to measure. */
        public Optional<BigDecimal> percent() {
            return of == 0 ? Optional.empty() : Optional.of(BigDecimal.valueOf(count * 100)
                    .divide(BigDecimal.valueOf(of), 1, RoundingMode.HALF_UP));
        }

        /** Whether the target is met: unknown (empty) when there is nothing to measure. */
        public Optional<Boolean> met() {
            return percent().map(p -> p.compareTo(BigDecimal.valueOf(targetPercent)) >= 0);
        }
    }
}
