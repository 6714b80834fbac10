package fr.caleol.housing;

import fr.caleol.committee.domain.ActivityReport;
import fr.caleol.committee.domain.Committee;
import fr.caleol.committee.domain.CommitteeRepository;
import fr.caleol.committee.service.ActivityReportService;
import fr.caleol.demo.HousingDataLoader;
import fr.caleol.housing.domain.ApplicationStatus;
import fr.caleol.housing.domain.DwellingType;
import fr.caleol.housing.domain.PriorityCategory;
import fr.caleol.housing.service.ApplicationCsv;
import fr.caleol.housing.service.ApplicationFilter;
import fr.caleol.housing.service.ApplicationForm;
import fr.caleol.housing.service.CotationService;
import fr.caleol.housing.service.HousingApplicationService;
import fr.caleol.housing.service.HousingImportService;
import fr.caleol.housing.service.ImportProgress;
import fr.caleol.housing.service.ImportReport;
import fr.caleol.security.domain.Role;
import fr.caleol.support.TestUsers;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntFunction;
import javax.sql.DataSource;
import org.apache.commons.csv.CSVPrinter;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DelegatingDataSource;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Housing benchmark: NOT a test, a runner that prints figures. {@code ./mvnw -B -Pbenchmark verify} (see README.md,
 * "Benchmarks"). On its own embedded MariaDB (target/benchmark-db), it regenerates 30 000 dwellings and 100 000
 * applications, then prints the server-side time of the applications list (first page, then every filter: median
 * and 95th percentile of list + count over 50 requests), the SQL statements of one page, and the time of a 20 000-line
 * CSV import. It refuses to run on any other database, since it empties the housing tables first.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("benchmark")
@Import(HousingBenchmark.StatementCounting.class)
class HousingBenchmark {

    static final int DWELLINGS = 30_000;
    static final int APPLICATIONS = 100_000;
    static final int IMPORT_LINES = 20_000;
    static final int REQUESTS = 50;
    static final int WARM_UP = 5;
    static final int PAGE = 50;
    static final AtomicLong STATEMENTS = new AtomicLong();
    private static final List<String> HOUSING_TABLES = List.of("candidacy", "application_history",
            "application_document", "application_priority", "application_wished_type", "application_wished_commune",
            "household_person", "housing_application", "dwelling");

    @Autowired HousingApplicationService applications;
    @Autowired HousingImportService imports;
    @Autowired HousingDataLoader loader;
    @Autowired JdbcTemplate jdbc;
    @Autowired CotationService cotation;
    @Autowired ActivityReportService reports;
    @Autowired CommitteeRepository committees;
    @Autowired TransactionTemplate transaction;
    @Value("${caleol.embedded-db.active:false}") boolean embedded;
    @Value("${caleol.embedded-db.data-dir}") String dataDir;

    private final StringBuilder out = new StringBuilder();

    @Test
    void run() throws IOException {
        if (!embedded || !dataDir.contains("benchmark")) {
            throw new IllegalStateException("The benchmark empties the housing tables: it runs only on its own "
                    + "embedded database (target/benchmark-db), not on " + dataDir + " / SPRING_DATASOURCE_URL.");
        }
        print("CALEOL housing benchmark, " + LocalDate.now() + ", " + Runtime.getRuntime().availableProcessors()
                + " cores, MariaDB " + jdbc.queryForObject("SELECT VERSION()", String.class));
        emptyHousingTables();
        ensureCeilingsOfThisYear();

        long started = System.nanoTime();
        HousingDataLoader.Result generated = transaction.execute(status -> loader.load(
                new HousingDataLoader.Spec(19_700_101L, "BENCH", DWELLINGS, APPLICATIONS, 30, 100_000)));
        long generation = millis(started);
        jdbc.execute("ANALYZE TABLE housing_application, household_person, application_wished_commune, "
                + "application_wished_type, application_priority, dwelling");
        print("");
        print(String.format(Locale.ROOT, "Generator: %,d dwellings + %,d applications (%,d persons, %,d history rows)"
                + " in %,d ms (%,.0f applications/s)", DWELLINGS, APPLICATIONS, count("household_person"),
                count("application_history"), generation, APPLICATIONS * 1000.0 / generation));
        print("  " + generated);

        TestUsers.actAs("benchmark", Role.SECRETARY, Role.ADMIN);
        try {
            listBenchmarks();
            cotationBenchmark();
            activityReportBenchmark();
            importBenchmark();
        } finally {
            TestUsers.anonymous();
        }
        Path results = Path.of("target", "benchmark-results.txt");
        Files.writeString(results, out);
        System.out.println("\n(also written to " + results.toAbsolutePath() + ")");
    }

