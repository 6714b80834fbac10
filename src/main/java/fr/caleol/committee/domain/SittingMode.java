package fr.caleol.committee.domain;

/** How a sitting is held. Labels: {@code committee.sittingMode.<NAME>}. */
public enum SittingMode {
    LIVE_REMOTE,
    HYBRID,
    WRITTEN
}
