package fr.caleol.committee.domain;

/** The life of a sitting: prepared, convened, held, closed. Labels: {@code committee.sittingState.<NAME>}. */
public enum SittingState {
    DRAFT,
    CONVENED,
    IN_PROGRESS,
    CLOSED
}
