package fr.caleol.socialcell.domain;

public enum ReferralStatus {
    SENT,
    IN_PROGRESS,
    ACCEPTED,
    REFUSED,
    CLOSED
}
