package fr.caleol.socialcell.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.caleol.base.errors.BusinessException;
import fr.caleol.base.events.EventBus;
import fr.caleol.security.domain.Role;
import fr.caleol.socialcell.domain.CaseStatus;
import fr.caleol.socialcell.domain.ContactKind;
import fr.caleol.socialcell.domain.DeadlineKind;
import fr.caleol.socialcell.domain.Instalment;
import fr.caleol.socialcell.domain.PlanStatus;
import fr.caleol.support.IntegrationTest;
import fr.caleol.support.OutreachFixtures;
import fr.caleol.support.TestUsers;
import fr.caleol.tenancy.domain.Movement;
import fr.caleol.tenancy.domain.PaymentMeans;
import fr.caleol.tenancy.service.RentLedgerService;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

@IntegrationTest
class LedgerUpdatesIT {

    static final BigDecimal RENT = new BigDecimal("480.00"); // 400 rent + 80 charges in the fixture
    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    static final String HEADER = "bail;type;date;echeance;montant;moyen;reference\n";

    @Autowired LedgerUpdates updates;
    @Autowired ArrearsCaseService cases;
    @Autowired fr.caleol.support.ArrearsFixtures arrearsFixtures;
    @Autowired PlanService plans;
    @Autowired RentLedgerService ledger;
    @Autowired OutreachFixtures fixtures;
    @Autowired EventBus bus;
    @Autowired JdbcTemplate jdbc;

    long lease;
    String leaseRef;
    long caseId;
    long plan;
    LocalDate start;
    String adviser;

    /** A lease that paid for a year, missed one rent; its case is assigned and a 3 × 160.00 plan signed. */
    @BeforeEach
    void aCaseWithASignedPlan() {
        LocalDate day = OutreachFixtures.uniqueDay().withDayOfMonth(5);
        long tenant = fixtures.household(day, "Apurement", day.minusYears(40)).getFirst();
        lease = jdbc.queryForObject("SELECT l.id FROM lease l JOIN tenant t ON t.household_id = l.household_id "
                + "WHERE t.id = ?", Long.class, tenant);
        leaseRef = jdbc.queryForObject("SELECT reference FROM lease WHERE id = ?", String.class, lease);
        TestUsers.actAs("chef", Role.ADMIN);
        for (int m = 0; m < 13; m++) {
            ledger.record(lease, Movement.rentCall(day.plusMonths(m), RENT), null, "Loyer");
            ledger.record(lease, Movement.payment(day.plusMonths(m), RENT, PaymentMeans.DIRECT_DEBIT), null, null);
        }
        LocalDate unpaid = day.plusMonths(13);
        ledger.record(lease, Movement.rentCall(unpaid, RENT), null, "Loyer");
        cases.detect(unpaid.plusDays(10));
        caseId = jdbc.queryForObject("SELECT id FROM arrears_case WHERE lease_id = ?", Long.class, lease);
        adviser = arrearsFixtures.newAdviser("cons");
        cases.assign(caseId, adviser);
        start = unpaid.plusMonths(1);
        TestUsers.actAs(adviser, Role.SOCIAL_ADVISER);
        plan = plans.create(caseId, RENT, start, 3, unpaid.plusDays(20));
    }

    @AfterEach
    void nobody() {
        TestUsers.anonymous();
    }

    String line(String kind, LocalDate date, String amount, String means) {
        return leaseRef + ";" + kind + ";" + date.format(DAY) + ";" + (kind.equals("APPEL") ? date.format(DAY) : "")
                + ";" + amount + ";" + means + ";\n";
    }

    List<String> paid() {
        return plans.plan(plan).instalments().stream().map(i -> i.paid().toPlainString()).toList();
    }

    @Test
    void an_import_paying_rent_and_instalments_completes_the_plan() {
        StringBuilder csv = new StringBuilder(HEADER);
        for (int m = 0; m < 3; m++) {
            csv.append(line("APPEL", start.plusMonths(m), "480.00", ""));
            csv.append(line("PAIEMENT", start.plusMonths(m), "640,00", "TRANSFER"));
        }
        TestUsers.actAs(adviser, Role.SOCIAL_ADVISER);
        LedgerUpdates.Outcome outcome = updates.importLedger(csv.toString());
        assertThat(outcome.succeeded()).as("%s", outcome.report().errors()).isTrue();
        assertThat(paid()).containsExactly("160.00", "160.00", "160.00");
        assertThat(plans.plan(plan).status()).isEqualTo(PlanStatus.COMPLETED);
        assertThat(outcome.plansCompleted()).isGreaterThanOrEqualTo(1);
        assertThat(cases.myTodo()).extracting(TodoItem::kind).doesNotContain(DeadlineKind.DEFAULT_NOTICE);
    }

