package fr.caleol.housing.domain.eligibility;

import java.math.BigDecimal;
import java.util.Objects;

/** Checks on euro amounts. */
final class Amounts {

    private Amounts() {
    }

    static void requireNonNegative(BigDecimal amount, String name) {
        Objects.requireNonNull(amount, name);
        requireNonNegativeOrUnknown(amount, name);
    }

    /** Accepts null, meaning unknown. */
    static void requireNonNegativeOrUnknown(BigDecimal amount, String name) {
        if (amount != null && amount.signum() < 0) {
            throw new IllegalArgumentException(name + " cannot be negative: " + amount);
        }
    }
}
