package fr.caleol.housing.domain;

/** Where a dwelling stands in the allocation process. Labels: {@code housing.dwellingStatus.<NAME>}. */
public enum DwellingStatus {
    VACANT,
    PROPOSED,
    ALLOCATED,
    LET
}