    @Test
    void an_import_leaving_an_instalment_unpaid_puts_the_plan_in_default_and_asks_for_the_default_notice() {
        List<PlanDefaultEvent> alerts = new CopyOnWriteArrayList<>();
        try (var registration = bus.subscribe(PlanDefaultEvent.class, alerts::add)) {
            TestUsers.actAs("responsable", Role.SOCIAL_CELL_LEAD);
            // the rent is paid, not the instalment: the tenant only kept up the current rent
            LedgerUpdates.Outcome outcome = updates.importLedger(HEADER + line("APPEL", start, "480.00", "")
                    + line("PAIEMENT", start, "480.00", "CHEQUE"));
            assertThat(outcome.succeeded()).as("%s", outcome.report().errors()).isTrue();
            assertThat(outcome.plansDefaulted()).isGreaterThanOrEqualTo(1);
        }
        assertThat(alerts).filteredOn(e -> e.planId() == plan).singleElement().satisfies(e -> {
            assertThat(e.adviser()).isEqualTo(adviser);
            assertThat(e.tenant()).contains("Apurement").contains(leaseRef);
            assertThat(e.concerns(adviser, false)).isTrue();
            assertThat(e.concerns("someone-else", false)).isFalse();
        });
        TestUsers.actAs(adviser, Role.SOCIAL_ADVISER);
        assertThat(paid()).containsExactly("0.00", "0.00", "0.00");
        assertThat(plans.plan(plan).status()).isEqualTo(PlanStatus.IN_DEFAULT);
        assertThat(cases.myCases()).singleElement().extracting(CaseSummary::status)
                .isEqualTo(CaseStatus.PLAN_IN_DEFAULT);
        // the import found the first instalment unpaid past its 15 days of tolerance today: the plan defaulted today
        LocalDate defaultedOn = LocalDate.now(fr.caleol.base.domain.LandlordTime.ZONE);
        assertThat(jdbc.queryForObject("SELECT defaulted_on FROM repayment_plan WHERE id = ?", LocalDate.class, plan))
                .isEqualTo(defaultedOn);
        assertThat(cases.myTodo()).filteredOn(t -> t.kind() == DeadlineKind.DEFAULT_NOTICE).singleElement()
                .satisfies(t -> {
                    assertThat(t.due()).isEqualTo(defaultedOn);
                    assertThat(t.caseId()).isEqualTo(caseId);
                });

        cases.logContact(caseId, ContactKind.LETTER, defaultedOn.minusDays(1), "Relance antérieure");
        assertThat(cases.myTodo()).extracting(TodoItem::kind).as("a letter before the default is no notice")
                .contains(DeadlineKind.DEFAULT_NOTICE);
        cases.logContact(caseId, ContactKind.LETTER, defaultedOn, "Mise en demeure");
        assertThat(cases.myTodo()).extracting(TodoItem::kind).doesNotContain(DeadlineKind.DEFAULT_NOTICE);
    }

    @Test
    void a_phone_payment_refreshes_the_plan_of_the_lease() {
        TestUsers.actAs("chef", Role.ADMIN);
        ledger.record(lease, Movement.rentCall(start, RENT), null, "Loyer");
        TestUsers.actAs(adviser, Role.SOCIAL_ADVISER);
        updates.recordPhonePayment(caseId, start.plusDays(2), new BigDecimal("700.00"), "PAYBOX-9A1");
        assertThat(paid()).containsExactly("160.00", "60.00", "0.00");
        assertThat(plans.plan(plan).instalments().getFirst().statusOn(start.plusDays(3)))
                .isEqualTo(fr.caleol.socialcell.domain.InstalmentStatus.PAID);
        assertThat(plans.plan(plan).instalments()).extracting(Instalment::number).containsExactly(1, 2, 3);
    }

