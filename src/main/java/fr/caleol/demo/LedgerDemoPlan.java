package fr.caleol.demo;

import fr.caleol.tenancy.domain.Movement;
import fr.caleol.tenancy.domain.PaymentMeans;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Pure, deterministic plan of a demo lease's rent ledger over 24 months (May 2019 – April 2021): a rent call on the
 * 5th, housing aid paid to the landlord for about 40 % of leases, and the tenant's payment.
 *
 * <p>Payers, not independent months: most tenants always pay (a reliable payer misses a month with probability
 * 0.5 %), a chronic minority (25 % of leases) misses one month in two, and the lockdown (April and May 2020, when the
 * offices closed) pushes reliable payers into arrears for the first time (an extra 6.7 % in April, 4 % in May). The
 * monthly unpaid rate is thus about 13 %, 18 % in April 2020 and 16 % in May 2020, while only the reliable payers who
 * miss open nascent-arrears cases: a few hundred for the ~5 000 demo leases, as in the real social cell. An unpaid
 * month is caught up with a later payment in 60 % of the following months.
 */
final class LedgerDemoPlan {

    static final YearMonth FIRST = YearMonth.of(2019, 5);
    static final int MONTHS = 24;
    static final double CHRONIC_SHARE = 0.25;
    static final double CHRONIC_MISS = 0.50;
    static final double RELIABLE_MISS = 0.005;
    private static final PaymentMeans[] MEANS = {PaymentMeans.DIRECT_DEBIT, PaymentMeans.DIRECT_DEBIT,
        PaymentMeans.DIRECT_DEBIT, PaymentMeans.TRANSFER, PaymentMeans.TRANSFER, PaymentMeans.CHEQUE,
        PaymentMeans.PAYMENT_SLIP, PaymentMeans.CASH, PaymentMeans.CARD_BY_PHONE};

    private LedgerDemoPlan() {}

    /** The lockdown's extra probability that a reliable payer misses the month. */
    static double lockdownShock(YearMonth month) {
        if (month.equals(YearMonth.of(2020, 4))) {
            return 0.067;
        }
        if (month.equals(YearMonth.of(2020, 5))) {
            return 0.04;
        }
        return 0;
    }

    /** The expected share of leases with the month unpaid (about 13 %, 18 % in April 2020). */
    static double unpaidRate(YearMonth month) {
        return CHRONIC_SHARE * CHRONIC_MISS + (1 - CHRONIC_SHARE) * (RELIABLE_MISS + lockdownShock(month));
    }

    static List<Movement> ledger(long seed, LocalDate leaseStart, LocalDate leaseEnd, BigDecimal rentAndCharges) {
        Random random = new Random(seed);
        boolean aided = random.nextDouble() < 0.40;
        BigDecimal aid = aided ? rentAndCharges.multiply(BigDecimal.valueOf(20 + random.nextInt(30)))
                .divide(BigDecimal.valueOf(100), 2, RoundingMode.HALF_UP) : BigDecimal.ZERO;
        BigDecimal share = rentAndCharges.subtract(aid);
        PaymentMeans means = MEANS[random.nextInt(MEANS.length)];
        boolean chronic = random.nextDouble() < CHRONIC_SHARE;
        List<Movement> movements = new ArrayList<>();
        BigDecimal carried = BigDecimal.ZERO;
        for (int m = 0; m < MONTHS; m++) {
            YearMonth month = FIRST.plusMonths(m);
            LocalDate due = month.atDay(5);
            boolean unpaid = random.nextDouble() < (chronic ? CHRONIC_MISS : RELIABLE_MISS + lockdownShock(month));
            boolean catchUp = random.nextDouble() < 0.60;
            if (due.isBefore(leaseStart) || (leaseEnd != null && due.isAfter(leaseEnd))) {
                continue;
            }
            movements.add(Movement.rentCall(due, rentAndCharges));
            if (aided) {
                movements.add(Movement.housingAid(due.plusDays(1), aid));
            }
            if (unpaid) {
                carried = carried.add(share);
                continue;
            }
            BigDecimal paid = share.add(carried);
            if (carried.signum() > 0 && !catchUp) {
                paid = share;
            } else {
                carried = BigDecimal.ZERO;
            }
            if (paid.signum() > 0) {
                movements.add(Movement.payment(due.plusDays(random.nextInt(4)), paid, means));
            }
        }
        return movements;
    }
}