    private void listBenchmarks() {
        Sort byFiling = Sort.by(Sort.Direction.DESC, "filingDate");
        long started = System.nanoTime();
        long statementsBefore = STATEMENTS.get();
        int firstPage = applications.list(ApplicationFilter.none(), PageRequest.of(0, PAGE, byFiling)).size();
        long total = applications.count(ApplicationFilter.none());
        print("");
        print(String.format(Locale.ROOT, "First page of the applications list (cold): %,d ms, %d rows of %,d, "
                + "%d SQL statements", millis(started), firstPage, total, STATEMENTS.get() - statementsBefore));

        List<Long> communes = jdbc.queryForList("SELECT id FROM commune WHERE insee_code LIKE '93%' ORDER BY id",
                Long.class);
        List<String> numeros = jdbc.queryForList("SELECT numero_unique FROM housing_application ORDER BY RAND(42) "
                + "LIMIT " + (REQUESTS + WARM_UP), String.class);
        List<String> names = List.of("DIA", "MARTIN", "NGUY", "BENALI", "TRA", "ROUX", "SILVA", "KONAT", "PETIT",
                "HADDAD", "DUPONT", "CAMARA", "KAYA", "CHEN", "MOREAU");
        Random random = new Random(7);
        LocalDate today = LocalDate.now();
        ApplicationFilter none = ApplicationFilter.none();
        Map<String, IntFunction<ApplicationFilter>> filters = new LinkedHashMap<>();
        filters.put("none (pages 1-10)", i -> none);
        filters.put("status", i -> with(none, ApplicationStatus.values()[i % 5], null, null, null, null, null));
        filters.put("commune", i -> withCommune(communes.get(i % communes.size())));
        filters.put("dwelling type", i -> with(none, null, DwellingType.values()[i % 6], null, null, null, null));
        filters.put("DALO", i -> with(none, null, null, i % 2 == 0, null, null, null));
        filters.put("priority", i -> with(none, null, null, null, PriorityCategory.values()[i % 5], null, null));
        filters.put("within/above ceiling", i -> with(none, null, null, null, null,
                ApplicationFilter.CeilingPosition.values()[i % 2], null));
        filters.put("filing-date range (3 months)", i -> {
            LocalDate from = today.minusDays(90 + random.nextInt(5 * 365 - 90));
            return new ApplicationFilter(null, null, null, null, null, null, null, from, from.plusMonths(3));
        });
        filters.put("name search", i -> withText(names.get(i % names.size())));
        filters.put("numéro unique", i -> withText(numeros.get(i)));

        print("");
        print(String.format(Locale.ROOT, "%-30s %10s %10s %10s %12s %10s", "Filter (list + count, page of "
                + PAGE + ")", "median ms", "p95 ms", "max ms", "SQL/page", "matches"));
        for (Map.Entry<String, IntFunction<ApplicationFilter>> entry : filters.entrySet()) {
            boolean paging = entry.getKey().startsWith("none");
            List<Double> times = new ArrayList<>();
            long statements = 0;
            long matches = 0;
            for (int i = 0; i < WARM_UP + REQUESTS; i++) {
                ApplicationFilter filter = entry.getValue().apply(i);
                PageRequest page = PageRequest.of(paging ? i % 10 : 0, PAGE, byFiling);
                long before = STATEMENTS.get();
                long t0 = System.nanoTime();
                applications.list(filter, page);
                long found = applications.count(filter);
                double ms = (System.nanoTime() - t0) / 1e6;
                if (i >= WARM_UP) {
                    times.add(ms);
                    statements = STATEMENTS.get() - before;
                    matches += found;
                }
            }
            Collections.sort(times);
            print(String.format(Locale.ROOT, "%-30s %10.1f %10.1f %10.1f %12d %10d", entry.getKey(),
                    percentile(times, 50), percentile(times, 95), times.getLast(), statements, matches / REQUESTS));
        }
        print("(median and 95th percentile over " + REQUESTS + " requests after " + WARM_UP + " warm-up ones; "
                + "SQL/page = JDBC statements prepared for one list + count; matches = average count)");
    }

