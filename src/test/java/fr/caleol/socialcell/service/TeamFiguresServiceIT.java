package fr.caleol.socialcell.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.caleol.base.domain.LandlordTime;
import fr.caleol.base.errors.BusinessException;
import fr.caleol.security.domain.Role;
import fr.caleol.socialcell.domain.CaseStatus;
import fr.caleol.socialcell.domain.ContactKind;
import fr.caleol.socialcell.domain.DeadlineKind;
import fr.caleol.socialcell.domain.FiguresPeriod;
import fr.caleol.socialcell.service.TeamFigures.AdviserCounters;
import fr.caleol.socialcell.service.TeamFigures.AdviserLoad;
import fr.caleol.socialcell.service.TeamFigures.CaseFilter;
import fr.caleol.socialcell.service.TeamFigures.TeamDeadline;
import fr.caleol.support.IntegrationTest;
import fr.caleol.support.OutreachFixtures;
import fr.caleol.support.TestUsers;
import fr.caleol.tenancy.domain.Movement;
import fr.caleol.tenancy.domain.MonthlyUnpaid;
import fr.caleol.tenancy.domain.PaymentMeans;
import fr.caleol.tenancy.service.RentLedgerService;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

@IntegrationTest
class TeamFiguresServiceIT {

    static final BigDecimal RENT = new BigDecimal("480.00");

    @Autowired TeamFiguresService figures;
    @Autowired ArrearsCaseService cases;
    @Autowired PlanService plans;
    @Autowired RentLedgerService ledger;
    @Autowired OutreachFixtures fixtures;
    @Autowired JdbcTemplate jdbc;

    LocalDate day;
    String name;
    String alice;
    String bruno;

    @BeforeEach
    void twoActiveAdvisers() {
        day = OutreachFixtures.uniqueDay();
        name = "Fig" + UUID.randomUUID().toString().substring(0, 8);
        alice = adviserAccount("alice", true);
        bruno = adviserAccount("bruno", true);
        TestUsers.actAs("chef", Role.SOCIAL_CELL_LEAD);
    }

    @AfterEach
    void nobody() {
        TestUsers.anonymous();
    }

    String adviserAccount(String prefix, boolean active) {
        String username = TestUsers.unique(prefix);
        jdbc.update("INSERT INTO app_user (username, display_name, password_hash, active) VALUES (?, ?, '{noop}x', ?)",
                username, "Conseiller " + username, active);
        jdbc.update("INSERT INTO app_user_role (user_id, role) SELECT id, 'SOCIAL_ADVISER' FROM app_user "
                + "WHERE username = ?", username);
        return username;
    }

    /** An open case on a lease of its own, with one rent call unpaid (the debt of the case). */
    long aCase(String firstName, LocalDate openedOn, String adviser, LocalDate escalatedOn) {
        long tenant = fixtures.household(openedOn, name, openedOn.minusYears(40)).getFirst();
        jdbc.update("UPDATE tenant SET first_name = ? WHERE id = ?", firstName, tenant);
        long lease = jdbc.queryForObject("SELECT l.id FROM lease l JOIN tenant t ON t.household_id = l.household_id "
                + "WHERE t.id = ?", Long.class, tenant);
        jdbc.update("INSERT INTO rent_movement (lease_id, kind, movement_date, due_date, amount, recorded_at) "
                + "VALUES (?, 'RENT_CALL', ?, ?, ?, NOW())", lease, openedOn.minusDays(20), openedOn.minusDays(20), RENT);
        jdbc.update("INSERT INTO arrears_case (lease_id, opened_on, debt_at_opening, status, escalated_on, adviser) "
                + "VALUES (?, ?, ?, 'NEW', ?, ?)", lease, openedOn, RENT, escalatedOn, adviser);
        return jdbc.queryForObject("SELECT id FROM arrears_case WHERE lease_id = ?", Long.class, lease);
    }

    CaseFilter mine() {
        return new CaseFilter(null, null, false, false, name);
    }

    static AdviserCounters row(TeamFigures.Counters counters, String adviser) {
        return counters.perAdviser().stream().filter(a -> adviser.equals(a.adviser())).findFirst()
                .orElse(new AdviserCounters(adviser, 0, 0, 0, 0, 0));
    }

