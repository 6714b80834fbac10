package fr.caleol.housing.service;

import fr.caleol.housing.domain.DwellingStatus;
import fr.caleol.housing.domain.DwellingType;
import fr.caleol.housing.domain.Reservataire;
import fr.caleol.housing.domain.eligibility.Financing;

/** Filters of the dwellings list; every field is optional. {@code text} matches the reference or the address. */
public record DwellingFilter(String text, DwellingStatus status, Long communeId, DwellingType type,
        Financing financing, Reservataire reservataire) {

    public static DwellingFilter none() {
        return new DwellingFilter(null, null, null, null, null, null);
    }
}
