package fr.caleol.socialcell.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.caleol.base.errors.BusinessException;
import fr.caleol.security.domain.Role;
import fr.caleol.socialcell.domain.CaseStatus;
import fr.caleol.socialcell.domain.ContactKind;
import fr.caleol.socialcell.domain.DeadlineKind;
import fr.caleol.support.IntegrationTest;
import fr.caleol.support.OutreachFixtures;
import fr.caleol.support.TestUsers;
import fr.caleol.tenancy.domain.Movement;
import fr.caleol.tenancy.domain.PaymentMeans;
import fr.caleol.tenancy.service.RentLedgerService;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

@IntegrationTest
class ArrearsCaseServiceIT {

    static final BigDecimal RENT = new BigDecimal("480.00"); // 400 rent + 80 charges in the fixture

    @Autowired ArrearsCaseService cases;
    @Autowired fr.caleol.support.ArrearsFixtures arrearsFixtures;
    @Autowired RentLedgerService ledger;
    @Autowired PlanService plans;
    @Autowired LedgerUpdates updates;
    @Autowired OutreachFixtures fixtures;
    @Autowired JdbcTemplate jdbc;

    long lease;
    LocalDate firstUnpaid;
    String adviser;
    String other;

    @BeforeEach
    void aLeaseThatPaidForFourteenMonthsThenMissedOne() {
        LocalDate day = OutreachFixtures.uniqueDay().withDayOfMonth(5);
        long tenant = fixtures.household(day, "Impayé", day.minusYears(40)).getFirst();
        lease = jdbc.queryForObject("SELECT l.id FROM lease l JOIN tenant t ON t.household_id = l.household_id "
                + "WHERE t.id = ?", Long.class, tenant);
        TestUsers.actAs("chef-" + day, Role.ADMIN);
        for (int m = 0; m < 14; m++) {
            LocalDate due = day.plusMonths(m);
            ledger.record(lease, Movement.rentCall(due, RENT), null, "Loyer");
            ledger.record(lease, Movement.payment(due, RENT, PaymentMeans.DIRECT_DEBIT), "PRLV", null);
        }
        firstUnpaid = day.plusMonths(14);
        ledger.record(lease, Movement.rentCall(firstUnpaid, RENT), null, "Loyer");
        adviser = arrearsFixtures.newAdviser("cons");
        other = arrearsFixtures.newAdviser("cons");
    }

    @AfterEach
    void nobody() {
        TestUsers.anonymous();
    }

    long detectAndAssign() {
        TestUsers.actAs("chef", Role.ADMIN);
        // Detection scans every lease of the shared test database: judge it on this test's lease.
        cases.detect(firstUnpaid.plusDays(9));
        assertThat(openCase()).as("still in the grace period").isNull();
        DetectionReport report = cases.detect(firstUnpaid.plusDays(10));
        assertThat(report.opened()).isGreaterThanOrEqualTo(1);
        Long id = openCase();
        assertThat(id).isNotNull();
        cases.assign(id, adviser);
        return id;
    }

    Long openCase() {
        return jdbc.query("SELECT id FROM arrears_case WHERE lease_id = ?", rs -> rs.next() ? rs.getLong(1) : null,
                lease);
    }

    @Test
    void the_database_refuses_a_second_open_case_for_a_lease_but_not_a_new_one_once_the_first_is_resolved() {
        long id = detectAndAssign();
        String insert = "INSERT INTO arrears_case (lease_id, opened_on, debt_at_opening, status) VALUES (?, ?, 1, ?)";
        assertThatThrownBy(() -> jdbc.update(insert, lease, firstUnpaid, "NEW"))
                .isInstanceOf(DuplicateKeyException.class).hasMessageContaining("uq_case_open_lease");
        assertThatThrownBy(() -> jdbc.update(insert, lease, firstUnpaid, "LITIGATION"))
                .as("a case in litigation is still open").isInstanceOf(DuplicateKeyException.class);

        jdbc.update("UPDATE arrears_case SET status = 'RESOLVED' WHERE id = ?", id);
        assertThat(jdbc.update(insert, lease, firstUnpaid.plusMonths(2), "NEW")).isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM arrears_case WHERE lease_id = ?", Integer.class, lease))
                .isEqualTo(2);
    }

