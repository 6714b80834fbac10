package fr.caleol.committee.domain;

/** Usual grounds of a non-attribution or an inadmissibility (completed by free text). Labels: {@code committee.refusalGround.<NAME>}. */
public enum RefusalGround {
    RESOURCES_ABOVE_CEILING,
    EFFORT_RATE_TOO_HIGH,
    UNSUITED_TO_HOUSEHOLD,
    OTHER_CANDIDATE_PRIORITY,
    INCOMPLETE_FILE,
    IRREGULAR_RESIDENCE,
    OWNS_SUITABLE_HOUSING,
    OTHER
}
