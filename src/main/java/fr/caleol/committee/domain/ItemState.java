package fr.caleol.committee.domain;

/** Where an agenda item stands during the sitting. Labels: {@code committee.itemState.<NAME>}. */
public enum ItemState {
    PENDING,
    UNDER_REVIEW,
    VOTING,
    DECIDED,
    WITHDRAWN;

    /** Decided or withdrawn: nothing more is voted, proposed or sent back on it. */
    public boolean isClosed() {
        return this == DECIDED || this == WITHDRAWN;
    }
}
