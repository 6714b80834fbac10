package fr.caleol.benchmark;

import static fr.caleol.benchmark.Stats.max;
import static fr.caleol.benchmark.Stats.median;
import static fr.caleol.benchmark.Stats.ms;
import static fr.caleol.benchmark.Stats.p95;

import fr.caleol.base.db.BatchInsert;
import fr.caleol.demo.TenancyDataGenerator;
import fr.caleol.outreach.domain.StickyAssignment;
import fr.caleol.outreach.domain.TargetingCriteria;
import fr.caleol.outreach.service.CampaignForm;
import fr.caleol.outreach.service.DashboardFigures;
import fr.caleol.outreach.service.DashboardService;
import fr.caleol.outreach.service.OutreachService;
import fr.caleol.security.domain.Role;
import fr.caleol.support.TestUsers;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Outreach figures, printed (not asserted). {@code ./mvnw -B -Pbenchmark verify}. On the benchmark's own embedded
 * database (target/benchmark-db), whose tenancy and outreach tables it empties first: 70 000 tenants; the time to
 * compute the target list; the time to assign 1 400 tenants to 100 volunteers (pure rule, then with the database);
 * the dashboard refresh time at the end of an 8-week campaign of 1 400 tenants with about 11 000 calls.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("benchmark")
class OutreachBenchmark {

    static final int TENANTS = 70_000;
    static final int TARGETS = 1_400;
    static final int VOLUNTEERS = 100;
    static final int RUNS = 20;

    @Autowired TenancyDataGenerator generator;
    @Autowired OutreachService outreach;
    @Autowired fr.caleol.outreach.service.VolunteerService volunteerService;
    @Autowired DashboardService dashboard;
    @Autowired JdbcTemplate jdbc;
    @Autowired TransactionTemplate transaction;

    @Test
    void print_the_outreach_figures() {
        String url = jdbc.queryForObject("SELECT @@datadir", String.class);
        if (url == null || !url.contains("benchmark-db")) {
            throw new IllegalStateException("The benchmark empties tables: it runs only on target/benchmark-db, not on "
                    + url);
        }
        for (String table : List.of("outreach_follow_up", "outreach_referral", "outreach_neighbour_report",
                "outreach_call", "outreach_assignment", "outreach_volunteer", "outreach_do_not_call",
                "outreach_target", "outreach_campaign", "tenant", "lease", "household")) {
            jdbc.update("DELETE FROM " + table);
        }
        LocalDate start = LocalDate.now().minusWeeks(7).minusDays(1); // so that today is in week 8
        long t0 = System.nanoTime();
        transaction.executeWithoutResult(s -> generator.generate(70_000L, "BEN", TENANTS, start));
        double generation = ms(t0);
        List<String> volunteers = volunteers();

        TestUsers.actAs("bench-coordinator", Role.OUTREACH_COORDINATOR);
        double[] targeting = new double[7];
        int targetCount = 0;
        for (int i = 0; i < targeting.length; i++) {
            long t = System.nanoTime();
            targetCount = outreach.computeTargets(TargetingCriteria.DEFAULT, start).size();
            targeting[i] = ms(t);
        }
        List<Long> targets = outreach.computeTargets(TargetingCriteria.DEFAULT, start).subList(0, TARGETS);

        List<StickyAssignment.Volunteer> pool = volunteers.stream()
                .map(v -> new StickyAssignment.Volunteer(v, 20)).toList();
        double[] pure = new double[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long t = System.nanoTime();
            StickyAssignment.assign(targets, new HashMap<>(), pool);
            pure[i] = ms(t);
        }

        long campaign = outreach.createCampaign(new CampaignForm("Benchmark", start, 8, 70, 75, "Script"));
        for (String v : volunteers.subList(0, VOLUNTEERS - 1)) {
            volunteerService.enrol(campaign, v, 20);
        }
        BatchInsert insert = BatchInsert.into(jdbc, "outreach_target", "campaign_id", "tenant_id");
        targets.forEach(t -> insert.add(campaign, t));
        insert.flush();
        jdbc.update("UPDATE outreach_campaign SET status = 'RUNNING' WHERE id = ?", campaign);
        long t1 = System.nanoTime();
        volunteerService.enrol(campaign, volunteers.get(VOLUNTEERS - 1), 20); // assigns the 1 400 targets, in the database
        double withDatabase = ms(t1);

        int calls = simulateEightWeeks(campaign, volunteerService.assignments(campaign));
        double[] refresh = new double[RUNS];
        DashboardFigures figures = null;
        for (int i = 0; i < RUNS + 3; i++) {
            long t = System.nanoTime();
            figures = dashboard.figures(campaign);
            if (i >= 3) {
                refresh[i - 3] = ms(t);
            }
        }
        TestUsers.anonymous();
        System.out.printf("""

                ===== Outreach benchmark =====
                tenancy data generated: %d tenants in %.0f ms
                target list from %d tenants (%d targets): median %.0f ms, max %.0f ms (7 runs)
                assignment of %d tenants to %d volunteers: pure rule median %.2f ms; with the database (enrol → rebalance, one transaction) %.0f ms
                dashboard refresh after 8 weeks (%d targets, %d calls, %d reached, %d referred): median %.1f ms, p95 %.1f ms (%d runs)
                ==============================
                """, TENANTS, generation, TENANTS, targetCount, median(targeting), max(targeting), TARGETS,
                VOLUNTEERS, median(pure), withDatabase, figures.targeted(), calls, figures.reached(),
                figures.referred(), median(refresh), p95(refresh), RUNS);
    }

