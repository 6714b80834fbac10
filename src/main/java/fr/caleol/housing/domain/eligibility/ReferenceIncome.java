package fr.caleol.housing.domain.eligibility;

import java.util.OptionalLong;

/**
 * The household income compared with the ceiling: the sum of the members' "revenu fiscal de référence" of
 * year N-2, or of year N-1 when it is at least 10 % lower. Inputs are household totals in euros, null when
 * unknown.
 */
public record ReferenceIncome(Long taxIncomeNMinus2, Long taxIncomeNMinus1) {

    /** Which year's income is used, and why. */
    public enum Rule {
        /** The general rule: income of year N-2. */
        N_MINUS_2,
        /** Income of year N-1, at least 10 % lower than that of N-2. */
        N_MINUS_1_AT_LEAST_10_PERCENT_LOWER,
        /** Income of year N-1, as that of N-2 is unknown. */
        N_MINUS_1_AS_N_MINUS_2_MISSING,
        /** Neither income is known. */
        MISSING_INCOME
    }

    public ReferenceIncome {
        requireNonNegative(taxIncomeNMinus2);
        requireNonNegative(taxIncomeNMinus1);
    }

    /** Applies the N-2 / N-1 rule; never fails on missing incomes. */
    public static ReferenceIncome select(Long taxIncomeNMinus2, Long taxIncomeNMinus1) {
        return new ReferenceIncome(taxIncomeNMinus2, taxIncomeNMinus1);
    }

    /** The rule applied: which year's income is used, and why. */
    public Rule rule() {
        if (taxIncomeNMinus2 == null) {
            return taxIncomeNMinus1 == null ? Rule.MISSING_INCOME : Rule.N_MINUS_1_AS_N_MINUS_2_MISSING;
        }
        // N-1 <= 0.9 × N-2 in exact integer arithmetic; an N-2 of zero cannot drop
        if (taxIncomeNMinus1 != null && taxIncomeNMinus2 > 0 && 10 * taxIncomeNMinus1 <= 9 * taxIncomeNMinus2) {
            return Rule.N_MINUS_1_AT_LEAST_10_PERCENT_LOWER;
        }
        return Rule.N_MINUS_2;
    }

    /** The income used in euros, empty when missing. */
    public OptionalLong amount() {
        return switch (rule()) {
            case N_MINUS_2 -> OptionalLong.of(taxIncomeNMinus2);
            case N_MINUS_1_AT_LEAST_10_PERCENT_LOWER, N_MINUS_1_AS_N_MINUS_2_MISSING -> OptionalLong.of(taxIncomeNMinus1);
            case MISSING_INCOME -> OptionalLong.empty();
        };
    }

    private static void requireNonNegative(Long income) {
        if (income != null && income < 0) {
            throw new IllegalArgumentException("A tax income cannot be negative: " + income);
        }
    }
}
