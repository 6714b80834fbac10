package fr.caleol.tenancy.domain;

import static org.assertj.core.api.Assertions.assertThat;

import fr.caleol.tenancy.domain.MonthlyUnpaid.Month;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

class MonthlyUnpaidTest {

    static final BigDecimal RENT = new BigDecimal("500.00");
    static final LocalDate DUE = LocalDate.of(2020, 4, 5);
    static final LocalDate LATER = LocalDate.of(2021, 1, 1);
    static final int GRACE = 10;

    static Month april(List<Movement> ledger) {
        return MonthlyUnpaid.of(ledger, LATER, GRACE).stream().filter(m -> m.month().equals(YearMonth.of(2020, 4)))
                .findFirst().orElse(null);
    }

    @Test
    void a_month_paid_on_the_due_date_is_called_and_paid() {
        assertThat(april(List.of(Movement.rentCall(DUE, RENT), Movement.payment(DUE, RENT, PaymentMeans.TRANSFER))))
                .isEqualTo(new Month(YearMonth.of(2020, 4), 1, 0));
    }

    @Test
    void a_month_paid_on_the_last_day_of_the_grace_period_is_paid() {
        assertThat(april(List.of(Movement.rentCall(DUE, RENT),
                Movement.payment(DUE.plusDays(GRACE), RENT, PaymentMeans.CHEQUE))).leasesUnpaid()).isZero();
    }

    @Test
    void a_month_paid_the_day_after_the_grace_period_is_unpaid() {
        assertThat(april(List.of(Movement.rentCall(DUE, RENT),
                Movement.payment(DUE.plusDays(GRACE + 1), RENT, PaymentMeans.CHEQUE))))
                .isEqualTo(new Month(YearMonth.of(2020, 4), 1, 1));
    }

    @Test
    void housing_aid_covering_part_of_the_rent_leaves_the_month_unpaid_until_the_tenant_pays_the_rest() {
        BigDecimal aid = new BigDecimal("200.00");
        assertThat(april(List.of(Movement.rentCall(DUE, RENT), Movement.housingAid(DUE.plusDays(1), aid)))
                .leasesUnpaid()).isEqualTo(1);
        assertThat(april(List.of(Movement.rentCall(DUE, RENT), Movement.housingAid(DUE.plusDays(1), aid),
                Movement.payment(DUE.plusDays(3), new BigDecimal("300.00"), PaymentMeans.DIRECT_DEBIT)))
                .leasesUnpaid()).isZero();
    }

    @Test
    void a_lease_without_a_call_that_month_is_not_counted_that_month() {
        List<Month> months = MonthlyUnpaid.of(List.of(Movement.rentCall(DUE.minusMonths(1), RENT),
                Movement.payment(DUE.minusMonths(1), RENT, PaymentMeans.TRANSFER),
                Movement.rentCall(DUE.plusMonths(1), RENT)), LATER, GRACE);
        assertThat(months).extracting(Month::month).containsExactly(YearMonth.of(2020, 3), YearMonth.of(2020, 5));
    }

    @Test
    void a_month_paid_while_an_older_month_is_still_owed_counts_as_paid_the_rate_measures_each_months_rent() {
        List<Month> months = MonthlyUnpaid.of(List.of(Movement.rentCall(DUE, RENT),
                Movement.rentCall(DUE.plusMonths(1), RENT),
                Movement.payment(DUE.plusMonths(1), RENT, PaymentMeans.TRANSFER)), LATER, GRACE);
        assertThat(months).containsExactly(new Month(YearMonth.of(2020, 4), 1, 1),
                new Month(YearMonth.of(2020, 5), 1, 0));
    }

    @Test
    void a_month_left_unpaid_after_a_missed_one_is_unpaid_again() {
        List<Month> months = MonthlyUnpaid.of(List.of(Movement.rentCall(DUE, RENT),
                Movement.rentCall(DUE.plusMonths(1), RENT),
                Movement.payment(DUE.plusMonths(1), new BigDecimal("100.00"), PaymentMeans.CASH)), LATER, GRACE);
        assertThat(months).containsExactly(new Month(YearMonth.of(2020, 4), 1, 1),
                new Month(YearMonth.of(2020, 5), 1, 1));
    }

    @Test
    void a_tenant_who_paid_ahead_is_not_unpaid_in_the_month_they_pay_nothing() {
        List<Month> months = MonthlyUnpaid.of(List.of(Movement.rentCall(DUE, RENT),
                Movement.payment(DUE, RENT.multiply(BigDecimal.TWO), PaymentMeans.TRANSFER),
                Movement.rentCall(DUE.plusMonths(1), RENT)), LATER, GRACE);
        assertThat(months).containsExactly(new Month(YearMonth.of(2020, 4), 1, 0),
                new Month(YearMonth.of(2020, 5), 1, 0));
    }

    @Test
    void a_call_still_in_its_grace_period_on_the_day_of_the_count_is_not_judged() {
        assertThat(MonthlyUnpaid.of(List.of(Movement.rentCall(DUE, RENT)), DUE.plusDays(GRACE - 1), GRACE)).isEmpty();
        assertThat(MonthlyUnpaid.of(List.of(Movement.rentCall(DUE, RENT)), DUE.plusDays(GRACE), GRACE))
                .containsExactly(new Month(YearMonth.of(2020, 4), 1, 1));
    }

    @Test
    void leases_add_up_per_month_and_the_rate_is_a_percentage_of_the_called_leases() {
        MonthlyUnpaid counter = new MonthlyUnpaid(LATER, GRACE);
        for (int i = 0; i < 8; i++) {
            counter.add(List.of(Movement.rentCall(DUE, RENT), Movement.payment(DUE, RENT, PaymentMeans.CASH)));
        }
        counter.add(List.of(Movement.rentCall(DUE, RENT)));
        counter.add(List.of(Movement.rentCall(DUE, RENT)));
        Month april = counter.months().getFirst();
        assertThat(april).isEqualTo(new Month(YearMonth.of(2020, 4), 10, 2));
        assertThat(april.ratePercent()).isEqualTo(20.0);
    }

    @Test
    void the_last_months_end_at_the_latest_judged_month_and_fill_months_without_calls_with_zero() {
        MonthlyUnpaid counter = new MonthlyUnpaid(LATER, GRACE);
        counter.add(List.of(Movement.rentCall(DUE, RENT), Movement.rentCall(DUE.plusMonths(2), RENT)));
        assertThat(counter.lastMonths(4)).containsExactly(new Month(YearMonth.of(2020, 3), 0, 0),
                new Month(YearMonth.of(2020, 4), 1, 1), new Month(YearMonth.of(2020, 5), 0, 0),
                new Month(YearMonth.of(2020, 6), 1, 1));
    }
}
