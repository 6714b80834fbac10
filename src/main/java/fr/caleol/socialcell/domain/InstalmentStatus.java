package fr.caleol.socialcell.domain;

public enum InstalmentStatus {
    DUE,
    PARTLY_PAID,
    PAID,
    LATE
}