    @Test
    void counters_per_adviser_and_period_come_from_the_contact_log_and_the_plans() {
        long aliceCase = aCase("Anne", day, alice, null);
        long brunoCase = aCase("Bernard", day, bruno, null);
        TestUsers.actAs(alice, Role.SOCIAL_ADVISER);
        cases.logContact(aliceCase, ContactKind.OUTGOING_CALL, day, null);
        cases.logContact(aliceCase, ContactKind.OUTGOING_CALL, day.plusDays(3), null);
        cases.logContact(aliceCase, ContactKind.INCOMING_CALL, day.plusDays(4), null);
        cases.logContact(aliceCase, ContactKind.EMAIL, day.plusDays(4), null);
        cases.logContact(aliceCase, ContactKind.LETTER, day.plusDays(40), null);
        LocalDate start = day.plusMonths(1);
        long plan = plans.create(aliceCase, RENT, start, 3, day.plusDays(5));
        TestUsers.actAs(bruno, Role.SOCIAL_ADVISER);
        cases.logContact(brunoCase, ContactKind.OUTGOING_CALL, day.plusDays(1), null);

        TestUsers.actAs("chef", Role.SOCIAL_CELL_LEAD);
        TeamFigures.Counters month = figures.counters(day, day.plusDays(30));
        assertThat(row(month, alice)).isEqualTo(new AdviserCounters(alice, 2, 1, 0, 1, 0));
        assertThat(row(month, bruno)).isEqualTo(new AdviserCounters(bruno, 1, 0, 0, 0, 0));
        assertThat(month.total().outgoingCalls()).isEqualTo(
                month.perAdviser().stream().mapToInt(AdviserCounters::outgoingCalls).sum());
        assertThat(row(figures.counters(day, day.plusDays(60)), alice).letters()).isEqualTo(1);
        assertThat(row(figures.counters(day.plusDays(1), day.plusDays(2)), alice))
                .as("contacts and plans outside the period are not counted")
                .isEqualTo(new AdviserCounters(alice, 0, 0, 0, 0, 0));

        LocalDate breach = start.plusDays(16);
        assertThat(plans.detectBreaches(breach)).contains(plan);
        assertThat(row(figures.counters(breach, breach), alice).plansDefaulted())
                .as("a plan put in default counts for the case's adviser on the day it defaulted").isEqualTo(1);
        assertThat(row(figures.counters(day, breach.minusDays(1)), alice).plansDefaulted()).isZero();

        String csv = new String(figures.countersCsv(day, day.plusDays(30)), StandardCharsets.UTF_8);
        assertThat(csv).startsWith("\uFEFFconseiller;du;au;appels_sortants;appels_entrants;courriers;"
                + "plans_mis_en_place;plans_en_defaut\r\n");
        assertThat(csv).contains(alice + ";" + String.format("%02d/%02d/%d", day.getDayOfMonth(),
                day.getMonthValue(), day.getYear()));
        assertThat(csv).contains(";2;1;0;1;0\r\n").contains("TOTAL ÉQUIPE;");
    }

    @Test
    void the_deadlines_of_the_week_come_from_every_case_ordered_by_date_with_their_adviser() {
        LocalDate today = LocalDate.now(LandlordTime.ZONE);
        FiguresPeriod.Range week = FiguresPeriod.week(today);
        // the CAF report is due two months after the debt reached two months of rent
        long friday = aCase("Fanny", today.minusMonths(3), alice, week.from().plusDays(4).minusMonths(2));
        long monday = aCase("Marc", today.minusMonths(3), null, week.from().minusMonths(2));
        long nextWeek = aCase("Noé", today.minusMonths(3), bruno, week.to().plusDays(1).minusMonths(2));
        List<TeamDeadline> deadlines = figures.deadlinesThisWeek();
        List<TeamDeadline> mine = deadlines.stream().filter(d -> d.caseId() == friday || d.caseId() == monday
                || d.caseId() == nextWeek).toList();
        assertThat(mine).extracting(TeamDeadline::caseId).containsExactly(monday, friday);
        assertThat(mine).extracting(TeamDeadline::kind).containsOnly(DeadlineKind.CAF_REPORT);
        assertThat(mine.get(1).adviser()).isEqualTo(alice);
        assertThat(mine.get(0).adviser()).isNull();
        assertThat(deadlines).isSortedAccordingTo(java.util.Comparator.comparing(TeamDeadline::due));

        jdbc.update("UPDATE arrears_case SET caf_reported_on = ? WHERE id = ?", today, friday);
        assertThat(figures.deadlinesThisWeek()).extracting(TeamDeadline::caseId).doesNotContain(friday)
                .as("a deadline met is no longer due").contains(monday);
    }