    @Test
    void two_detections_running_at_once_on_two_nodes_open_one_case() throws Exception {
        LocalDate day = firstUnpaid.plusDays(10);
        long lastCase = jdbc.queryForObject("SELECT COALESCE(MAX(id), 0) FROM arrears_case", Long.class);
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService nodes = Executors.newFixedThreadPool(2);
        try {
            List<Future<DetectionReport>> runs = new ArrayList<>();
            for (int node = 0; node < 2; node++) {
                runs.add(nodes.submit(() -> {
                    TestUsers.actAs("chef", Role.ADMIN);
                    start.await();
                    return cases.detect(day);
                }));
            }
            start.countDown();
            int reported = 0;
            for (Future<DetectionReport> run : runs) {
                reported += run.get(120, TimeUnit.SECONDS).opened();
            }
            // Each detection scans the whole shared test database: the two reports together count each case opened
            // by either of them once.
            assertThat(reported).as("cases reported opened by the two detections").isEqualTo(
                    jdbc.queryForObject("SELECT COUNT(*) FROM arrears_case WHERE id > ?", Integer.class, lastCase));
        } finally {
            nodes.shutdownNow();
        }
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM arrears_case WHERE lease_id = ?", Integer.class, lease))
                .isEqualTo(1);
    }

    @Test
    void detection_opens_one_nascent_case_and_escalates_at_two_months_of_rent() {
        long id = detectAndAssign();
        cases.detect(firstUnpaid.plusDays(11));
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM arrears_case WHERE lease_id = ?", Integer.class, lease))
                .as("no second case while one is open").isEqualTo(1);
        TestUsers.actAs("chef", Role.ADMIN);
        ledger.record(lease, Movement.rentCall(firstUnpaid.plusMonths(1), RENT), null, "Loyer");
        cases.detect(firstUnpaid.plusMonths(1).plusDays(10));
        TestUsers.actAs(adviser, Role.SOCIAL_ADVISER);
        CaseDetail detail = cases.detail(id);
        assertThat(detail.summary().escalatedOn()).isEqualTo(firstUnpaid.plusMonths(1).plusDays(10));
        assertThat(detail.summary().debtAtOpening()).isEqualByComparingTo(RENT);
        assertThat(cases.myTodo()).extracting(TodoItem::kind)
                .containsExactly(DeadlineKind.CAF_REPORT, DeadlineKind.PLAN_EXPECTED);
        assertThat(cases.myTodo().getFirst().due()).isEqualTo(firstUnpaid.plusMonths(3).plusDays(10));
        LocalDate reported = firstUnpaid.plusMonths(2);
        cases.recordStep(id, ArrearsCaseService.LegalStep.CAF_REPORTED, reported);
        cases.recordStep(id, ArrearsCaseService.LegalStep.COURT_ACTION_PLANNED, reported.plusMonths(5));
        assertThat(cases.myTodo()).extracting(TodoItem::kind, TodoItem::due).containsExactly(
                org.assertj.core.groups.Tuple.tuple(DeadlineKind.CCAPEX_REFERRAL, reported.plusMonths(3)),
                org.assertj.core.groups.Tuple.tuple(DeadlineKind.PLAN_EXPECTED, reported.plusMonths(6)));
    }