    /**
     * Scores every active application under the sample cotation grid (two queries, then in memory), as the grid screen
     * does: median and 95th percentile of the whole run over 10 runs after 2 warm-up ones.
     */
    private void cotationBenchmark() throws IOException {
        CotationService.Grid grid;
        try (var sample = HousingBenchmark.class.getResourceAsStream("/samples/cotation-exemple.csv")) {
            grid = cotation.importCsv("Benchmark " + System.nanoTime(), sample);
        }
        List<Double> times = new ArrayList<>();
        CotationService.Spread spread = null;
        for (int i = 0; i < 12; i++) {
            long t0 = System.nanoTime();
            spread = cotation.spread(grid.id(), LocalDate.now());
            if (i >= 2) {
                times.add((System.nanoTime() - t0) / 1e6);
            }
        }
        Collections.sort(times);
        print("");
        print(String.format(Locale.ROOT, "Cotation of %,d active applications (sample grid, %d criteria): median %.0f ms,"
                + " p95 %.0f ms, max %.0f ms over %d runs; scores min %d, median %d, p90 %d, max %d",
                spread.applications(), grid.criteria().size(), percentile(times, 50), percentile(times, 95),
                times.getLast(), times.size(), spread.min(), spread.median(), spread.p90(), spread.max()));
    }

