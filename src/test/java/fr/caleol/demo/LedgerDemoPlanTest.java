package fr.caleol.demo;

import static org.assertj.core.api.Assertions.assertThat;

import fr.caleol.tenancy.domain.Movement;
import fr.caleol.tenancy.domain.MovementKind;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

class LedgerDemoPlanTest {

    static final BigDecimal RENT = new BigDecimal("480.00");
    static final LocalDate LONG_AGO = LocalDate.of(2000, 1, 1);

    static boolean unpaidIn(List<Movement> ledger, YearMonth month) {
        return ledger.stream().noneMatch(m -> m.kind() == MovementKind.PAYMENT && YearMonth.from(m.date()).equals(month));
    }

    @Test
    void deterministic() {
        assertThat(LedgerDemoPlan.ledger(42, LONG_AGO, null, RENT)).isEqualTo(LedgerDemoPlan.ledger(42, LONG_AGO,
                null, RENT));
    }

    @Test
    void aboutThirteenPercentUnpaidRisingToEighteenInApril2020() {
        int leases = 5_000;
        int[] unpaid = new int[LedgerDemoPlan.MONTHS];
        for (int i = 0; i < leases; i++) {
            List<Movement> ledger = LedgerDemoPlan.ledger(DemoOutreachData.SEED ^ ("LOC-B" + i).hashCode(), LONG_AGO,
                    null, RENT);
            assertThat(ledger.stream().filter(m -> m.kind() == MovementKind.RENT_CALL)).hasSize(24);
            for (int m = 0; m < LedgerDemoPlan.MONTHS; m++) {
                if (unpaidIn(ledger, LedgerDemoPlan.FIRST.plusMonths(m))) {
                    unpaid[m]++;
                }
            }
        }
        double usual = unpaid[0] / (double) leases;
        double april = unpaid[11] / (double) leases; // May 2019 + 11 = April 2020
        assertThat(LedgerDemoPlan.FIRST.plusMonths(11)).isEqualTo(YearMonth.of(2020, 4));
        assertThat(usual).isBetween(0.11, 0.15);
        assertThat(april).isBetween(0.165, 0.195);
    }

    @Test
    void noRentCallOutsideTheLease() {
        List<Movement> ledger = LedgerDemoPlan.ledger(7, LocalDate.of(2020, 1, 1), LocalDate.of(2020, 6, 30), RENT);
        assertThat(ledger.stream().filter(m -> m.kind() == MovementKind.RENT_CALL)).hasSize(6);
    }
}
