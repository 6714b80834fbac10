package fr.caleol.socialcell.domain;

public enum PlanStatus {
    ACTIVE,
    IN_DEFAULT,
    /** Replaced by a renegotiated plan; kept exactly as it was. */
    FROZEN,
    COMPLETED
}
