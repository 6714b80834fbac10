package fr.caleol.committee.domain;

/** The minutes' workflow: drafted by the secretary, submitted to the president, validated, published (frozen). */
public enum MinutesState {
    DRAFT,
    SUBMITTED,
    VALIDATED,
    PUBLISHED
}
