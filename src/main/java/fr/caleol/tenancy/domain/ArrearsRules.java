package fr.caleol.tenancy.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.TreeSet;

/**
 * Pure arrears rules over a lease's ledger movements.
 *
 * <p>Rule: credits (payments, housing aid, credit adjustments) are applied to the oldest debits first. On day D, the
 * <em>overdue debt</em> is what remains owed of the debits whose due date plus the grace period is before or on D:
 * {@code max(0, debits due on or before D - grace + all credits dated on or before D)}. A lease is <em>in arrears</em>
 * on D when that debt is positive. A nascent-arrears case opens on D when the lease is in arrears on D and was never
 * in arrears in the 12 months before D. A case escalates when the overdue debt reaches two months of rent and charges.
 */
public final class ArrearsRules {

    private ArrearsRules() {}

    /** The balance on a day: the sum of all movements dated on or before it (positive: the tenant owes). */
    public static BigDecimal balanceOn(Collection<Movement> movements, LocalDate day) {
        BigDecimal sum = BigDecimal.ZERO;
        for (Movement m : movements) {
            if (!m.date().isAfter(day)) {
                sum = sum.add(m.amount());
            }
        }
        return sum;
    }

    /** The debt past its due date plus the grace period on a day; never negative. */
    public static BigDecimal overdueOn(Collection<Movement> movements, LocalDate day, int graceDays) {
        LocalDate lastDueCounted = day.minusDays(graceDays);
        BigDecimal sum = BigDecimal.ZERO;
        for (Movement m : movements) {
            if (m.amount().signum() > 0) {
                if (!m.effectiveDue().isAfter(lastDueCounted)) {
                    sum = sum.add(m.amount());
                }
            } else if (!m.date().isAfter(day)) {
                sum = sum.add(m.amount());
            }
        }
        return sum.signum() > 0 ? sum : BigDecimal.ZERO;
    }

    public static boolean inArrearsOn(Collection<Movement> movements, LocalDate day, int graceDays) {
        return overdueOn(movements, day, graceDays).signum() > 0;
    }

    /**
     * Whether a nascent-arrears case is due on {@code day}: in arrears that day, and not in arrears on any day of the
     * 12 months before the current arrears episode began (so a detection run late, e.g. after importing old
     * movements, still opens the case). The overdue debt only changes when a debit passes its grace period or a
     * credit is dated, so only those days are checked.
     */
    public static boolean opensNascentCase(Collection<Movement> movements, LocalDate day, int graceDays) {
        if (!inArrearsOn(movements, day, graceDays)) {
            return false;
        }
        LocalDate start = episodeStart(movements, day, graceDays);
        LocalDate from = start.minusMonths(12);
        for (LocalDate d : changePoints(movements, graceDays, from, start)) {
            if (inArrearsOn(movements, d, graceDays)) {
                return false;
            }
        }
        return !inArrearsOn(movements, from, graceDays);
    }

    /** The first day of the arrears episode running on {@code day} (the lease being in arrears on that day). */
    public static LocalDate episodeStart(Collection<Movement> movements, LocalDate day, int graceDays) {
        LocalDate start = day;
        for (LocalDate d : changePoints(movements, graceDays, LocalDate.MIN, day).descendingSet()) {
            if (!inArrearsOn(movements, d, graceDays)) {
                break;
            }
            start = d;
        }
        return start;
    }

    /** Days in [from, before) on which the overdue debt may change. */
    private static TreeSet<LocalDate> changePoints(Collection<Movement> movements, int graceDays, LocalDate from,
            LocalDate before) {
        TreeSet<LocalDate> points = new TreeSet<>();
        for (Movement m : movements) {
            LocalDate change = m.amount().signum() > 0 ? m.effectiveDue().plusDays(graceDays) : m.date();
            if (!change.isBefore(from) && change.isBefore(before)) {
                points.add(change);
            }
        }
        return points;
    }

    /** Escalation: the overdue debt reaches two months of rent and charges. */
    public static boolean escalates(BigDecimal overdueDebt, BigDecimal monthlyRentAndCharges) {
        return overdueDebt.compareTo(monthlyRentAndCharges.multiply(BigDecimal.TWO)) >= 0;
    }

    /** The first day within [from, to] on which the overdue debt reaches two months of rent, or null. */
    public static LocalDate twoMonthsReachedOn(Collection<Movement> movements, BigDecimal monthlyRentAndCharges,
            LocalDate from, LocalDate to, int graceDays) {
        TreeSet<LocalDate> checkpoints = new TreeSet<>();
        checkpoints.add(from);
        for (Movement m : movements) {
            LocalDate change = m.amount().signum() > 0 ? m.effectiveDue().plusDays(graceDays) : m.date();
            if (!change.isBefore(from) && !change.isAfter(to)) {
                checkpoints.add(change);
            }
        }
        for (LocalDate d : checkpoints) {
            if (escalates(overdueOn(movements, d, graceDays), monthlyRentAndCharges)) {
                return d;
            }
        }
        return null;
    }
}
