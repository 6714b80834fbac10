package fr.caleol.benchmark;

import fr.caleol.audit.domain.AuditAction;
import fr.caleol.audit.service.AuditLog;
import fr.caleol.demo.LedgerDataGenerator;
import fr.caleol.demo.TenancyDataGenerator;
import fr.caleol.security.domain.Role;
import fr.caleol.socialcell.service.LedgerUpdates;
import fr.caleol.support.TestUsers;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * How long an audited action (a login failure's audit row, in a transaction of its own, as a login, a ballot or a
 * dossier read would) takes while the lead imports 100 000 ledger movements, against the same action on an idle
 * application: {@code ./mvnw -B -Pbenchmark verify -Dit.test=AuditLatencyBenchmark}. Printed, not asserted. On the
 * benchmark's own database (target/benchmark-db), with 30 000 generated leases.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("benchmark")
class AuditLatencyBenchmark {

    static final int LEASES = 30_000;
    static final int IMPORT_LINES = 100_000;
    static final LocalDate DAY = LedgerDataGenerator.LAST_DAY;
    static final String PREFIX = "BAU";

    @Autowired TenancyDataGenerator tenancy;
    @Autowired LedgerDataGenerator ledgers;
    @Autowired LedgerUpdates updates;
    @Autowired AuditLog auditLog;
    @Autowired JdbcTemplate jdbc;
    @Autowired TransactionTemplate transaction;

    @Test
    void print_audited_action_latency_during_a_100_000_line_ledger_import() throws Exception {
        String dataDir = jdbc.queryForObject("SELECT @@datadir", String.class);
        if (dataDir == null || !dataDir.contains("benchmark-db")) {
            throw new IllegalStateException("The benchmark empties tables: it runs only on target/benchmark-db");
        }
        for (String table : List.of("plan_instalment", "repayment_plan", "arrears_contact", "arrears_deferral",
                "arrears_paperwork", "arrears_referral", "arrears_case", "ledger_month_figures", "rent_movement",
                "outreach_follow_up", "outreach_referral", "outreach_neighbour_report", "outreach_call",
                "outreach_assignment", "outreach_volunteer", "outreach_do_not_call", "outreach_target",
                "outreach_campaign", "tenant", "lease", "household")) {
            jdbc.update("DELETE FROM " + table);
        }
        transaction.execute(s -> tenancy.generate(40_000L, PREFIX, (int) (LEASES * 2.2), DAY));
        jdbc.update("UPDATE lease SET start_date = '2019-01-01' WHERE start_date > '2019-05-01'");
        transaction.execute(s -> ledgers.generate(40_000L, PREFIX, LEASES));
        String csv = importCsv();

        double[] idle = new double[50];
        for (int i = 0; i < idle.length; i++) {
            idle[i] = audited(i);
        }

        CompletableFuture<Double> importing = CompletableFuture.supplyAsync(() -> {
            TestUsers.actAs("bench-lead", Role.SOCIAL_CELL_LEAD);
            try {
                long t = System.nanoTime();
                if (!updates.importLedger(csv).succeeded()) {
                    throw new IllegalStateException("the import was refused");
                }
                return Stats.ms(t);
            } finally {
                TestUsers.anonymous();
            }
        });
        List<Double> during = new ArrayList<>();
        while (!importing.isDone()) {
            during.add(audited(during.size()));
            Thread.sleep(20);
        }
        double importMs = importing.get();
        double[] busy = during.stream().mapToDouble(Double::doubleValue).toArray();
        System.out.printf("%nAudited action (one audit row in its own transaction), ms:%n"
                        + "  idle:                         median %.1f  p95 %.1f  max %.1f  (%d actions)%n"
                        + "  during a %,d-line ledger import (%,.0f ms): median %.1f  p95 %.1f  max %.1f  (%d actions)%n%n",
                Stats.median(idle), Stats.p95(idle), Stats.max(idle), idle.length, IMPORT_LINES, importMs,
                Stats.median(busy), Stats.p95(busy), Stats.max(busy), busy.length);
    }

    private double audited(int n) {
        long t = System.nanoTime();
        auditLog.recordAs("bench-visitor", AuditAction.LOGIN_FAILURE, "user", "bench-visitor-" + n,
                "BadCredentialsException");
        return Stats.ms(t);
    }

    private String importCsv() {
        List<String> references = jdbc.queryForList("SELECT reference FROM lease WHERE reference LIKE ? ORDER BY id "
                + "LIMIT ?", String.class, PREFIX + "%", LEASES);
        DateTimeFormatter format = DateTimeFormatter.ofPattern("dd/MM/yyyy");
        StringBuilder csv = new StringBuilder("bail;type;date;echeance;montant;moyen;reference\n");
        int lines = 0;
        for (int month = 1; lines < IMPORT_LINES; month++) {
            String due = DAY.plusMonths(month).withDayOfMonth(5).format(format);
            for (String reference : references) {
                if (lines >= IMPORT_LINES) {
                    break;
                }
                csv.append(reference).append(";APPEL;").append(due).append(';').append(due).append(";512,40;;\n");
                lines++;
                if (lines < IMPORT_LINES) {
                    csv.append(reference).append(";PAIEMENT;").append(due).append(";;512,40;TRANSFER;VIR-")
                            .append(lines).append('\n');
                    lines++;
                }
            }
        }
        return csv.toString();
    }
}