    /**
     * A large landlord's year of committee activity over the generated register: 48 weekly closed sittings of 100
     * dwellings each, three candidates per dwelling (simple, ranked and conditional attributions, refusals with their
     * grounds, offers with their outcomes), written by bulk SQL; then the dashboard's report of the year, as the
     * screen asks for it: median and 95th percentile over 20 runs after 3 warm-up ones.
     */
    private void activityReportBenchmark() {
        int sittingsCount = 48;
        int perSitting = 100;
        LocalDate first = LocalDate.now().minusYears(1).plusDays(7);
        List<Long> dwellingIds = jdbc.queryForList("SELECT id FROM dwelling ORDER BY id LIMIT "
                + sittingsCount * perSitting, Long.class);
        List<Long> applicationIds = jdbc.queryForList("SELECT id FROM housing_application ORDER BY id LIMIT "
                + sittingsCount * perSitting * 3, Long.class);
        long started = System.nanoTime();
        long committeeId = transaction.execute(status -> committees.save(new Committee(
                "Benchmark activité " + System.nanoTime(), "Benchmark")).getId());
        jdbc.update("UPDATE dwelling SET qpv = (id % 6 = 0), vacant_since = DATE_SUB(?, INTERVAL 400 DAY)",
                first);
        List<Object[]> itemRows = new ArrayList<>();
        for (int s = 0; s < sittingsCount; s++) {
            LocalDate date = first.plusWeeks(s);
            jdbc.update("INSERT INTO sitting (committee_id, sitting_date, start_time, mode, state) "
                    + "VALUES (?, ?, '14:00', 'LIVE_REMOTE', 'CLOSED')", committeeId, date);
            long sittingId = jdbc.queryForObject("SELECT MAX(id) FROM sitting", Long.class);
            for (int p = 0; p < perSitting; p++) {
                itemRows.add(new Object[] {sittingId, p + 1, dwellingIds.get(s * perSitting + p)});
            }
        }
        jdbc.batchUpdate("INSERT INTO agenda_item (sitting_id, position, dwelling_id, state) "
                + "VALUES (?, ?, ?, 'DECIDED')", itemRows);
        jdbc.update("INSERT INTO vote_round (item_id, number, state, opened_at, closed_at, electorate_size, "
                + "present_voters, votes_for, votes_against, abstentions, adopted, casting_vote_used) "
                + "SELECT i.id, 1, 'CLOSED', NOW(), NOW(), 9, 8, 6, 1, 1, TRUE, FALSE FROM agenda_item i "
                + "JOIN sitting s ON s.id = i.sitting_id WHERE s.committee_id = ?", committeeId);
        List<Map<String, Object>> roundsByItem = jdbc.queryForList("SELECT r.id round_id, r.item_id FROM vote_round r "
                + "JOIN agenda_item i ON i.id = r.item_id JOIN sitting s ON s.id = i.sitting_id "
                + "WHERE s.committee_id = ? ORDER BY r.item_id", committeeId);
        List<Object[]> decisions = new ArrayList<>();
        List<Object[]> offers = new ArrayList<>();
        String[] grounds = {"RESOURCES_ABOVE_CEILING", "EFFORT_RATE_TOO_HIGH", "UNSUITED_TO_HOUSEHOLD",
                "OTHER_CANDIDATE_PRIORITY", "INCOMPLETE_FILE"};
        for (int n = 0; n < roundsByItem.size(); n++) {
            long roundId = ((Number) roundsByItem.get(n).get("round_id")).longValue();
            long itemId = ((Number) roundsByItem.get(n).get("item_id")).longValue();
            long a = applicationIds.get(3 * n);
            long b = applicationIds.get(3 * n + 1);
            long c = applicationIds.get(3 * n + 2);
            switch (n % 3) {
                case 0 -> {
                    decisions.add(new Object[] {roundId, a, "ATTRIBUTION", null, null, null});
                    decisions.add(new Object[] {roundId, b, "NON_ATTRIBUTION", null, grounds[n % 5], null});
                    decisions.add(new Object[] {roundId, c, "NON_ATTRIBUTION", null, grounds[(n + 1) % 5], null});
                }
                case 1 -> {
                    for (int rank = 1; rank <= 3; rank++) {
                        long applicationId = applicationIds.get(3 * n + rank - 1);
                        decisions.add(new Object[] {roundId, applicationId, "RANKED_ATTRIBUTION", rank, null, null});
                        String state = rank == 1 ? (n % 4 == 1 ? "REFUSED" : "ACCEPTED")
                                : rank == 2 && n % 4 == 1 ? "ACCEPTED" : "WAITING";
                        offers.add(new Object[] {itemId, applicationId, "OFFER", rank, state});
                    }
                }
                default -> {
                    decisions.add(new Object[] {roundId, a, "CONDITIONAL_ATTRIBUTION", null, null,
                            first.plusMonths(2)});
                    offers.add(new Object[] {itemId, a, "CONDITION", 0, n % 5 == 0 ? "LAPSED" : "ACCEPTED"});
                    decisions.add(new Object[] {roundId, b, "INADMISSIBLE", null, "IRREGULAR_RESIDENCE", null});
                    decisions.add(new Object[] {roundId, c, "NON_ATTRIBUTION", null, grounds[n % 5], null});
                }
            }
        }
        jdbc.batchUpdate("INSERT INTO proposed_decision (round_id, application_id, type, rank_order, ground, "
                + "condition_deadline, missing_document) VALUES (?, ?, ?, ?, ?, ?, "
                + "CASE WHEN ? IS NULL THEN NULL ELSE 'Avis d’imposition' END)", decisions.stream()
                .map(d -> new Object[] {d[0], d[1], d[2], d[3], d[4], d[5], d[5]}).toList());
        jdbc.batchUpdate("INSERT INTO offer (item_id, application_id, kind, rank_order, state) "
                + "VALUES (?, ?, ?, ?, ?)", offers);
        print("");
        print(String.format(Locale.ROOT, "Committee activity: %d closed sittings, %,d decided dwellings, %,d decisions,"
                + " %,d offers, written in %,d ms", sittingsCount, roundsByItem.size(), decisions.size(),
                offers.size(), millis(started)));

        // a threshold, so that the first-quartile share is measured (benchmark database only)
        int thresholdYear = first.getYear() - 1;
        Long version = reports.thresholds().stream().filter(t -> t.getYear() == thresholdYear)
                .map(t -> t.getVersion()).findFirst().orElse(null);
        reports.setThreshold(thresholdYear, new BigDecimal("10800.00"), "Benchmark", version);
        ActivityReportService.Request request = new ActivityReportService.Request(new ActivityReport.Period(
                first.minusDays(1), first.plusWeeks(sittingsCount)), null);
        List<Double> times = new ArrayList<>();
        ActivityReportService.Report report = null;
        long statements = 0;
        for (int i = 0; i < 23; i++) {
            long before = STATEMENTS.get();
            long t0 = System.nanoTime();
            report = reports.report(request);
            if (i >= 3) {
                times.add((System.nanoTime() - t0) / 1e6);
                statements = STATEMENTS.get() - before;
            }
        }
        Collections.sort(times);
        ActivityReport f = report.figures();
        print(String.format(Locale.ROOT, "Activity report of the year over %,d applications: median %.0f ms, p95 %.0f "
                + "ms, max %.0f ms over %d runs, %d SQL statements; %,d attributions, first quartile %s, priority %s",
                APPLICATIONS, percentile(times, 50), percentile(times, 95), times.getLast(), times.size(), statements,
                f.attributions(), f.firstQuartile().count() + "/" + f.firstQuartile().of()
                        + (f.firstQuartileUnknown() > 0 ? " (no threshold: " + f.firstQuartileUnknown() + ")" : ""),
                f.priority().count() + "/" + f.priority().of()));
    }

