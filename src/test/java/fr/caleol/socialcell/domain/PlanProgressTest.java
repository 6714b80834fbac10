package fr.caleol.socialcell.domain;

import static org.assertj.core.api.Assertions.assertThat;

import fr.caleol.tenancy.domain.Movement;
import fr.caleol.tenancy.domain.PaymentMeans;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PlanProgressTest {

    static final BigDecimal RENT = new BigDecimal("480.00");
    static final LocalDate SIGNED = LocalDate.of(2020, 6, 2);
    static final LocalDate START = LocalDate.of(2020, 7, 5);

    /** 480.00 of debt in three instalments of 160.00 due on the 5th of July, August and September. */
    final List<Instalment> schedule = RepaymentSchedule.byMonths(RENT, START, 3);

    static Movement rent(LocalDate due) {
        return Movement.rentCall(due, RENT);
    }

    static Movement pay(LocalDate day, String amount) {
        return Movement.payment(day, new BigDecimal(amount), PaymentMeans.TRANSFER);
    }

    static List<String> paid(PlanProgress p) {
        return p.instalments().stream().map(i -> i.paid().toPlainString()).toList();
    }

    @Test
    void rent_plus_the_exact_instalment_pays_that_instalment() {
        PlanProgress p = PlanProgress.from(schedule, List.of(rent(START), pay(START, "640.00")), SIGNED);
        assertThat(paid(p)).containsExactly("160.00", "0", "0");
        assertThat(p.toCurrentRent()).isEqualByComparingTo(RENT);
        assertThat(p.instalments().getFirst().statusOn(START.plusDays(1))).isEqualTo(InstalmentStatus.PAID);
    }

    @Test
    void a_partial_payment_leaves_the_instalment_partly_paid() {
        PlanProgress p = PlanProgress.from(schedule, List.of(rent(START), pay(START.minusDays(1), "540.00")), SIGNED);
        assertThat(paid(p)).containsExactly("60.00", "0", "0");
        assertThat(p.instalments().getFirst().statusOn(START)).isEqualTo(InstalmentStatus.PARTLY_PAID);
        assertThat(p.instalments().getFirst().statusOn(START.plusDays(1))).isEqualTo(InstalmentStatus.LATE);
    }

    @Test
    void an_overpayment_goes_to_the_next_instalment() {
        PlanProgress p = PlanProgress.from(schedule, List.of(rent(START), pay(START, "700.00")), SIGNED);
        assertThat(paid(p)).containsExactly("160.00", "60.00", "0");
    }

    @Test
    void a_payment_that_only_covers_the_current_rent_pays_no_instalment() {
        PlanProgress p = PlanProgress.from(schedule, List.of(rent(START), pay(START, "480.00")), SIGNED);
        assertThat(paid(p)).containsExactly("0", "0", "0");
        assertThat(PlanBreach.inDefault(p.instalments(), START.plusDays(16), 15)).isTrue();
    }

    @Test
    void housing_aid_counts_as_a_credit_like_a_payment() {
        PlanProgress p = PlanProgress.from(schedule, List.of(rent(START),
                Movement.housingAid(START, new BigDecimal("250.00")), pay(START.plusDays(3), "390.00")), SIGNED);
        assertThat(paid(p)).containsExactly("160.00", "0", "0");
    }

    @Test
    void a_payment_before_the_signature_is_ignored() {
        PlanProgress p = PlanProgress.from(schedule, List.of(pay(SIGNED.minusDays(1), "1000.00"), rent(START),
                pay(START, "480.00")), SIGNED);
        assertThat(paid(p)).containsExactly("0", "0", "0");
        assertThat(p.credit()).isEqualByComparingTo("0");
    }

    @Test
    void rent_called_before_the_signature_is_part_of_the_plan_debt_not_the_current_rent() {
        // the June rent (due before the signature) is in the debt at signature: a payment in June pays instalments
        PlanProgress p = PlanProgress.from(schedule, List.of(rent(SIGNED.minusDays(1)), pay(SIGNED, "160.00")),
                SIGNED);
        assertThat(paid(p)).containsExactly("160.00", "0", "0");
        assertThat(p.toCurrentRent()).isEqualByComparingTo("0");
    }

    @Test
    void a_transfer_made_before_the_due_day_of_the_month_pays_that_months_rent_first() {
        PlanProgress p = PlanProgress.from(schedule, List.of(pay(START.withDayOfMonth(1), "640.00"), rent(START)),
                SIGNED);
        assertThat(paid(p)).containsExactly("160.00", "0", "0");
    }

    @Test
    void several_months_paid_on_time_complete_the_plan() {
        List<Movement> ledger = new ArrayList<>();
        for (int m = 0; m < 3; m++) {
            ledger.add(rent(START.plusMonths(m)));
            ledger.add(pay(START.plusMonths(m), "640.00"));
        }
        PlanProgress p = PlanProgress.from(schedule, ledger, SIGNED);
        assertThat(paid(p)).containsExactly("160.00", "160.00", "160.00");
        assertThat(p.completed()).isTrue();
        assertThat(p.credit()).isEqualByComparingTo("0");
    }

    @Test
    void a_missed_month_is_caught_up_oldest_instalment_first() {
        List<Movement> ledger = List.of(rent(START), pay(START, "640.00"), rent(START.plusMonths(1)),
                rent(START.plusMonths(2)), pay(START.plusMonths(2), "1280.00"));
        PlanProgress p = PlanProgress.from(schedule, ledger, SIGNED);
        assertThat(paid(p)).containsExactly("160.00", "160.00", "160.00");
        assertThat(p.toCurrentRent()).isEqualByComparingTo("1440.00");
    }

    @Test
    void an_unpaid_current_rent_swallows_the_next_payment_before_any_instalment() {
        List<Movement> ledger = List.of(rent(START), pay(START, "640.00"), rent(START.plusMonths(1)),
                pay(START.plusMonths(1).plusDays(20), "480.00"));
        PlanProgress p = PlanProgress.from(schedule, ledger, SIGNED);
        assertThat(paid(p)).containsExactly("160.00", "0", "0");
        assertThat(PlanBreach.firstBreach(p.instalments(), START.plusMonths(1).plusDays(16), 15))
                .map(Instalment::number).contains(2);
    }

    @Test
    void what_exceeds_the_whole_plan_stays_a_credit() {
        PlanProgress p = PlanProgress.from(schedule, List.of(rent(START), pay(START, "1000.00")), SIGNED);
        assertThat(paid(p)).containsExactly("160.00", "160.00", "160.00");
        assertThat(p.credit()).isEqualByComparingTo("40.00");
        assertThat(p.completed()).isTrue();
    }

    @Test
    void a_credit_adjustment_counts_and_a_debit_adjustment_is_current_rent() {
        List<Movement> ledger = List.of(rent(START), Movement.adjustment(START, new BigDecimal("30.00")),
                pay(START, "670.00"), Movement.adjustment(START.plusDays(10), new BigDecimal("-160.00")));
        PlanProgress p = PlanProgress.from(schedule, ledger, SIGNED);
        assertThat(paid(p)).containsExactly("160.00", "160.00", "0");
    }

    @Test
    void the_stored_paid_amounts_are_ignored_the_ledger_is_the_truth() {
        List<Instalment> stale = schedule.stream().map(i -> i.withPaid(i.amount())).toList();
        PlanProgress p = PlanProgress.from(stale, List.of(rent(START), pay(START, "480.00")), SIGNED);
        assertThat(paid(p)).containsExactly("0", "0", "0");
        assertThat(p.completed()).isFalse();
    }

    @Test
    void an_empty_ledger_pays_nothing() {
        PlanProgress p = PlanProgress.from(schedule, List.of(), SIGNED);
        assertThat(p.paidOnInstalments()).isEqualByComparingTo("0");
        assertThat(p.instalments()).hasSize(3);
    }
}
