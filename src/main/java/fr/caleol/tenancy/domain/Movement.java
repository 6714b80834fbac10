package fr.caleol.tenancy.domain;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One ledger movement. {@code amount} is signed from the landlord's side: positive increases what the tenant owes
 * (a rent call, a debit adjustment), negative decreases it (payment, housing aid, credit adjustment).
 * {@code dueDate} is set for rent calls only.
 */
public record Movement(MovementKind kind, LocalDate date, LocalDate dueDate, BigDecimal amount, PaymentMeans means) {

    public static Movement rentCall(LocalDate due, BigDecimal rentAndCharges) {
        return new Movement(MovementKind.RENT_CALL, due, due, rentAndCharges, null);
    }

    public static Movement payment(LocalDate date, BigDecimal paid, PaymentMeans means) {
        return new Movement(MovementKind.PAYMENT, date, null, paid.negate(), means);
    }

    public static Movement housingAid(LocalDate date, BigDecimal aid) {
        return new Movement(MovementKind.HOUSING_AID, date, null, aid.negate(), null);
    }

    public static Movement adjustment(LocalDate date, BigDecimal signedAmount) {
        return new Movement(MovementKind.ADJUSTMENT, date, null, signedAmount, null);
    }

    /** The day the movement falls due: a rent call's due date, else the movement's own date. */
    public LocalDate effectiveDue() {
        return dueDate != null ? dueDate : date;
    }
}
