package fr.caleol.outreach.domain;

/** What came of one call attempt. Labels under {@code outreach.outcome.<NAME>}. */
public enum CallOutcome {
    REACHED,
    NO_ANSWER,
    WRONG_NUMBER,
    REFUSED,
    IN_HOSPITAL,
    OTHER
}
