package fr.caleol.housing.domain.eligibility;

import java.math.BigDecimal;
import java.util.Objects;

/** What the eligibility figures need from the vacant dwelling; rent and charges are monthly, in euros. */
public record DwellingTerms(CeilingZone zone, Financing financing, BigDecimal monthlyRent, BigDecimal monthlyCharges) {

    public DwellingTerms {
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(financing, "financing");
        Amounts.requireNonNegative(monthlyRent, "monthlyRent");
        Amounts.requireNonNegative(monthlyCharges, "monthlyCharges");
    }
}
