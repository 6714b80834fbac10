package fr.caleol.housing.domain.eligibility;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;
import java.util.Optional;

/**
 * Effort rate (taux d'effort) = (rent + charges − expected aid) ÷ monthly household resources, in percent
 * with one decimal (half up). The verdict compares that displayed, rounded rate with the threshold, so the
 * committee never sees "30.0 %" flagged as above 30 %.
 *
 * @param monthlyResources null when unknown
 * @param thresholdPercent highest acceptable rate, a landlord setting (commonly 30)
 */
public record EffortRate(MonthlyHousingCost cost, BigDecimal monthlyResources, BigDecimal thresholdPercent) {

    public enum Verdict {
        /** At or below the threshold. */
        ACCEPTABLE,
        HIGH,
        /** Resources unknown or zero. */
        NOT_COMPUTABLE
    }

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    public EffortRate {
        Objects.requireNonNull(cost, "cost");
        Amounts.requireNonNegativeOrUnknown(monthlyResources, "monthlyResources");
        Amounts.requireNonNegative(thresholdPercent, "thresholdPercent");
    }

    /** The rate in percent, one decimal; empty when resources are unknown or zero. */
    public Optional<BigDecimal> ratePercent() {
        if (monthlyResources == null || monthlyResources.signum() == 0) {
            return Optional.empty();
        }
        return Optional.of(cost.netCost().multiply(HUNDRED).divide(monthlyResources, 1, RoundingMode.HALF_UP));
    }

    public Verdict verdict() {
        return ratePercent()
                .map(rate -> rate.compareTo(thresholdPercent) <= 0 ? Verdict.ACCEPTABLE : Verdict.HIGH)
                .orElse(Verdict.NOT_COMPUTABLE);
    }

    /** Language-neutral, e.g. {@code (650.00 + 120.00 − 200.00) ÷ 1900.00 × 100 = 30.0}; "?" when not computable. */
    public String formula() {
        String resources = monthlyResources == null ? "?" : monthlyResources.toPlainString();
        String result = ratePercent().map(BigDecimal::toPlainString).orElse("?");
        return "(" + cost.formula() + ") ÷ " + resources + " × 100 = " + result;
    }
}
