package fr.caleol.housing.domain.eligibility;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;
import java.util.Optional;

/**
 * Remaining income (reste à vivre) per person per day = (monthly resources − rent − charges + expected aid)
 * ÷ persons ÷ 30 days, in euros rounded half up to the cent. No legal formula exists: the 30-day month and
 * the threshold are the landlord's policy. The verdict compares the displayed, rounded amount.
 *
 * @param monthlyResources null when unknown
 * @param thresholdPerPersonPerDay lowest sufficient amount, a landlord setting (commonly 12 euros)
 */
public record RemainingIncome(MonthlyHousingCost cost, BigDecimal monthlyResources, int persons,
                              BigDecimal thresholdPerPersonPerDay) {

    public enum Verdict {
        /** At or above the threshold. */
        SUFFICIENT,
        INSUFFICIENT,
        /** Resources unknown. */
        NOT_COMPUTABLE
    }

    private static final int DAYS_PER_MONTH = 30;

    public RemainingIncome {
        Objects.requireNonNull(cost, "cost");
        Amounts.requireNonNegativeOrUnknown(monthlyResources, "monthlyResources");
        Amounts.requireNonNegative(thresholdPerPersonPerDay, "thresholdPerPersonPerDay");
        if (persons < 1) {
            throw new IllegalArgumentException("A household has at least one person: " + persons);
        }
    }

    /** Euros per person per day, to the cent (negative when housing costs exceed resources). */
    public Optional<BigDecimal> perPersonPerDay() {
        return Optional.ofNullable(monthlyResources)
                .map(resources -> resources.subtract(cost.netCost())
                        .divide(BigDecimal.valueOf((long) persons * DAYS_PER_MONTH), 2, RoundingMode.HALF_UP));
    }

    public Verdict verdict() {
        return perPersonPerDay()
                .map(amount -> amount.compareTo(thresholdPerPersonPerDay) >= 0 ? Verdict.SUFFICIENT : Verdict.INSUFFICIENT)
                .orElse(Verdict.NOT_COMPUTABLE);
    }

    /** Language-neutral, e.g. {@code (1900.00 − (650.00 + 120.00 − 200.00)) ÷ 3 ÷ 30 = 14.78}; "?" when unknown. */
    public String formula() {
        String resources = monthlyResources == null ? "?" : monthlyResources.toPlainString();
        String result = perPersonPerDay().map(BigDecimal::toPlainString).orElse("?");
        return "(" + resources + " − (" + cost.formula() + ")) ÷ " + persons + " ÷ " + DAYS_PER_MONTH + " = " + result;
    }
}