    @Test
    void the_lead_pages_through_the_open_cases_with_filters_and_a_count() {
        long c1 = aCase("Alain", day, alice, null);
        long c2 = aCase("Béatrice", day.plusDays(1), null, day.plusDays(1));
        long c3 = aCase("Claire", day.plusDays(2), bruno, null);
        long c4 = aCase("Denis", day.plusDays(3), null, null);
        long c5 = aCase("Emma", day.plusDays(4), alice, day.plusDays(4));
        jdbc.update("UPDATE arrears_case SET status = 'CONTACTED' WHERE id IN (?, ?)", c3, c5);
        long resolved = aCase("Zoé", day.plusDays(5), alice, null);
        jdbc.update("UPDATE arrears_case SET status = 'RESOLVED' WHERE id = ?", resolved);

        assertThat(figures.countCases(mine())).as("resolved cases are not in the caseload").isEqualTo(5);
        assertThat(figures.cases(mine(), 0, 2)).extracting(CaseSummary::id).containsExactly(c1, c2);
        assertThat(figures.cases(mine(), 2, 2)).extracting(CaseSummary::id).containsExactly(c3, c4);
        assertThat(figures.cases(mine(), 4, 2)).extracting(CaseSummary::id).containsExactly(c5);

        assertThat(figures.cases(new CaseFilter(null, null, true, false, name), 0, 50))
                .extracting(CaseSummary::id).containsExactly(c2, c4);
        assertThat(figures.cases(new CaseFilter(null, alice, false, false, name), 0, 50))
                .extracting(CaseSummary::id).containsExactly(c1, c5);
        assertThat(figures.cases(new CaseFilter(null, null, false, true, name), 0, 50))
                .extracting(CaseSummary::id).containsExactly(c2, c5);
        assertThat(figures.cases(new CaseFilter(CaseStatus.CONTACTED, null, false, false, name), 0, 50))
                .extracting(CaseSummary::id).containsExactly(c3, c5);
        assertThat(figures.countCases(new CaseFilter(CaseStatus.CONTACTED, alice, false, true, name))).isEqualTo(1);
        assertThat(figures.cases(new CaseFilter(null, null, false, false, "claire " + name), 0, 50))
                .as("first name then last name").extracting(CaseSummary::id).containsExactly(c3);
        String lease = figures.cases(mine(), 3, 1).getFirst().leaseReference();
        assertThat(figures.cases(new CaseFilter(null, null, false, false, lease), 0, 50))
                .extracting(CaseSummary::id).containsExactly(c4);
        assertThat(figures.countCases(new CaseFilter(null, null, false, false, name + "%"))).isZero();
    }

