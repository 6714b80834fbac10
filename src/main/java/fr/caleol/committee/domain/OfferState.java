package fr.caleol.committee.domain;

/** An offer of a ranked attribution: waiting its turn, made (pending answer), accepted, refused, lapsed. */
public enum OfferState {
    WAITING,
    PENDING,
    ACCEPTED,
    REFUSED,
    LAPSED
}
