package fr.caleol.socialcell.domain;

import fr.caleol.base.errors.BusinessException;
import java.math.BigDecimal;
import java.time.LocalDate;

/** The rules of a rent deferral (report de loyer), as pure functions. */
public final class RentDeferral {

    public static final int NOTE_MAX = 2000;

    private RentDeferral() {}

    /**
     * A deferral postpones part of the debt: its amount is positive, in cents, and no more than the debt owed today;
     * the new date is after today.
     */
    public static void validate(BigDecimal amount, BigDecimal debtToday, LocalDate newDate, LocalDate today,
            String note) {
        BigDecimal debt = debtToday == null ? BigDecimal.ZERO : debtToday.max(BigDecimal.ZERO);
        if (amount == null || amount.signum() <= 0 || amount.compareTo(debt) > 0) {
            throw new BusinessException("socialcell.error.deferralAmount", debt.setScale(2).toPlainString());
        }
        if (amount.stripTrailingZeros().scale() > 2) {
            throw new BusinessException("socialcell.error.cents");
        }
        if (newDate == null || !newDate.isAfter(today)) {
            throw new BusinessException("socialcell.error.deferralDate");
        }
        if (note != null && note.length() > NOTE_MAX) {
            throw new BusinessException("socialcell.error.notesTooLong", NOTE_MAX);
        }
    }
}
