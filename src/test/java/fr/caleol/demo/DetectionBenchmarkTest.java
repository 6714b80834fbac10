package fr.caleol.demo;

import static org.assertj.core.api.Assertions.assertThat;

import fr.caleol.tenancy.domain.ArrearsRules;
import fr.caleol.tenancy.domain.Movement;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * In-memory benchmark of the pure detection rules over 30 000 leases × 24 months of generated ledger (no database):
 * prints the time of the rule evaluation alone. The database scan of {@code ArrearsCaseService.detect} adds the
 * reading of the movements.
 */
class DetectionBenchmarkTest {

    @Test
    void detectionOver30000LeasesOf24Months() {
        BigDecimal rent = new BigDecimal("480.00");
        List<List<Movement>> ledgers = new ArrayList<>(30_000);
        long movements = 0;
        for (int i = 0; i < 30_000; i++) {
            List<Movement> l = LedgerDemoPlan.ledger(i * 7919L, LocalDate.of(2000, 1, 1), null, rent);
            movements += l.size();
            ledgers.add(l);
        }
        LocalDate day = LocalDate.of(2021, 4, 30);
        long start = System.nanoTime();
        int opened = 0;
        int escalated = 0;
        for (List<Movement> l : ledgers) {
            if (ArrearsRules.opensNascentCase(l, day, 10)) {
                opened++;
                if (ArrearsRules.twoMonthsReachedOn(l, rent, day.minusMonths(12), day, 10) != null) {
                    escalated++;
                }
            }
        }
        long ms = (System.nanoTime() - start) / 1_000_000;
        System.out.printf("BENCHMARK detection: 30000 leases, %d movements, %d cases, %d escalated, %d ms%n",
                movements, opened, escalated, ms);
        assertThat(opened).isPositive();
        assertThat(ms).isLessThan(120_000);
    }
}
