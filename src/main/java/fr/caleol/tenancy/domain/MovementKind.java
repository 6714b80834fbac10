package fr.caleol.tenancy.domain;

/** The kinds of rent-ledger movement. A rent call is a debit; the others are credits (an adjustment may be either). */
public enum MovementKind {
    RENT_CALL,
    PAYMENT,
    HOUSING_AID,
    ADJUSTMENT
}
