package fr.caleol.housing.domain.eligibility;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Financing type of a dwelling, which selects its income ceilings.
 * Only PLAI and PLUS scales are stored; PLAI adapté uses the PLAI scale and PLS is the PLUS scale plus 30 %.
 */
public enum Financing {
    PLAI,
    PLAI_ADAPTE,
    PLUS,
    PLS;

    private static final BigDecimal PLS_MULTIPLIER = new BigDecimal("1.30");

    /** The stored scale this financing's ceilings come from (PLAI or PLUS). */
    public Financing storedScale() {
        return switch (this) {
            case PLAI, PLAI_ADAPTE -> PLAI;
            case PLUS, PLS -> PLUS;
        };
    }

    /**
     * Converts one amount of the stored scale into this financing's amount.
     * PLS: PLUS × 1.30 rounded to the nearest euro, halves rounded up, amount by amount (category and
     * per-extra-person), which reproduces the published PLS tables (e.g. 38 925 × 1.30 = 50 602.5 → 50 603).
     */
    public long fromStoredScale(long storedAmount) {
        if (this != PLS) {
            return storedAmount;
        }
        return BigDecimal.valueOf(storedAmount).multiply(PLS_MULTIPLIER)
                .setScale(0, RoundingMode.HALF_UP)
                .longValueExact();
    }
}
