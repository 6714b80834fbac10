package fr.caleol.housing.domain.eligibility;

import java.math.BigDecimal;

/** Monthly rent, service charges and the housing aid (APL) the household is expected to get, in euros. */
public record MonthlyHousingCost(BigDecimal rent, BigDecimal charges, BigDecimal expectedAid) {

    public MonthlyHousingCost {
        Amounts.requireNonNegative(rent, "rent");
        Amounts.requireNonNegative(charges, "charges");
        Amounts.requireNonNegative(expectedAid, "expectedAid");
    }

    /** What the household pays: rent + charges − expected aid (may be negative if the aid is larger). */
    public BigDecimal netCost() {
        return rent.add(charges).subtract(expectedAid);
    }

    /** Language-neutral, e.g. {@code 650.00 + 120.00 − 200.00}. */
    String formula() {
        return rent.toPlainString() + " + " + charges.toPlainString() + " − " + expectedAid.toPlainString();
    }
}
