package fr.caleol.housing.domain.eligibility;

/** Role of a person in the applicant household. */
public enum HouseholdRole {
    APPLICANT,
    SPOUSE_OR_PARTNER,
    CHILD,
    OTHER
}
