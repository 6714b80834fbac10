package fr.caleol.committee.domain;

/**
 * The life of a sitting: prepared, convened, held, closed; or cancelled before it was held. Labels:
 * {@code committee.sittingState.<NAME>}.
 */
public enum SittingState {
    DRAFT,
    CONVENED,
    IN_PROGRESS,
    CLOSED,
    CANCELLED
}
