package fr.caleol.demo;

import static org.assertj.core.api.Assertions.assertThat;

import fr.caleol.support.IntegrationTest;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The demo social cell, as loaded at start-up on the test database (other tests add cases of their own leases). */
@IntegrationTest
class DemoLedgerDataIT {

    static final String DEMO_CASES = "FROM arrears_case c JOIN lease l ON l.id = c.lease_id WHERE l.reference LIKE 'LOC%'";

    @Autowired JdbcTemplate jdbc;

    int count(String sql, Object... args) {
        return jdbc.queryForObject(sql, Integer.class, args);
    }

    @Test
    void the_month_end_detections_open_a_few_hundred_cases_over_the_year() {
        int cases = count("SELECT COUNT(*) " + DEMO_CASES);
        int months = count("SELECT COUNT(DISTINCT c.opened_on) " + DEMO_CASES);
        System.out.printf("DEMO social cell: %d cases opened on %d month ends, %d escalated%n", cases, months,
                count("SELECT COUNT(*) " + DEMO_CASES + " AND c.escalated_on IS NOT NULL"));
        assertThat(cases).isBetween(150, 900);
        assertThat(months).as("cases open over time, not on one day").isGreaterThanOrEqualTo(6);
        assertThat(count("SELECT COUNT(*) " + DEMO_CASES + " AND c.opened_on = '2020-04-30'"))
                .as("the lockdown month opens the most cases")
                .isEqualTo(jdbc.queryForObject("SELECT MAX(n) FROM (SELECT COUNT(*) n " + DEMO_CASES
                        + " GROUP BY c.opened_on) x", Integer.class));
    }

    @Test
    void each_demo_adviser_has_contacts_of_every_kind_and_plans_one_of_them_in_default() {
        for (String adviser : List.of("conseiller", "conseiller2")) {
            List<String> kinds = jdbc.queryForList("""
                    SELECT DISTINCT a.kind FROM arrears_contact a JOIN arrears_case c ON c.id = a.case_id
                    JOIN lease l ON l.id = c.lease_id WHERE l.reference LIKE 'LOC%' AND a.author = ?""",
                    String.class, adviser);
            assertThat(kinds).as(adviser).containsExactlyInAnyOrder("OUTGOING_CALL", "INCOMING_CALL", "LETTER",
                    "EMAIL", "VISIT");
            assertThat(count("SELECT COUNT(*) FROM repayment_plan p JOIN arrears_case c ON c.id = p.case_id "
                    + "JOIN lease l ON l.id = c.lease_id WHERE l.reference LIKE 'LOC%' AND p.created_by = ?",
                    adviser)).as(adviser).isEqualTo(DemoLedgerData.PLANS_PER_ADVISER);
        }
        List<String> statuses = jdbc.queryForList("""
                SELECT p.status FROM repayment_plan p JOIN arrears_case c ON c.id = p.case_id
                JOIN lease l ON l.id = c.lease_id WHERE l.reference LIKE 'LOC%' AND p.created_by LIKE 'conseiller%'
                """, String.class);
        System.out.println("DEMO plans: " + statuses);
        assertThat(statuses).contains("IN_DEFAULT");
        // a running plan, instalments still to come after the demo's last day (later checks, run on the real
        // today by other tests of the shared database, may have put it in default since)
        assertThat(count("""
                SELECT COUNT(*) FROM repayment_plan p JOIN arrears_case c ON c.id = p.case_id
                JOIN lease l ON l.id = c.lease_id WHERE l.reference LIKE 'LOC%' AND p.created_by LIKE 'conseiller%'
                AND EXISTS (SELECT 1 FROM plan_instalment i WHERE i.plan_id = p.id AND i.due_date > ?)""",
                DemoLedgerData.DETECTION_DAY)).isGreaterThanOrEqualTo(1);
        assertThat(statuses.stream().filter(s -> !s.equals("IN_DEFAULT"))).hasSizeGreaterThanOrEqualTo(4);
    }

    @Test
    void some_demo_cases_show_the_other_solutions_paperwork_help_and_referrals() {
        assertThat(count("SELECT COUNT(*) " + DEMO_CASES + " AND c.status = 'SOLUTION_AGREED'"))
                .as("an FSL grant agreed the solution").isPositive();
        assertThat(count("SELECT COUNT(*) FROM arrears_referral r JOIN arrears_case c ON c.id = r.case_id "
                + "JOIN lease l ON l.id = c.lease_id WHERE l.reference LIKE 'LOC%' AND r.target = 'SOCIAL_SERVICES'"))
                .isPositive();
        assertThat(count("SELECT COUNT(*) FROM arrears_paperwork p JOIN arrears_case c ON c.id = p.case_id "
                + "JOIN lease l ON l.id = c.lease_id WHERE l.reference LIKE 'LOC%' AND p.done_on IS NOT NULL"))
                .isPositive();
    }
}
