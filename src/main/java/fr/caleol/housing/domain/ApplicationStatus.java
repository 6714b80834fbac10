package fr.caleol.housing.domain;

/** Where a housing application stands. Labels: {@code housing.applicationStatus.<NAME>}. */
public enum ApplicationStatus {
    ACTIVE,
    PROPOSED,
    ALLOCATED,
    REFUSED,
    INADMISSIBLE,
    REMOVED
}
