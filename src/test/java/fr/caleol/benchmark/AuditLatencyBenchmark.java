package fr.caleol.benchmark;

import fr.caleol.audit.domain.AuditAction;
import fr.caleol.audit.service.AuditLog;
import fr.caleol.demo.LedgerDataGenerator;
import fr.caleol.demo.TenancyDataGenerator;
import fr.caleol.security.domain.Role;
import fr.caleol.socialcell.service.LedgerUpdates;
import fr.caleol.support.TestUsers;
import java.time.LocalDate;
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
        LedgerBenchmarkData.emptyTenancyTables(jdbc);
        transaction.execute(s -> tenancy.generate(40_000L, PREFIX, (int) (LEASES * 2.2), DAY));
        jdbc.update("UPDATE lease SET start_date = '2019-01-01' WHERE start_date > '2019-05-01'");
        transaction.execute(s -> ledgers.generate(40_000L, PREFIX, LEASES));
        String csv = LedgerBenchmarkData.importCsv(jdbc, PREFIX, LEASES, IMPORT_LINES, DAY);

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
}
