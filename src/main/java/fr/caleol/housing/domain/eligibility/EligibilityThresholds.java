package fr.caleol.housing.domain.eligibility;

import java.math.BigDecimal;

/**
 * Landlord policy thresholds (settings, not law).
 *
 * @param maxEffortRatePercent            highest acceptable effort rate, in percent
 * @param minRemainingIncomePerPersonPerDay lowest sufficient remaining income, in euros per person per day
 */
public record EligibilityThresholds(BigDecimal maxEffortRatePercent, BigDecimal minRemainingIncomePerPersonPerDay) {

    /** 30 % and 12 euros per person per day. */
    public static final EligibilityThresholds DEFAULTS =
            new EligibilityThresholds(new BigDecimal("30"), new BigDecimal("12"));

    public EligibilityThresholds {
        Amounts.requireNonNegative(maxEffortRatePercent, "maxEffortRatePercent");
        Amounts.requireNonNegative(minRemainingIncomePerPersonPerDay, "minRemainingIncomePerPersonPerDay");
    }
}