    private void importBenchmark() {
        HousingDataLoader.Spec spec = new HousingDataLoader.Spec(20_260_101L, "UNUSED", 0, 0, 0, 800_000);
        List<ApplicationForm> forms = transaction.execute(status -> loader.generator(spec).applications(
                IMPORT_LINES));
        StringWriter csv = new StringWriter();
        CSVPrinter printer = ApplicationCsv.printer(csv);
        ApplicationCsv.writeHeader(printer);
        forms.forEach(form -> ApplicationCsv.write(printer, form));
        byte[] file = csv.toString().getBytes(StandardCharsets.UTF_8);

        long[] phaseEnds = new long[2];
        long started = System.nanoTime();
        ImportReport report = imports.importApplications("benchmark.csv", new ByteArrayInputStream(file),
                (phase, done, total) -> {
                    if (done == total) {
                        phaseEnds[phase.ordinal()] = System.nanoTime();
                    }
                });
        long total = millis(started);
        if (!report.succeeded()) {
            throw new IllegalStateException("The benchmark file was refused: " + report.errors().subList(0,
                    Math.min(5, report.errors().size())));
        }
        print("");
        print(String.format(Locale.ROOT, "CSV import: %,d lines (%,.1f MB) in %,d ms: checking %,d ms, saving and "
                + "commit %,d ms (%,.0f lines/s)", report.imported(), file.length / 1e6, total,
                (phaseEnds[ImportProgress.Phase.CHECKING.ordinal()] - started) / 1_000_000,
                (System.nanoTime() - phaseEnds[ImportProgress.Phase.CHECKING.ordinal()]) / 1_000_000,
                report.imported() * 1000.0 / total));
    }