    @Test
    void the_lead_assigns_several_cases_at_once_to_an_active_adviser_only() {
        long c1 = aCase("Alain", day, null, null);
        long c2 = aCase("Béatrice", day, null, null);
        assertThat(cases.assignAll(List.of(c1, c2), alice)).isEqualTo(2);
        assertThat(figures.cases(new CaseFilter(null, alice, false, false, name), 0, 10)).extracting(CaseSummary::id)
                .containsExactly(c1, c2);

        String inactive = adviserAccount("parti", false);
        assertThatThrownBy(() -> cases.assignAll(List.of(c1), inactive)).isInstanceOf(BusinessException.class)
                .hasMessage("socialcell.error.adviser");
        assertThatThrownBy(() -> cases.assignAll(List.of(c1), "chef")).isInstanceOf(BusinessException.class);
        assertThatThrownBy(() -> cases.assignAll(List.of(c1, -1L), bruno)).isInstanceOf(BusinessException.class)
                .hasMessage("socialcell.error.noCase");
        assertThat(jdbc.queryForObject("SELECT adviser FROM arrears_case WHERE id = ?", String.class, c1))
                .as("nothing assigned when one case is wrong").isEqualTo(alice);
        assertThat(figures.advisers()).extracting(TeamFigures.Adviser::username).contains(alice, bruno)
                .doesNotContain(inactive);

        TestUsers.actAs(alice, Role.SOCIAL_ADVISER);
        assertThatThrownBy(() -> cases.assignAll(List.of(c1), bruno)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void the_load_per_adviser_counts_open_cases_and_what_their_leases_owe_today() {
        aCase("Alain", day, alice, null);
        aCase("Béatrice", day, alice, null);
        AdviserLoad load = figures.loadPerAdviser().stream().filter(l -> alice.equals(l.adviser())).findFirst()
                .orElseThrow();
        assertThat(load.openCases()).isEqualTo(2);
        assertThat(load.debt()).isEqualByComparingTo("960.00");
        assertThat(load.displayName()).isEqualTo("Conseiller " + alice);
        assertThat(figures.loadPerAdviser()).extracting(AdviserLoad::adviser).as("an active adviser without cases")
                .contains(bruno);
    }

    @Test
    void the_detection_stores_the_unpaid_rate_per_month_that_the_dashboard_reads() {
        LocalDate due = day.withDayOfMonth(5);
        long tenant = fixtures.household(due, name, due.minusYears(40)).getFirst();
        long lease = jdbc.queryForObject("SELECT l.id FROM lease l JOIN tenant t ON t.household_id = l.household_id "
                + "WHERE t.id = ?", Long.class, tenant);
        TestUsers.actAs("chef", Role.SOCIAL_CELL_LEAD);
        ledger.record(lease, Movement.rentCall(due, RENT), null, null);
        ledger.record(lease, Movement.payment(due, RENT, PaymentMeans.CHEQUE), null, null);
        ledger.record(lease, Movement.rentCall(due.plusMonths(1), RENT), null, null);
        LocalDate detection = due.plusMonths(1).plusDays(10);
        cases.detect(detection);

        TeamFigures.UnpaidRates rates = figures.unpaidRates();
        assertThat(rates.computedOn()).isEqualTo(detection);
        assertThat(rates.months()).hasSize(24);
        assertThat(rates.months().getLast().month()).isEqualTo(YearMonth.from(due.plusMonths(1)));
        MonthlyUnpaid.Month last = rates.months().getLast();
        assertThat(last.leasesCalled()).isGreaterThanOrEqualTo(1);
        assertThat(last.leasesUnpaid()).isGreaterThanOrEqualTo(1);
        String csv = new String(figures.unpaidRatesCsv(), StandardCharsets.UTF_8);
        assertThat(csv).startsWith("\uFEFFmois;baux_appeles;baux_impayes;taux_impayes_pourcent;calcule_le\r\n")
                .contains(YearMonth.from(due.plusMonths(1)) + ";");
    }

    @Test
    void advisers_and_other_roles_are_denied_the_team_figures() {
        for (Role role : List.of(Role.SOCIAL_ADVISER, Role.VOLUNTEER, Role.OUTREACH_COORDINATOR, Role.SECRETARY)) {
            TestUsers.actAs(alice, role);
            assertThatThrownBy(() -> figures.counters(day, day)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> figures.cases(CaseFilter.ALL, 0, 10)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> figures.countCases(CaseFilter.ALL)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(figures::deadlinesThisWeek).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(figures::unpaidRates).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(figures::openCasesByStatus).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(figures::loadPerAdviser).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> figures.countersCsv(day, day)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(figures::unpaidRatesCsv).isInstanceOf(AccessDeniedException.class);
        }
        TestUsers.actAs("admin", Role.ADMIN);
        assertThat(figures.counters(day, day)).isNotNull();
    }
}
