package fr.caleol.housing.domain.eligibility;

import java.util.Objects;
import java.util.Optional;

/**
 * Comparison of the reference income with the income ceiling.
 *
 * @param ceiling empty when no ceiling scale is stored for the year, zone and financing
 */
public record CeilingCheck(ReferenceIncome income, Optional<Ceiling> ceiling) {

    public enum Verdict {
        /** Income at or below the ceiling. */
        WITHIN,
        ABOVE,
        /** No tax income known (checked first). */
        MISSING_INCOME,
        /** No ceiling scale for that year, zone and financing: an administrator must add it. */
        NO_CEILING_TABLE
    }

    public CeilingCheck {
        Objects.requireNonNull(income, "income");
        Objects.requireNonNull(ceiling, "ceiling");
    }

    public Verdict verdict() {
        if (income.amount().isEmpty()) {
            return Verdict.MISSING_INCOME;
        }
        if (ceiling.isEmpty()) {
            return Verdict.NO_CEILING_TABLE;
        }
        return excessEuros() > 0 ? Verdict.ABOVE : Verdict.WITHIN;
    }

    /** Euros above the ceiling; 0 unless the verdict is {@link Verdict#ABOVE}. */
    public long excessEuros() {
        if (income.amount().isEmpty() || ceiling.isEmpty()) {
            return 0;
        }
        return Math.max(0, income.amount().getAsLong() - ceiling.get().amount());
    }
}
