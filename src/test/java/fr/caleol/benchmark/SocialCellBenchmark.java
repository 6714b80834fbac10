package fr.caleol.benchmark;

import static fr.caleol.benchmark.Stats.max;
import static fr.caleol.benchmark.Stats.median;
import static fr.caleol.benchmark.Stats.ms;
import static fr.caleol.benchmark.Stats.p95;

import fr.caleol.base.db.BatchInsert;
import fr.caleol.demo.LedgerDataGenerator;
import fr.caleol.demo.TenancyDataGenerator;
import fr.caleol.security.domain.Role;
import fr.caleol.socialcell.domain.CaseStatus;
import fr.caleol.socialcell.domain.FiguresPeriod;
import fr.caleol.socialcell.service.ArrearsCaseService;
import fr.caleol.socialcell.service.DetectionReport;
import fr.caleol.socialcell.service.LedgerUpdates;
import fr.caleol.socialcell.service.TeamFigures.CaseFilter;
import fr.caleol.socialcell.service.TeamFiguresService;
import fr.caleol.support.TestUsers;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Social cell figures, printed (not asserted): {@code ./mvnw -B -Pbenchmark verify -Dit.test=SocialCellBenchmark}. On
 * the benchmark's own embedded database (target/benchmark-db), whose tenancy, ledger and social-cell tables it empties
 * first: 30 000 leases × 24 months of ledger (May 2019 – April 2021); the nascent-arrears detection through the
 * database; the lead's caseload refresh (first page + count, with filters) and the team dashboard refresh once a team
 * of 8 has worked the cases (contacts, plans, defaults); the import of 100 000 ledger movements from CSV through
 * {@link LedgerUpdates} (the screen's path: check, insert, plan payments, detection, breaches, one transaction).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("benchmark")
class SocialCellBenchmark {

    static final int LEASES = 30_000;
    static final int RUNS = 20;
    static final int DETECTION_RUNS = 5;
    static final int IMPORT_LINES = 100_000;
    static final LocalDate DAY = LedgerDataGenerator.LAST_DAY; // 30 April 2021
    static final String PREFIX = "BSC";

    @Autowired TenancyDataGenerator tenancy;
    @Autowired LedgerDataGenerator ledgers;
    @Autowired ArrearsCaseService cases;
    @Autowired TeamFiguresService figures;
    @Autowired LedgerUpdates updates;
    @Autowired JdbcTemplate jdbc;
    @Autowired TransactionTemplate transaction;

    @Test
    void print_the_social_cell_figures() {
        LedgerBenchmarkData.emptyTenancyTables(jdbc);

        // ---- generation
        long t0 = System.nanoTime();
        TenancyDataGenerator.Result people = transaction.execute(s -> tenancy.generate(30_000L, PREFIX,
                (int) (LEASES * 2.2), DAY));
        double tenancyMs = ms(t0);
        int leaseCount = jdbc.queryForObject("SELECT COUNT(*) FROM lease", Integer.class);
        if (leaseCount < LEASES) {
            throw new IllegalStateException("Only " + leaseCount + " leases generated");
        }
        // every lease runs through the 24 months of ledger
        jdbc.update("UPDATE lease SET start_date = '2019-01-01' WHERE start_date > '2019-05-01'");
        long t1 = System.nanoTime();
        long movements = transaction.execute(s -> ledgers.generate(30_000L, PREFIX, LEASES));
        double ledgerMs = ms(t1);
        int rentCalls = jdbc.queryForObject("SELECT COUNT(*) FROM rent_movement WHERE kind = 'RENT_CALL'",
                Integer.class);

        // ---- detection through the database
        TestUsers.actAs("bench-lead", Role.SOCIAL_CELL_LEAD);
        // the year the nightly run would have lived through: detection at each month end since the lockdown, so that
        // the caseload holds a year of cases (about 2 000 arrears cases a year for such a landlord)
        long t20 = System.nanoTime();
        int history = 0;
        for (LocalDate monthEnd = LocalDate.of(2020, 4, 30); monthEnd.isBefore(DAY.withDayOfMonth(1));
                monthEnd = monthEnd.plusMonths(1).withDayOfMonth(1).plusMonths(1).minusDays(1)) {
            history += cases.detect(monthEnd).opened();
        }
        double historyMs = ms(t20);
        long t2 = System.nanoTime();
        DetectionReport first = cases.detect(DAY);
        double firstDetection = ms(t2);
        double[] detection = new double[DETECTION_RUNS - 1];
        DetectionReport later = null;
        for (int i = 0; i < detection.length; i++) {
            long t = System.nanoTime();
            later = cases.detect(DAY);
            detection[i] = ms(t);
        }

        // ---- a team of 8 works the cases: assignment, contacts, plans, defaults
        List<String> advisers = advisers(8);
        List<Long> open = jdbc.queryForList("SELECT id FROM arrears_case ORDER BY id", Long.class);
        for (int a = 0; a < advisers.size(); a++) {
            List<Long> mine = new ArrayList<>();
            for (int i = a; i < open.size(); i += advisers.size() + 2) { // a fifth of the cases stays unassigned
                mine.add(open.get(i));
            }
            if (!mine.isEmpty()) {
                cases.assignAll(mine, advisers.get(a));
            }
        }
        int[] work = simulateTeamWork(advisers);

        // ---- the lead's caseload refresh
        String someName = jdbc.queryForObject("SELECT last_name FROM tenant ORDER BY id LIMIT 1", String.class);
        record Scenario(String label, CaseFilter filter) {}
        List<Scenario> scenarios = List.of(
                new Scenario("no filter", CaseFilter.ALL),
                new Scenario("status CONTACTED", new CaseFilter(CaseStatus.CONTACTED, null, false, false, null)),
                new Scenario("one adviser, escalated only", new CaseFilter(null, advisers.getFirst(), false, true,
                        null)),
                new Scenario("not assigned", new CaseFilter(null, null, true, false, null)),
                new Scenario("text search \"" + someName + "\"", new CaseFilter(null, null, false, false, someName)));
        StringBuilder caseload = new StringBuilder();
        for (Scenario s : scenarios) {
            double[] runs = new double[RUNS];
            int count = 0;
            for (int i = 0; i < RUNS + 3; i++) {
                long t = System.nanoTime();
                figures.cases(s.filter(), 0, 50);
                count = figures.countCases(s.filter());
                if (i >= 3) {
                    runs[i - 3] = ms(t);
                }
            }
            caseload.append(String.format("  %-40s %6d cases: median %.1f ms, p95 %.1f ms%n", s.label(), count,
                    median(runs), p95(runs)));
        }
        double[] loadRuns = new double[RUNS];
        for (int i = 0; i < RUNS + 3; i++) {
            long t = System.nanoTime();
            figures.loadPerAdviser();
            figures.advisers();
            if (i >= 3) {
                loadRuns[i - 3] = ms(t);
            }
        }

        // ---- the dashboard refresh (every figure the screen shows)
        FiguresPeriod.Range sinceCrisis = FiguresPeriod.SINCE_CRISIS.range(DAY);
        FiguresPeriod.Range week = FiguresPeriod.week(DAY);
        double[] dashboard = new double[RUNS];
        int deadlines = 0;
        for (int i = 0; i < RUNS + 3; i++) {
            long t = System.nanoTime();
            figures.unpaidRates();
            figures.openCasesByStatus();
            figures.counters(sinceCrisis.from(), sinceCrisis.to());
            deadlines = figures.deadlines(week.from(), week.to()).size();
            if (i >= 3) {
                dashboard[i - 3] = ms(t);
            }
        }
        var rates = figures.unpaidRates();
        String april2020 = rates.months().stream().filter(m -> m.month().toString().equals("2020-04"))
                .map(m -> m.ratePercent() + " %").findFirst().orElse("?");
        double average = rates.months().stream().mapToDouble(m -> m.ratePercent()).average().orElse(0);

        // ---- import of 100 000 movements
        String csv = LedgerBenchmarkData.importCsv(jdbc, PREFIX, LEASES, IMPORT_LINES, DAY);
        long t3 = System.nanoTime();
        LedgerUpdates.Outcome outcome = updates.importLedger(csv);
        var report = outcome.report();
        double importMs = ms(t3);
        TestUsers.anonymous();

        System.out.printf("""

                ===== Social cell benchmark =====
                generation: %d households / %d tenants / %d leases in %.0f ms; ledger of %d leases × 24 months: %d movements (%d rent calls) in %.0f ms
                detection at the 12 month ends April 2020 – March 2021: %d cases opened in %.0f ms
                detection over %d leases (%d movements) through the database on %s:
                  first run (opens %d cases, %d escalated): %.0f ms
                  later runs (scan only, %d opened): median %.0f ms, max %.0f ms (%d runs)
                unpaid rate per month (stored by the detection): average %.1f %%, April 2020 %s
                team work simulated: %d contacts, %d plans, %d plans in default, %d cases escalated, 8 advisers
                lead's caseload refresh (first page of 50 + count), %d runs:
                %s  load per adviser + advisers list: median %.1f ms, p95 %.1f ms
                dashboard refresh (unpaid rates, cases by status, counters since 30/03/2020, deadlines of the week: %d): median %.1f ms, p95 %.1f ms (%d runs)
                import of %d ledger movements as an adviser does it (CSV in memory → checked, inserted, plan payments, detection and breach check over every lease, committed; %s): %.0f ms
                ===================================
                """, people.households(), people.tenants(), leaseCount, tenancyMs, LEASES, movements, rentCalls,
                ledgerMs, history, historyMs, first.leasesScanned(), movements, DAY, first.opened(), first.escalated(), firstDetection,
                later.opened(), median(detection), max(detection), detection.length, average, april2020, work[0],
                work[1], work[2], work[3], RUNS, caseload, median(loadRuns), p95(loadRuns), deadlines, median(dashboard),
                p95(dashboard), RUNS, IMPORT_LINES, report.succeeded() ? report.imported() + " imported"
                        : report.errors().size() + " errors", importMs);
    }

    private List<String> advisers(int n) {
        List<String> names = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
            String name = String.format("bench-c%02d", i);
            names.add(name);
            if (jdbc.queryForObject("SELECT COUNT(*) FROM app_user WHERE username = ?", Integer.class, name) == 0) {
                jdbc.update("INSERT INTO app_user (username, display_name, password_hash) VALUES (?, ?, ?)", name,
                        "Conseiller " + i, "{noop}not-a-login");
                jdbc.update("INSERT INTO app_user_role (user_id, role) SELECT id, 'SOCIAL_ADVISER' FROM app_user "
                        + "WHERE username = ?", name);
            }
        }
        return names;
    }

    /**
     * The work of the 2020 team, in proportion: about 2 638 outgoing calls, 2 168 letters, 773 incoming calls and 497
     * plans between 30/03/2020 and the detection day, a tenth of the plans in default. Returns {contacts, plans,
     * defaults, escalated cases}.
     */
    private int[] simulateTeamWork(List<String> advisers) {
        Random random = new Random(2020);
        List<Object[]> assigned = jdbc.query("SELECT id, adviser FROM arrears_case WHERE adviser IS NOT NULL",
                (rs, n) -> new Object[] {rs.getLong(1), rs.getString(2)});
        int days = (int) (DAY.toEpochDay() - FiguresPeriod.CRISIS_START.toEpochDay());
        BatchInsert contacts = BatchInsert.into(jdbc, "arrears_contact", "case_id", "kind", "contact_date", "author");
        String[] kinds = {"OUTGOING_CALL", "LETTER", "INCOMING_CALL"};
        int[] counts = {2638, 2168, 773};
        for (int k = 0; k < kinds.length; k++) {
            for (int i = 0; i < counts[k]; i++) {
                Object[] c = assigned.get(random.nextInt(assigned.size()));
                contacts.add(c[0], kinds[k], FiguresPeriod.CRISIS_START.plusDays(random.nextInt(days + 1)), c[1]);
            }
        }
        contacts.flush();
        BatchInsert plans = BatchInsert.into(jdbc, "repayment_plan", "case_id", "debt", "start_date", "months",
                "signed_on", "status", "created_by", "defaulted_on");
        int defaults = 0;
        for (int i = 0; i < 497 && i < assigned.size(); i++) {
            Object[] c = assigned.get(i);
            LocalDate signed = FiguresPeriod.CRISIS_START.plusDays(random.nextInt(days + 1));
            boolean defaulted = random.nextInt(10) == 0;
            defaults += defaulted ? 1 : 0;
            plans.add(c[0], 900, signed.plusMonths(1).withDayOfMonth(5), 12, signed,
                    defaulted ? "IN_DEFAULT" : "ACTIVE", c[1], defaulted ? signed.plusMonths(2) : null);
        }
        plans.flush();
        jdbc.update("UPDATE arrears_case SET status = 'CONTACTED' WHERE id IN (SELECT case_id FROM arrears_contact)");
        // a fifth of the cases reached two months of debt in the last 8 months: their CAF and plan deadlines
        jdbc.update("UPDATE arrears_case SET escalated_on = ? - INTERVAL (id % 240) DAY WHERE id % 5 = 0", DAY);
        jdbc.update("UPDATE arrears_case c JOIN repayment_plan p ON p.case_id = c.id SET c.status = "
                + "IF(p.status = 'IN_DEFAULT', 'PLAN_IN_DEFAULT', 'PLAN_ACTIVE')");
        int escalated = jdbc.queryForObject("SELECT COUNT(*) FROM arrears_case WHERE escalated_on IS NOT NULL",
                Integer.class);
        return new int[] {counts[0] + counts[1] + counts[2], Math.min(497, assigned.size()), defaults, escalated};
    }
}
