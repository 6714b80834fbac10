package fr.caleol.tenancy.domain;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The monthly unpaid rate of a landlord's ledgers, accumulated one lease at a time (the detection streams every
 * ledger once and feeds this counter on the way).
 *
 * <p>Rule: a lease is <em>called</em> in a month when it has a rent call due that month. It is <em>unpaid</em> that
 * month when, on the call's due date D plus the grace period, both hold:
 * <ul>
 * <li>the month's rent was not paid: the credits (payments, housing aid paid to the landlord, credit adjustments)
 * dated after the previous call's grace period and up to D + grace are less than what fell due on D;</li>
 * <li>the lease is in arrears: the credits dated up to D + grace do not reach every debit due up to D (so a tenant
 * who paid ahead is not counted).</li>
 * </ul>
 * The rate thus measures each month's rent: a tenant who pays the month while still owing an older one counts as
 * paid that month (the older month stays counted as unpaid). A call is judged only once its grace period has run
 * out on the day of the count; a month's figure counts only judged calls.
 */
public final class MonthlyUnpaid {

    /** One month's figure: leases with a call due that month, and those among them left unpaid past grace. */
    public record Month(YearMonth month, int leasesCalled, int leasesUnpaid) {
        /** The unpaid rate in percent, one decimal; 0 when no lease was called. */
        public double ratePercent() {
            return leasesCalled == 0 ? 0 : Math.round(leasesUnpaid * 1000.0 / leasesCalled) / 10.0;
        }
    }

    private final LocalDate day;
    private final int graceDays;
    private final Map<YearMonth, int[]> counts = new TreeMap<>();

    /** A counter judging the calls whose grace period has run out on {@code day}. */
    public MonthlyUnpaid(LocalDate day, int graceDays) {
        this.day = day;
        this.graceDays = graceDays;
    }

    /** Adds one lease's ledger (its movements in any order). */
    public void add(Collection<Movement> movements) {
        List<Movement> debits = new ArrayList<>();
        List<Movement> credits = new ArrayList<>();
        for (Movement m : movements) {
            (m.amount().signum() > 0 ? debits : credits).add(m);
        }
        debits.sort(Comparator.comparing(Movement::effectiveDue));
        credits.sort(Comparator.comparing(Movement::date));
        Map<YearMonth, Boolean> leaseMonths = new TreeMap<>(); // month -> unpaid
        long debitCents = 0;
        long creditCents = 0;
        long creditsAtLastJudgment = 0;
        int c = 0;
        int d = 0;
        while (d < debits.size()) {
            // the debits due the same day form a group: all of them count before any of them is judged
            LocalDate due = debits.get(d).effectiveDue();
            int groupEnd = d;
            boolean hasCall = false;
            long dueThatDay = 0;
            while (groupEnd < debits.size() && debits.get(groupEnd).effectiveDue().equals(due)) {
                dueThatDay += cents(debits.get(groupEnd));
                debitCents += cents(debits.get(groupEnd));
                hasCall |= debits.get(groupEnd).kind() == MovementKind.RENT_CALL;
                groupEnd++;
            }
            d = groupEnd;
            LocalDate judged = due.plusDays(graceDays);
            if (!hasCall || judged.isAfter(day)) {
                continue;
            }
            while (c < credits.size() && !credits.get(c).date().isAfter(judged)) {
                creditCents -= cents(credits.get(c)); // credits are negative amounts
                c++;
            }
            boolean monthNotPaid = creditCents - creditsAtLastJudgment < dueThatDay;
            creditsAtLastJudgment = creditCents;
            leaseMonths.merge(YearMonth.from(due), monthNotPaid && creditCents < debitCents, Boolean::logicalOr);
        }
        leaseMonths.forEach((month, unpaid) -> {
            int[] count = counts.computeIfAbsent(month, k -> new int[2]);
            count[0]++;
            if (unpaid) {
                count[1]++;
            }
        });
    }

    /** Every month with at least one judged call, in order. */
    public List<Month> months() {
        List<Month> result = new ArrayList<>();
        counts.forEach((month, count) -> result.add(new Month(month, count[0], count[1])));
        return result;
    }

    /** The last {@code n} months up to the latest month with a judged call (months without any call count 0). */
    public List<Month> lastMonths(int n) {
        if (counts.isEmpty()) {
            return List.of();
        }
        YearMonth last = ((TreeMap<YearMonth, int[]>) counts).lastKey();
        List<Month> result = new ArrayList<>(n);
        for (YearMonth month = last.minusMonths(n - 1L); !month.isAfter(last); month = month.plusMonths(1)) {
            int[] count = counts.getOrDefault(month, new int[2]);
            result.add(new Month(month, count[0], count[1]));
        }
        return result;
    }

    /** Convenience for one lease: its months, each called once, unpaid or not. */
    public static List<Month> of(Collection<Movement> movements, LocalDate day, int graceDays) {
        MonthlyUnpaid counter = new MonthlyUnpaid(day, graceDays);
        counter.add(movements);
        return counter.months();
    }

    private static long cents(Movement m) {
        return m.amount().movePointRight(2).longValue();
    }
}
