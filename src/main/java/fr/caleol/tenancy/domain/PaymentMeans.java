package fr.caleol.tenancy.domain;

/** How a tenant paid. */
public enum PaymentMeans {
    TRANSFER,
    DIRECT_DEBIT,
    CHEQUE,
    CASH,
    CARD_BY_PHONE,
    PAYMENT_SLIP
}