    private static ApplicationFilter with(ApplicationFilter f, ApplicationStatus status, DwellingType type,
            Boolean dalo, PriorityCategory priority, ApplicationFilter.CeilingPosition ceiling, Long commune) {
        return new ApplicationFilter(f.text(), status, commune, type, dalo, priority, ceiling, null, null);
    }

    private static ApplicationFilter withCommune(long commune) {
        return new ApplicationFilter(null, null, commune, null, null, null, null, null, null);
    }

    private static ApplicationFilter withText(String text) {
        return new ApplicationFilter(text, null, null, null, null, null, null, null, null);
    }

    private void emptyHousingTables() {
        jdbc.execute((ConnectionCallback<Void>) connection -> {
            try (var statement = connection.createStatement()) {
                statement.execute("SET FOREIGN_KEY_CHECKS = 0");
                for (String table : HOUSING_TABLES) {
                    statement.execute("TRUNCATE TABLE " + table);
                }
                statement.execute("SET FOREIGN_KEY_CHECKS = 1");
            }
            return null;
        });
    }

    /** The list's ceiling filter uses this year's scale: copy the latest stored one if this year has none. */
    private void ensureCeilingsOfThisYear() {
        int year = LocalDate.now().getYear();
        Integer latest = jdbc.queryForObject("SELECT MAX(year) FROM income_ceiling", Integer.class);
        if (latest != null && latest < year) {
            jdbc.update("INSERT INTO income_ceiling (year, zone, financing, category, amount) "
                    + "SELECT ?, zone, financing, category, amount FROM income_ceiling WHERE year = ?", year, latest);
            jdbc.update("INSERT INTO income_ceiling_extra_person (year, zone, financing, amount) "
                    + "SELECT ?, zone, financing, amount FROM income_ceiling_extra_person WHERE year = ?", year,
                    latest);
            print("(benchmark database only: the " + latest + " ceilings copied as " + year + " ones, so that the "
                    + "ceiling filter has a scale)");
        }
    }

    private long count(String table) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM " + table, Long.class);
    }

    private static double percentile(List<Double> sorted, int percent) {
        int index = (int) Math.ceil(percent / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(index, sorted.size() - 1)));
    }

    private static long millis(long startedNanos) {
        return (System.nanoTime() - startedNanos) / 1_000_000;
    }

    private void print(String line) {
        System.out.println(line);
        out.append(line).append('\n');
    }

    /** Counts the JDBC statements prepared through the application's DataSource (Hibernate and JdbcTemplate). */
    @TestConfiguration(proxyBeanMethods = false)
    static class StatementCounting {

        @Bean
        static BeanPostProcessor statementCountingDataSource() {
            return new BeanPostProcessor() {
                @Override
                public Object postProcessAfterInitialization(Object bean, String name) {
                    return bean instanceof DataSource dataSource && !(bean instanceof CountingDataSource)
                            ? new CountingDataSource(dataSource) : bean;
                }
            };
        }
    }

    static final class CountingDataSource extends DelegatingDataSource {

        CountingDataSource(DataSource target) {
            super(target);
        }

        @Override
        public Connection getConnection() throws SQLException {
            return counting(super.getConnection());
        }

        @Override
        public Connection getConnection(String username, String password) throws SQLException {
            return counting(super.getConnection(username, password));
        }

        private static Connection counting(Connection connection) {
            return (Connection) Proxy.newProxyInstance(HousingBenchmark.class.getClassLoader(),
                    new Class<?>[] {Connection.class}, (proxy, method, args) -> {
                        String name = method.getName();
                        if (name.equals("prepareStatement") || name.equals("createStatement")
                                || name.equals("prepareCall")) {
                            STATEMENTS.incrementAndGet();
                        }
                        try {
                            return method.invoke(connection, args);
                        } catch (InvocationTargetException e) {
                            throw e.getCause();
                        }
                    });
        }
    }
}
