package fr.caleol.housing.service;

import fr.caleol.housing.domain.ApplicationStatus;
import fr.caleol.housing.domain.DwellingType;
import fr.caleol.housing.domain.PriorityCategory;
import java.time.LocalDate;

/**
 * Filters of the applications list; every field is optional.
 *
 * @param text     a numéro unique (with or without spaces) or part of the applicant's name
 * @param ceiling  WITHIN or ABOVE the PLUS ceiling of the current year (or of the most recent earlier year stored,
 *                 see {@link HousingApplicationService#ceilingFilterYear()}), in the zone of the first wished commune;
 *                 an application without known income is neither within nor above
 */
public record ApplicationFilter(String text, ApplicationStatus status, Long communeId, DwellingType dwellingType,
        Boolean dalo, PriorityCategory priority, CeilingPosition ceiling, LocalDate filedFrom, LocalDate filedTo) {

    public enum CeilingPosition { WITHIN, ABOVE }

    public static ApplicationFilter none() {
        return new ApplicationFilter(null, null, null, null, null, null, null, null, null);
    }
}
