package fr.caleol.outreach.domain;

/** Where a referral to the CCAS stands. */
public enum ReferralStatus {
    SENT,
    TAKEN_IN_CHARGE,
    CLOSED
}