    private List<String> volunteers() {
        String hash = "{noop}not-a-login";
        List<String> names = new ArrayList<>();
        for (int i = 1; i <= VOLUNTEERS; i++) {
            String name = String.format("bench-v%03d", i);
            names.add(name);
            if (jdbc.queryForObject("SELECT COUNT(*) FROM app_user WHERE username = ?", Integer.class, name) == 0) {
                jdbc.update("INSERT INTO app_user (username, display_name, password_hash) VALUES (?, ?, ?)", name,
                        "Bénévole " + i, hash);
                jdbc.update("INSERT INTO app_user_role (user_id, role) SELECT id, 'VOLUNTEER' FROM app_user "
                        + "WHERE username = ?", name);
            }
        }
        return names;
    }

    /** Eight weeks of calls: one or two attempts a week per tenant, about 70 % reached; 15 % of reached referred. */
    private int simulateEightWeeks(long campaign, java.util.Map<Long, String> pairs) {
        Random random = new Random(8);
        BatchInsert calls = BatchInsert.into(jdbc, "outreach_call", "campaign_id", "tenant_id", "caller",
                "called_at", "week", "outcome", "need_shopping", "wants_regular", "urgent");
        BatchInsert referrals = BatchInsert.into(jdbc, "outreach_referral", "campaign_id", "tenant_id", "consent_at",
                "reason", "status", "created_by", "created_at");
        LocalDateTime first = LocalDateTime.now().minusWeeks(7).minusDays(1);
        int count = 0;
        for (int week = 1; week <= 8; week++) {
            for (var pair : pairs.entrySet()) {
                LocalDateTime when = first.plusWeeks(week - 1).plusHours(random.nextInt(100));
                boolean reached = random.nextInt(100) < 70;
                if (!reached && random.nextBoolean() && count < 11_000 - 100) {
                    calls.add(campaign, pair.getKey(), pair.getValue(), when, week, "NO_ANSWER", false, false,
                            false);
                    count++;
                }
                if (count >= 11_000) {
                    continue;
                }
                calls.add(campaign, pair.getKey(), pair.getValue(), when.plusHours(2), week,
                        reached ? "REACHED" : "NO_ANSWER", reached && random.nextInt(5) == 0,
                        reached && random.nextBoolean(), random.nextInt(500) == 0);
                count++;
                if (reached && week == 1 && random.nextInt(100) < 15) {
                    referrals.add(campaign, pair.getKey(), when, "Aide à domicile", "SENT", pair.getValue(), when);
                }
            }
        }
        calls.flush();
        referrals.flush();
        return count;
    }
}
