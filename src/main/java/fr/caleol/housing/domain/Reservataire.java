package fr.caleol.housing.domain;

/** The body holding the allocation right on a dwelling (whose quota it belongs to). Labels: {@code housing.reservataire.<NAME>}. */
public enum Reservataire {
    PREFECTURE,
    ACTION_LOGEMENT,
    COMMUNE,
    EPCI,
    LANDLORD
}
