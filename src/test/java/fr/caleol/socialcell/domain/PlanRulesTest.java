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
    void currentRentIsPaidFirstThenTheOldestInstalment() {
        var r = PaymentAllocation.allocate(new BigDecimal("650.00"), new BigDecimal("500.00"), plan());
        assertThat(r.toCurrentRent()).isEqualByComparingTo("500.00");
        assertThat(r.instalments().get(0).paid()).isEqualByComparingTo("100.00");
        assertThat(r.instalments().get(1).paid()).isEqualByComparingTo("50.00");
        assertThat(r.instalments().get(2).paid()).isEqualByComparingTo("0");
        assertThat(r.credit()).isEqualByComparingTo("0");
    }

    @Test
    void aPaymentSmallerThanTheRentGoesToTheRentOnly() {
        var r = PaymentAllocation.allocate(new BigDecimal("200.00"), new BigDecimal("500.00"), plan());
        assertThat(r.toCurrentRent()).isEqualByComparingTo("200.00");
        assertThat(r.instalments()).allMatch(i -> i.paid().signum() == 0);
    }

    @Test
    void surplusBecomesACreditAndOrderIsByDueDateNotListOrder() {
        List<Instalment> reversed = plan().reversed();
        var r = PaymentAllocation.allocate(new BigDecimal("450.00"), BigDecimal.ZERO, reversed);
        assertThat(r.instalments()).allMatch(i -> i.outstanding().signum() == 0);
        assertThat(r.instalments().getFirst().number()).isEqualTo(1);
        assertThat(r.credit()).isEqualByComparingTo("150.00");
    }

    @Test
    void instalmentStatus() {
        Instalment i = plan().getFirst();
        assertThat(i.statusOn(START)).isEqualTo(InstalmentStatus.DUE);
        assertThat(i.withPaid(new BigDecimal("40")).statusOn(START)).isEqualTo(InstalmentStatus.PARTLY_PAID);
        assertThat(i.withPaid(new BigDecimal("40")).statusOn(START.plusDays(1))).isEqualTo(InstalmentStatus.LATE);
        assertThat(i.withPaid(new BigDecimal("100")).statusOn(START.plusDays(40))).isEqualTo(InstalmentStatus.PAID);
    }

    @Test
    void breachOnlyAfterTheTolerance() {
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
    void cafReportAndPlanDeadlines() {
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
    void noDeadlineBeforeTwoMonthsOfDebt() {
        assertThat(LegalDeadlines.of(null, null, null, null, null)).isEmpty();
    }

    @Test
    void ccapexAtLeastTwoMonthsBeforeCourtAction() {
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