    @Test
    void a_file_with_an_error_imports_nothing_and_changes_no_plan() {
        TestUsers.actAs(adviser, Role.SOCIAL_ADVISER);
        LedgerUpdates.Outcome outcome = updates.importLedger(HEADER + line("PAIEMENT", start, "640.00", "TRANSFER")
                + leaseRef + ";PAIEMENT;31/02/2020;;10,00;CASH;\n");
        assertThat(outcome.succeeded()).isFalse();
        assertThat(outcome.report().errors()).singleElement().satisfies(e -> {
            assertThat(e.line()).isEqualTo(3);
            assertThat(e.column()).isEqualTo("date");
        });
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM rent_movement WHERE lease_id = ? AND movement_date >= ?",
                Integer.class, lease, start)).isZero();
        assertThat(paid()).containsExactly("0.00", "0.00", "0.00");
        assertThat(plans.plan(plan).status()).isEqualTo(PlanStatus.ACTIVE);
    }

    @Test
    void only_the_cases_adviser_or_the_lead_record_a_phone_payment_and_nobody_else_imports() {
        String other = TestUsers.unique("cons");
        TestUsers.actAs(other, Role.SOCIAL_ADVISER);
        assertThatThrownBy(() -> updates.recordPhonePayment(caseId, start, RENT, "PAYBOX-1"))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> updates.daily(start)).isInstanceOf(AccessDeniedException.class);

        TestUsers.actAs("benevole", Role.VOLUNTEER, Role.OUTREACH_COORDINATOR, Role.SECRETARY);
        assertThatThrownBy(() -> updates.importLedger(HEADER)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> updates.recordPhonePayment(caseId, start, RENT, "PAYBOX-1"))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM rent_movement WHERE lease_id = ? AND means = "
                + "'CARD_BY_PHONE'", Integer.class, lease)).isZero();

        TestUsers.actAs(adviser, Role.SOCIAL_ADVISER);
        assertThatThrownBy(() -> updates.recordPhonePayment(caseId, LocalDate.now().plusDays(3), RENT, "PAYBOX-1"))
                .isInstanceOf(BusinessException.class);
        assertThatThrownBy(() -> updates.recordPhonePayment(caseId, start, RENT, "4970 1012 3456 7890"))
                .isInstanceOf(BusinessException.class);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM rent_movement WHERE lease_id = ? AND means = "
                + "'CARD_BY_PHONE'", Integer.class, lease)).isZero();

        TestUsers.actAs("responsable", Role.SOCIAL_CELL_LEAD);
        updates.recordPhonePayment(caseId, start, RENT, "PAYBOX-LEAD");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM rent_movement WHERE lease_id = ? AND means = "
                + "'CARD_BY_PHONE'", Integer.class, lease)).isEqualTo(1);
    }

    @Test
    void an_import_and_a_phone_payment_at_the_same_time_both_reach_the_plan() throws Exception {
        TestUsers.actAs("chef", Role.ADMIN);
        ledger.record(lease, Movement.rentCall(start, RENT), null, "Loyer");
        java.util.concurrent.CountDownLatch go = new java.util.concurrent.CountDownLatch(1);
        try (var pool = java.util.concurrent.Executors.newFixedThreadPool(2)) {
            var imported = pool.submit(() -> {
                TestUsers.actAs("responsable", Role.SOCIAL_CELL_LEAD);
                go.await();
                return updates.importLedger(HEADER + line("PAIEMENT", start, "560.00", "TRANSFER")).succeeded();
            });
            var phoned = pool.submit(() -> {
                TestUsers.actAs(adviser, Role.SOCIAL_ADVISER);
                go.await();
                updates.recordPhonePayment(caseId, start.plusDays(1), new BigDecimal("80.00"), "PAYBOX-SAME");
                return true;
            });
            go.countDown();
            assertThat(imported.get()).isTrue();
            assertThat(phoned.get()).isTrue();
        }
        TestUsers.actAs(adviser, Role.SOCIAL_ADVISER);
        // 480.00 of rent first, then 160.00 on the first instalment: neither payment was lost in the cache
        assertThat(paid()).containsExactly("160.00", "0.00", "0.00");
    }
}
