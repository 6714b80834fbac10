package fr.caleol.tenancy.domain;

/** The place of a person in the household living in a dwelling. */
public enum HouseholdRole {
    HOLDER,
    PARTNER,
    CHILD,
    OTHER
}
