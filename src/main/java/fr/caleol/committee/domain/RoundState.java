package fr.caleol.committee.domain;

/** A vote round is open for ballots, then closed with its result. Labels: {@code committee.roundState.<NAME>}. */
public enum RoundState {
    OPEN,
    CLOSED
}
