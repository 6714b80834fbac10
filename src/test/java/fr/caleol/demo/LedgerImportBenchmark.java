package fr.caleol.demo;

import fr.caleol.base.db.BatchInsert;
import fr.caleol.security.domain.Role;
import fr.caleol.socialcell.service.ArrearsCaseService;
import fr.caleol.socialcell.service.DetectionReport;
import fr.caleol.socialcell.service.LedgerUpdates;
import fr.caleol.support.TestUsers;
import fr.caleol.tenancy.domain.Movement;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Social cell figures, printed (not asserted). {@code ./mvnw -B -Pbenchmark verify -Dit.test=LedgerImportBenchmark}.
 * On the benchmark's own database (target/benchmark-db), whose ledger and arrears tables it empties before and after:
 * about 30 000 leases with 24 months of ledger ({@link LedgerDemoPlan}); the detection run over all of them (database
 * scan included); then the import of a file of 100 000 movements through {@link LedgerUpdates} (check, insert, plan
 * payments, detection, breaches, in one transaction).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("benchmark")
class LedgerImportBenchmark {

    static final int TENANTS = 60_000;
    static final int MOVEMENTS = 100_000;
    static final String PREFIX = "LBN";
    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    @Autowired TenancyDataGenerator generator;
    @Autowired ArrearsCaseService cases;
    @Autowired LedgerUpdates updates;
    @Autowired JdbcTemplate jdbc;
    @Autowired TransactionTemplate transaction;

    @Test
    void print_the_ledger_figures() {
        String dir = jdbc.queryForObject("SELECT @@datadir", String.class);
        if (dir == null || !dir.contains("benchmark-db")) {
            throw new IllegalStateException("The benchmark empties tables: it runs only on target/benchmark-db, not on "
                    + dir);
        }
        empty();
        try {
            run();
        } finally {
            empty();
            TestUsers.anonymous();
        }
    }

    private void run() {
        LocalDate reference = LocalDate.of(2021, 4, 30);
        if (jdbc.queryForObject("SELECT COUNT(*) FROM lease WHERE reference LIKE ?", Integer.class,
                PREFIX + "-%") == 0) {
            transaction.executeWithoutResult(s -> generator.generate(30_000L, PREFIX, TENANTS, reference));
        }
        record Lease(long id, String reference, LocalDate start, BigDecimal rent) {}
        List<Lease> leases = jdbc.query("""
                SELECT id, reference, start_date, monthly_rent + monthly_charges FROM lease WHERE reference LIKE ?
                ORDER BY id""", (rs, n) -> new Lease(rs.getLong(1), rs.getString(2),
                rs.getObject(3, LocalDate.class), rs.getBigDecimal(4)), PREFIX + "-%");
        long t0 = System.nanoTime();
        int[] history = {0};
        transaction.executeWithoutResult(s -> {
            BatchInsert insert = BatchInsert.into(jdbc, "rent_movement", "lease_id", "kind", "movement_date",
                    "due_date", "amount", "means", "recorded_at");
            LocalDateTime now = LocalDateTime.of(2021, 4, 30, 20, 0);
            for (Lease l : leases) {
                for (Movement m : LedgerDemoPlan.ledger(l.reference().hashCode(), l.start(), null, l.rent())) {
                    insert.add(l.id(), m.kind().name(), m.date(), m.dueDate(), m.amount(),
                            m.means() == null ? null : m.means().name(), now);
                    history[0]++;
                }
            }
            insert.flush();
        });
        double ledgerMs = ms(t0);

        TestUsers.actAs("bench-lead", Role.SOCIAL_CELL_LEAD);
        long t1 = System.nanoTime();
        DetectionReport detection = cases.detect(reference);
        double detectionMs = ms(t1);

        StringBuilder csv = new StringBuilder(MOVEMENTS * 48).append("bail;type;date;echeance;montant;moyen;reference\n");
        LocalDate due = LocalDate.of(2021, 5, 5);
        int lines = 0;
        for (int month = 0; lines < MOVEMENTS; month++) {
            LocalDate d = due.plusMonths(month);
            for (int i = 0; i < leases.size() && lines < MOVEMENTS; i++) {
                Lease l = leases.get(i);
                csv.append(l.reference()).append(";APPEL;").append(d.format(DAY)).append(';').append(d.format(DAY))
                        .append(';').append(l.rent().toPlainString()).append(";;\n");
                lines++;
                if (i % 8 != 0 && lines < MOVEMENTS) { // one tenant in eight does not pay this month
                    csv.append(l.reference()).append(";PAIEMENT;").append(d.plusDays(i % 4).format(DAY))
                            .append(";;").append(l.rent().toPlainString()).append(";DIRECT_DEBIT;PRLV\n");
                    lines++;
                }
            }
        }
        long t2 = System.nanoTime();
        LedgerUpdates.Outcome outcome = updates.importLedger(csv.toString());
        double importMs = ms(t2);
        if (!outcome.succeeded()) {
            throw new IllegalStateException("import refused: " + outcome.report().errors().subList(0,
                    Math.min(5, outcome.report().errors().size())));
        }
        System.out.printf("""

                ===== Social cell ledger benchmark =====
                ledger written: %d leases, %d movements (24 months) in %.0f ms
                detection over %d leases × 24 months (database scan included): %.0f ms, %d cases opened, %d escalated
                import of %d movements through LedgerUpdates (check, insert, plan payments, detection, breaches): %.0f ms; %d cases opened
                ========================================
                """, leases.size(), history[0], ledgerMs, detection.leasesScanned(), detectionMs, detection.opened(),
                detection.escalated(), outcome.report().imported(), importMs, outcome.casesOpened());
    }

    private void empty() {
        for (String table : List.of("plan_instalment", "repayment_plan", "arrears_contact", "arrears_case",
                "rent_movement")) {
            jdbc.update("DELETE FROM " + table);
        }
    }

    private static double ms(long startNanos) {
        return (System.nanoTime() - startNanos) / 1_000_000.0;
    }
}
