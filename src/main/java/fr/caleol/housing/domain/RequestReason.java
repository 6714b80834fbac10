package fr.caleol.housing.domain;

/** The main reason for the request, as on the national application form (cerfa 14069). Labels: {@code housing.requestReason.<NAME>}. */
public enum RequestReason {
    NO_HOME,
    HOSTED,
    SHELTER_OR_HOTEL,
    TOO_SMALL,
    TOO_EXPENSIVE,
    UNFIT_HOUSING,
    HEALTH_OR_DISABILITY,
    EVICTION,
    FAMILY_CHANGE,
    CLOSER_TO_WORK,
    OTHER
}
