package fr.caleol.committee.domain;

/**
 * The kinds of seat on an allocation committee (CCH, article R441-9). Labels: {@code committee.seatKind.<NAME>}.
 */
public enum SeatKind {
    /** Elected among the board-designated members; votes. */
    PRESIDENT(true),
    /** Designated by the landlord's board (one of them may be the tenant representative); votes. */
    BOARD_MEMBER(true),
    /** The mayor of a commune (or a representative); votes on dwellings of that commune only. */
    MAYOR(true),
    /** The prefect's representative; votes. */
    PREFECT_REPRESENTATIVE(true),
    /** The president of the inter-communal authority (EPCI) or a representative; votes. */
    EPCI_REPRESENTATIVE(true),
    /** Representative of the housing-insertion associations; advisory. */
    ASSOCIATION_REPRESENTATIVE(false),
    /** The body holding the allocation right; advisory, and only on dwellings of its own quota. */
    RESERVATAIRE(false),
    /** Stands in for a given titular member, and votes only when that member is absent. */
    SUBSTITUTE(true),
    /** Staff: prepares the agenda and keeps the minutes; no vote. */
    SECRETARY(false);

    private final boolean voting;

    SeatKind(boolean voting) {
        this.voting = voting;
    }

    /** Whether this kind of seat carries a vote at all (further limited per dwelling and by presence). */
    public boolean isVoting() {
        return voting;
    }
}
