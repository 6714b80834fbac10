package fr.caleol.housing.domain.eligibility;

import java.time.LocalDate;
import java.time.Period;
import java.util.Objects;

/**
 * One person of the household.
 *
 * @param dependant whether the person is a dependant (personne à charge)
 * @param disabled  whether the person has a disability (personne en situation de handicap)
 */
public record HouseholdMember(HouseholdRole role, LocalDate birthDate, boolean dependant, boolean disabled) {

    public HouseholdMember {
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(birthDate, "birthDate");
        if (dependant && (role == HouseholdRole.APPLICANT || role == HouseholdRole.SPOUSE_OR_PARTNER)) {
            throw new IllegalArgumentException("The applicant and the spouse or partner cannot be dependants");
        }
    }

    /** Age in completed years (âge révolu) on the given date. */
    public int ageOn(LocalDate date) {
        if (birthDate.isAfter(date)) {
            throw new IllegalArgumentException("Born after " + date + ": " + birthDate);
        }
        return Period.between(birthDate, date).getYears();
    }
}