    @Test
    void an_adviser_sees_only_their_cases_and_reads_are_audited() {
        long id = detectAndAssign();
        TestUsers.actAs(adviser, Role.SOCIAL_ADVISER);
        assertThat(cases.myCases()).extracting(CaseSummary::id).containsExactly(id);
        CaseDetail detail = cases.detail(id);
        assertThat(detail.balance()).isEqualByComparingTo(RENT);
        assertThat(jdbc.queryForObject("""
                SELECT COUNT(*) FROM audit_event WHERE action = 'ARREARS_CASE_READ' AND actor = ? AND object_id = ?""",
                Integer.class, adviser, String.valueOf(id))).isEqualTo(1);

        TestUsers.actAs(other, Role.SOCIAL_ADVISER);
        assertThat(cases.myCases()).isEmpty();
        assertThatThrownBy(() -> cases.detail(id)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> cases.logContact(id, ContactKind.LETTER, firstUnpaid, null))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> cases.allCases()).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> cases.assign(id, other)).isInstanceOf(AccessDeniedException.class);

        TestUsers.actAs("benevole", Role.VOLUNTEER, Role.OUTREACH_COORDINATOR, Role.SECRETARY);
        assertThatThrownBy(() -> cases.detail(id)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> cases.myCases()).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> ledger.movements(lease)).isInstanceOf(AccessDeniedException.class);

        TestUsers.actAs("chef", Role.ADMIN);
        assertThat(cases.allCases()).extracting(CaseSummary::id).contains(id);
        assertThat(cases.detail(id).summary().adviser()).isEqualTo(adviser);

        TestUsers.actAs("responsable", Role.SOCIAL_CELL_LEAD);
        assertThat(cases.allCases()).extracting(CaseSummary::id).contains(id);
        assertThat(cases.detail(id).summary().adviser()).isEqualTo(adviser);
        cases.assign(id, other);
        TestUsers.actAs(other, Role.SOCIAL_ADVISER);
        assertThat(cases.myCases()).extracting(CaseSummary::id).containsExactly(id);
    }

    @Test
    void contacts_are_logged_on_the_case_and_the_first_one_marks_it_contacted() {
        long id = detectAndAssign();
        TestUsers.actAs(adviser, Role.SOCIAL_ADVISER);
        cases.logContact(id, ContactKind.OUTGOING_CALL, firstUnpaid.plusDays(11), "Pas de réponse");
        cases.logContact(id, ContactKind.OUTGOING_CALL, firstUnpaid.plusDays(12), null);
        cases.logContact(id, ContactKind.LETTER, firstUnpaid.plusDays(12), "Invitation");
        cases.logContact(id, ContactKind.INCOMING_CALL, firstUnpaid.plusDays(13), "Rappel de la locataire");
        assertThat(cases.detail(id).contacts()).extracting(ContactEntry::kind).containsExactly(
                ContactKind.INCOMING_CALL, ContactKind.LETTER, ContactKind.OUTGOING_CALL, ContactKind.OUTGOING_CALL);
        assertThat(cases.detail(id).contacts()).allSatisfy(c -> assertThat(c.author()).isEqualTo(adviser));
        assertThat(cases.myCases().getFirst().status()).isEqualTo(CaseStatus.CONTACTED);
        assertThatThrownBy(() -> cases.logContact(id, ContactKind.VISIT, LocalDate.now().plusDays(2), null))
                .as("a contact in the future").isInstanceOf(BusinessException.class);
    }

    @Test
    void a_phone_payment_never_stores_a_card_number() {
        TestUsers.actAs("responsable", Role.SOCIAL_CELL_LEAD); // no case yet on this lease: the lead takes it
        assertThatThrownBy(() -> ledger.recordPhonePayment(lease, firstUnpaid.plusDays(3), RENT,
                "4970 1012 3456 7890")).isInstanceOf(BusinessException.class);
        ledger.recordPhonePayment(lease, firstUnpaid.plusDays(3), RENT, "PAYBOX-7F3A21");
        assertThat(ledger.balance(lease, firstUnpaid.plusDays(3))).isEqualByComparingTo("0");
        assertThat(jdbc.queryForObject("SELECT reference FROM rent_movement WHERE lease_id = ? AND means = "
                + "'CARD_BY_PHONE'", String.class, lease)).isEqualTo("PAYBOX-7F3A21");
        TestUsers.actAs("chef", Role.ADMIN);
        cases.detect(firstUnpaid.plusDays(10));
        assertThat(openCase()).isNull();
    }

    @Test
    void a_plan_is_paid_by_the_rule_defaults_and_is_renegotiated_while_the_old_one_stays_frozen() {
        long id = detectAndAssign();
        LocalDate start = firstUnpaid.plusMonths(1);
        TestUsers.actAs(other, Role.SOCIAL_ADVISER);
        assertThatThrownBy(() -> plans.create(id, RENT, start, 3, start)).isInstanceOf(AccessDeniedException.class);
        TestUsers.actAs(adviser, Role.SOCIAL_ADVISER);
        long plan = plans.create(id, RENT, start, 3, start.minusDays(2));
        assertThatThrownBy(() -> plans.create(id, RENT, start, 3, start)).isInstanceOf(BusinessException.class);
        assertThat(plans.plan(plan).instalments()).extracting(i -> i.amount().toPlainString())
                .containsExactly("160.00", "160.00", "160.00");
        assertThat(cases.myCases().getFirst().status()).isEqualTo(CaseStatus.PLAN_ACTIVE);
        // the current rent and 600.00 arrive in the ledger: the rent first, 120.00 on the first instalment
        ledger.record(lease, Movement.rentCall(start, RENT), null, "Loyer");
        updates.recordPhonePayment(id, start, new BigDecimal("600.00"), "PAYBOX-600");
        assertThat(plans.plan(plan).instalments().getFirst().paid()).isEqualByComparingTo("120.00");

        TestUsers.actAs("chef", Role.ADMIN);
        jdbc.update("UPDATE repayment_plan SET status = 'ACTIVE' WHERE id = ?", plan); // judged below on its dates
        assertThat(plans.detectBreaches(start.plusDays(15))).doesNotContain(plan);
        assertThat(plans.detectBreaches(start.plusDays(16))).contains(plan);
        TestUsers.actAs(adviser, Role.SOCIAL_ADVISER);
        assertThat(cases.myCases().getFirst().status()).isEqualTo(CaseStatus.PLAN_IN_DEFAULT);

        long renegotiated = plans.renegotiate(plan, start.plusMonths(1), 4, start.plusDays(20));
        PlanView frozen = plans.plan(plan);
        assertThat(frozen.status()).isEqualTo(fr.caleol.socialcell.domain.PlanStatus.FROZEN);
        assertThat(frozen.instalments().getFirst().paid()).isEqualByComparingTo("120.00");
        PlanView next = plans.plan(renegotiated);
        assertThat(next.previousPlanId()).isEqualTo(plan);
        assertThat(next.debt()).isEqualByComparingTo("360.00");
        assertThat(next.instalments()).hasSize(4);
        updates.recordPhonePayment(id, start.plusDays(25), new BigDecimal("50.00"), "PAYBOX-50");
        assertThat(plans.plan(plan).instalments().getFirst().paid()).as("a frozen plan never changes")
                .isEqualByComparingTo("120.00");
        assertThatThrownBy(() -> plans.renegotiate(plan, start, 2, start)).isInstanceOf(BusinessException.class);
        assertThat(plans.plans(id)).hasSize(2);
    }

    @Test
    void an_import_that_leaves_a_rent_unpaid_opens_the_case_at_once() {
        String ref = jdbc.queryForObject("SELECT reference FROM lease WHERE id = ?", String.class, lease);
        LocalDate due = LocalDate.now(fr.caleol.base.domain.LandlordTime.ZONE).minusDays(20);
        TestUsers.actAs("responsable", Role.SOCIAL_CELL_LEAD);
        // the far-past month is paid the next day: never in arrears; then a rent call 20 days ago comes in unpaid
        ledger.record(lease, Movement.payment(firstUnpaid.plusDays(1), RENT, PaymentMeans.TRANSFER), null, null);
        assertThat(openCase()).isNull();
        TestUsers.actAs("responsable", Role.SOCIAL_CELL_LEAD); // the accounting export: every lease, no case yet
        var report = updates.importLedger("bail;type;date;echeance;montant;moyen;reference\n" + ref + ";APPEL;"
                + due.format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy")) + ";"
                + due.format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy")) + ";480.00;;\n");
        assertThat(report.succeeded()).as("%s", report.report().errors()).isTrue();
        assertThat(openCase()).isNotNull();
        assertThat(jdbc.queryForObject("SELECT debt_at_opening FROM arrears_case WHERE lease_id = ?",
                BigDecimal.class, lease)).isEqualByComparingTo(RENT);
    }
}
