package fr.caleol.socialcell.domain;

import java.math.BigDecimal;
import java.time.LocalDate;

/** One instalment of a repayment plan, with what has been allocated to it so far. */
public record Instalment(int number, LocalDate dueDate, BigDecimal amount, BigDecimal paid) {

    public Instalment {
        if (paid == null) {
            paid = BigDecimal.ZERO;
        }
    }

    public BigDecimal outstanding() {
        return amount.subtract(paid);
    }

    public Instalment withPaid(BigDecimal newPaid) {
        return new Instalment(number, dueDate, amount, newPaid);
    }

    /** Paid, partly paid, late (unpaid or partly paid after its due date) or not yet due. */
    public InstalmentStatus statusOn(LocalDate day) {
        if (outstanding().signum() <= 0) {
            return InstalmentStatus.PAID;
        }
        if (day.isAfter(dueDate)) {
            return InstalmentStatus.LATE;
        }
        return paid.signum() > 0 ? InstalmentStatus.PARTLY_PAID : InstalmentStatus.DUE;
    }
}
