package fr.caleol.socialcell.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Payment allocation, instalment status, breach detection and the legal deadlines. */
class PlanRulesTest {

    static final LocalDate START = LocalDate.of(2020, 6, 10);

    static List<Instalment> plan() {
        return RepaymentSchedule.byMonths(new BigDecimal("300.00"), START, 3);
    }

    @Test
    void current_rent_is_paid_first_then_the_oldest_instalment() {
        var r = PaymentAllocation.allocate(new BigDecimal("650.00"), new BigDecimal("500.00"), plan());
        assertThat(r.toCurrentRent()).isEqualByComparingTo("500.00");
        assertThat(r.instalments().get(0).paid()).isEqualByComparingTo("100.00");
        assertThat(r.instalments().get(1).paid()).isEqualByComparingTo("50.00");
        assertThat(r.instalments().get(2).paid()).isEqualByComparingTo("0");
        assertThat(r.credit()).isEqualByComparingTo("0");
    }

    @Test
    void a_payment_smaller_than_the_rent_goes_to_the_rent_only() {
        var r = PaymentAllocation.allocate(new BigDecimal("200.00"), new BigDecimal("500.00"), plan());
        assertThat(r.toCurrentRent()).isEqualByComparingTo("200.00");
        assertThat(r.instalments()).allMatch(i -> i.paid().signum() == 0);
    }

    @Test
    void surplus_becomes_a_credit_and_order_is_by_due_date_not_list_order() {
        List<Instalment> reversed = plan().reversed();
        var r = PaymentAllocation.allocate(new BigDecimal("450.00"), BigDecimal.ZERO, reversed);
        assertThat(r.instalments()).allMatch(i -> i.outstanding().signum() == 0);
        assertThat(r.instalments().getFirst().number()).isEqualTo(1);
        assertThat(r.credit()).isEqualByComparingTo("150.00");
    }

    @Test
    void an_instalment_is_due_then_partly_paid_late_or_paid() {
        Instalment i = plan().getFirst();
        assertThat(i.statusOn(START)).isEqualTo(InstalmentStatus.DUE);
        assertThat(i.withPaid(new BigDecimal("40")).statusOn(START)).isEqualTo(InstalmentStatus.PARTLY_PAID);
        assertThat(i.withPaid(new BigDecimal("40")).statusOn(START.plusDays(1))).isEqualTo(InstalmentStatus.LATE);
        assertThat(i.withPaid(new BigDecimal("100")).statusOn(START.plusDays(40))).isEqualTo(InstalmentStatus.PAID);
    }

    @Test
    void a_plan_is_in_default_only_once_an_instalment_is_unpaid_past_the_tolerance() {
        List<Instalment> p = plan();
        assertThat(PlanBreach.inDefault(p, START.plusDays(15), 15)).isFalse();
        assertThat(PlanBreach.inDefault(p, START.plusDays(16), 15)).isTrue();
        assertThat(PlanBreach.firstBreach(p, START.plusMonths(3), 15)).get()
                .extracting(Instalment::number).isEqualTo(1);
        List<Instalment> firstPaid = List.of(p.get(0).withPaid(new BigDecimal("100.00")), p.get(1), p.get(2));
        assertThat(PlanBreach.inDefault(firstPaid, START.plusDays(30), 15)).isFalse();
        List<Instalment> partly = List.of(p.get(0).withPaid(new BigDecimal("99.99")), p.get(1), p.get(2));
        assertThat(PlanBreach.inDefault(partly, START.plusDays(30), 15)).isTrue();
    }

    @Test
    void the_caf_report_is_due_two_months_after_the_debt_reached_two_months_and_the_plan_six_months_after_the_report() {
        LocalDate reached = LocalDate.of(2020, 5, 15);
        var d = LegalDeadlines.of(reached, null, null, null, null);
        assertThat(d).extracting(LegalDeadlines.Deadline::kind)
                .containsExactly(DeadlineKind.CAF_REPORT, DeadlineKind.PLAN_EXPECTED);
        assertThat(d.get(0).due()).isEqualTo(LocalDate.of(2020, 7, 15));
        assertThat(d.get(1).due()).isEqualTo(LocalDate.of(2021, 1, 15));
        var reported = LegalDeadlines.of(reached, LocalDate.of(2020, 6, 1), null, null, null);
        assertThat(reported.get(0).done()).isTrue();
        assertThat(reported.get(1).due()).isEqualTo(LocalDate.of(2020, 12, 1));
    }

    @Test
    void there_is_no_legal_deadline_before_the_debt_reaches_two_months() {
        assertThat(LegalDeadlines.of(null, null, null, null, null)).isEmpty();
    }

    @Test
    void the_ccapex_is_referred_to_at_least_two_months_before_a_court_action() {
        LocalDate court = LocalDate.of(2021, 3, 1);
        var d = LegalDeadlines.of(LocalDate.of(2020, 5, 15), null, null, court, null);
        assertThat(d).extracting(LegalDeadlines.Deadline::kind).containsExactly(DeadlineKind.CAF_REPORT,
                DeadlineKind.CCAPEX_REFERRAL, DeadlineKind.PLAN_EXPECTED);
        assertThat(d.get(1).due()).isEqualTo(LocalDate.of(2021, 1, 1));
        assertThat(LegalDeadlines.courtActionAllowed(LocalDate.of(2021, 1, 1), court)).isTrue();
        assertThat(LegalDeadlines.courtActionAllowed(LocalDate.of(2021, 1, 2), court)).isFalse();
        assertThat(LegalDeadlines.courtActionAllowed(null, court)).isFalse();
    }
}
