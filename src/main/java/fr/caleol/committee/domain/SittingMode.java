package fr.caleol.committee.domain;

/** How a sitting is held. Labels: {@code committee.sittingMode.<NAME>}. */
public enum SittingMode {
    /** Everyone in the room: the secretary records presence, leads the agenda and records the ballots. */
    IN_PERSON,
    /** Everyone online. */
    LIVE_REMOTE,
    /** Some in the room (recorded by the secretary), the others online. */
    HYBRID,
    /** A written consultation over a window of hours, online. */
    WRITTEN;

    /**
     * Whether members take part from a distance, which the committee's internal rules must allow (CCH, L441-2: a
     * remote sitting needs the regulations' consent).
     */
    public boolean isRemote() {
        return this != IN_PERSON;
    }

    /** Whether members sit in a room, where the secretary records who is there and how they vote. */
    public boolean hasRoom() {
        return this == IN_PERSON || this == HYBRID;
    }
}
