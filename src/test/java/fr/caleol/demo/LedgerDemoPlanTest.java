package fr.caleol.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

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
    void about_thirteen_percent_unpaid_rising_to_eighteen_in_april_2020() {
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
    void no_rent_is_called_outside_the_lease() {
        List<Movement> ledger = LedgerDemoPlan.ledger(7, LocalDate.of(2020, 1, 1), LocalDate.of(2020, 6, 30), RENT);
        assertThat(ledger.stream().filter(m -> m.kind() == MovementKind.RENT_CALL)).hasSize(6);
    }

    @Test
    void most_leases_always_pay_a_chronic_minority_misses_often_and_the_lockdown_brings_first_time_missers() {
        int leases = 5_000;
        int neverMissedOutsideLockdown = 0;
        int chronic = 0;
        int missedApril2020 = 0;
        int firstTimeInApril2020 = 0;
        YearMonth april = YearMonth.of(2020, 4);
        for (int i = 0; i < leases; i++) {
            List<Movement> ledger = LedgerDemoPlan.ledger(DemoOutreachData.SEED ^ ("LOC-B" + i).hashCode(), LONG_AGO,
                    null, RENT);
            int missed = 0;
            boolean missedBefore = false;
            for (int m = 0; m < LedgerDemoPlan.MONTHS; m++) {
                YearMonth month = LedgerDemoPlan.FIRST.plusMonths(m);
                if (unpaidIn(ledger, month)) {
                    if (LedgerDemoPlan.lockdownShock(month) == 0) {
                        missed++;
                    }
                    if (month.isBefore(april)) {
                        missedBefore = true;
                    }
                }
            }
            if (missed == 0) {
                neverMissedOutsideLockdown++;
            }
            if (missed >= 6) {
                chronic++;
            }
            if (unpaidIn(ledger, april)) {
                missedApril2020++;
                if (!missedBefore) {
                    firstTimeInApril2020++;
                }
            }
        }
        assertThat(neverMissedOutsideLockdown / (double) leases).as("reliable payers").isBetween(0.60, 0.75);
        assertThat(chronic / (double) leases).as("chronic minority").isBetween(0.20, 0.30);
        assertThat(firstTimeInApril2020 / (double) missedApril2020).as("first-time missers among April's unpaid")
                .isBetween(0.25, 0.45);
    }

    @Test
    void the_expected_rates_follow_domain_md() {
        assertThat(LedgerDemoPlan.unpaidRate(YearMonth.of(2019, 9))).isCloseTo(0.13, within(0.005));
        assertThat(LedgerDemoPlan.unpaidRate(YearMonth.of(2020, 4))).isCloseTo(0.18, within(0.005));
    }
}
