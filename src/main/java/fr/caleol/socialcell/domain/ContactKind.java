package fr.caleol.socialcell.domain;

public enum ContactKind {
    OUTGOING_CALL,
    INCOMING_CALL,
    LETTER,
    EMAIL,
    VISIT
}
