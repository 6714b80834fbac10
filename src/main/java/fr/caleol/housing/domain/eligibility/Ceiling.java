package fr.caleol.housing.domain.eligibility;

import java.util.Objects;

/**
 * An annual income ceiling (plafond de ressources) in euros, with how it was obtained.
 *
 * @param storedCategoryAmount    category amount read from the stored PLUS or PLAI scale
 * @param storedExtraPersonAmount per-extra-person amount read from the stored PLUS or PLAI scale
 */
public record Ceiling(int year, CeilingZone zone, Financing financing, int category, int extraPersons,
                      long storedCategoryAmount, long storedExtraPersonAmount) {

    public Ceiling {
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(financing, "financing");
    }

    /** Category amount for this financing (PLS: stored PLUS amount + 30 %). */
    public long categoryAmount() {
        return financing.fromStoredScale(storedCategoryAmount);
    }

    /** Per-extra-person amount for this financing (PLS: stored PLUS amount + 30 %). */
    public long extraPersonAmount() {
        return financing.fromStoredScale(storedExtraPersonAmount);
    }

    /** The ceiling: category amount + extra persons × per-extra-person amount. */
    public long amount() {
        return categoryAmount() + extraPersons * extraPersonAmount();
    }

    /** Language-neutral calculation, e.g. {@code 81562 + 2 × 9089 = 99740}. */
    public String formula() {
        String sum = extraPersons == 0
                ? Long.toString(categoryAmount())
                : categoryAmount() + " + " + extraPersons + " × " + extraPersonAmount();
        return sum + " = " + amount();
    }
}
