package fr.caleol.socialcell.domain;

import fr.caleol.base.errors.BusinessException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Pure schedule generator for repayment plans. Every instalment but the last is the debt divided by the number of
 * months, rounded <em>down</em> to the cent; the last absorbs the rounding, so the instalments always add up exactly
 * to the debt and the last is never smaller than the others. Instalments fall due monthly from the start date.
 */
public final class RepaymentSchedule {

    public static final int MAX_MONTHS = 120;
    /** The schedule the family-allowance fund (CAF) imposes when no plan is agreed: 1/36 of the debt per month. */
    public static final int CAF_DEFAULT_MONTHS = 36;

    private RepaymentSchedule() {}

    public static List<Instalment> byMonths(BigDecimal debt, LocalDate start, int months) {
        requirePositive(debt);
        if (months < 1 || months > MAX_MONTHS) {
            throw new BusinessException("socialcell.error.months", MAX_MONTHS);
        }
        BigDecimal cents = debt.setScale(2, RoundingMode.UNNECESSARY);
        BigDecimal base = cents.divide(BigDecimal.valueOf(months), 2, RoundingMode.DOWN);
        List<Instalment> schedule = new ArrayList<>(months);
        for (int i = 1; i < months; i++) {
            schedule.add(new Instalment(i, start.plusMonths(i - 1L), base, BigDecimal.ZERO));
        }
        BigDecimal last = cents.subtract(base.multiply(BigDecimal.valueOf(months - 1L)));
        schedule.add(new Instalment(months, start.plusMonths(months - 1L), last, BigDecimal.ZERO));
        return List.copyOf(schedule);
    }

    /** A schedule of a fixed monthly amount; the last instalment is the remainder (never more than the amount). */
    public static List<Instalment> byMonthlyAmount(BigDecimal debt, LocalDate start, BigDecimal monthly) {
        requirePositive(debt);
        if (monthly == null || monthly.signum() <= 0) {
            throw new BusinessException("socialcell.error.amount");
        }
        BigDecimal cents = debt.setScale(2, RoundingMode.UNNECESSARY);
        BigDecimal step = monthly.setScale(2, RoundingMode.UNNECESSARY);
        int months = cents.divide(step, 0, RoundingMode.CEILING).intValueExact();
        if (months > MAX_MONTHS) {
            throw new BusinessException("socialcell.error.months", MAX_MONTHS);
        }
        List<Instalment> schedule = new ArrayList<>(months);
        for (int i = 1; i < months; i++) {
            schedule.add(new Instalment(i, start.plusMonths(i - 1L), step, BigDecimal.ZERO));
        }
        BigDecimal last = cents.subtract(step.multiply(BigDecimal.valueOf(months - 1L)));
        schedule.add(new Instalment(months, start.plusMonths(months - 1L), last, BigDecimal.ZERO));
        return List.copyOf(schedule);
    }

    public static List<Instalment> cafDefault(BigDecimal debt, LocalDate start) {
        return byMonths(debt, start, CAF_DEFAULT_MONTHS);
    }

    public static BigDecimal total(List<Instalment> schedule) {
        return schedule.stream().map(Instalment::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static void requirePositive(BigDecimal debt) {
        if (debt == null || debt.signum() <= 0) {
            throw new BusinessException("socialcell.error.debt");
        }
        if (debt.stripTrailingZeros().scale() > 2) {
            throw new BusinessException("socialcell.error.cents");
        }
    }
}
