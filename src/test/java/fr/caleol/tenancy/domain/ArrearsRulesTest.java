package fr.caleol.tenancy.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ArrearsRulesTest {

    static final BigDecimal RENT = new BigDecimal("500.00");
    static final int GRACE = 10;

    /** Monthly calls on the 5th from Jan 2019 to {@code lastMonth}, each paid on the 5th except the given months. */
    static List<Movement> ledger(LocalDate lastMonth, LocalDate... unpaidMonths) {
        List<Movement> l = new ArrayList<>();
        for (LocalDate d = LocalDate.of(2019, 1, 5); !d.isAfter(lastMonth); d = d.plusMonths(1)) {
            l.add(Movement.rentCall(d, RENT));
            LocalDate month = d;
            if (java.util.Arrays.stream(unpaidMonths).noneMatch(u -> u.getYear() == month.getYear()
                    && u.getMonth() == month.getMonth())) {
                l.add(Movement.payment(d, RENT, PaymentMeans.DIRECT_DEBIT));
            }
        }
        return l;
    }

    @Test
    void the_balance_is_the_sum_of_the_movements_dated_on_or_before_the_day() {
        List<Movement> l = List.of(Movement.rentCall(LocalDate.of(2020, 4, 5), RENT),
                Movement.housingAid(LocalDate.of(2020, 4, 6), new BigDecimal("200.00")),
                Movement.payment(LocalDate.of(2020, 4, 10), new BigDecimal("250.00"), PaymentMeans.CHEQUE),
                Movement.adjustment(LocalDate.of(2020, 4, 12), new BigDecimal("-10.00")));
        assertThat(ArrearsRules.balanceOn(l, LocalDate.of(2020, 4, 30))).isEqualByComparingTo("40.00");
        assertThat(ArrearsRules.balanceOn(l, LocalDate.of(2020, 4, 6))).isEqualByComparingTo("300.00");
        assertThat(ArrearsRules.balanceOn(l, LocalDate.of(2020, 4, 4))).isEqualByComparingTo("0");
    }

    @Test
    void an_unpaid_rent_is_not_overdue_during_the_grace_period() {
        List<Movement> l = ledger(LocalDate.of(2020, 4, 5), LocalDate.of(2020, 4, 1));
        assertThat(ArrearsRules.inArrearsOn(l, LocalDate.of(2020, 4, 6), GRACE)).isFalse();
        assertThat(ArrearsRules.inArrearsOn(l, LocalDate.of(2020, 4, 14), GRACE)).isFalse();
        assertThat(ArrearsRules.balanceOn(l, LocalDate.of(2020, 4, 14))).isEqualByComparingTo("500");
    }

    @Test
    void a_rent_due_on_the_first_becomes_overdue_the_day_after_its_grace_period_ends() {
        List<Movement> l = ledger(LocalDate.of(2020, 4, 5), LocalDate.of(2020, 4, 1));
        assertThat(ArrearsRules.overdueOn(l, LocalDate.of(2020, 4, 14), GRACE)).isEqualByComparingTo("0");
        assertThat(ArrearsRules.overdueOn(l, LocalDate.of(2020, 4, 15), GRACE)).isEqualByComparingTo("500");
    }

    @Test
    void a_late_payment_within_the_grace_period_means_no_arrears() {
        List<Movement> l = new ArrayList<>(ledger(LocalDate.of(2020, 4, 5), LocalDate.of(2020, 4, 1)));
        l.add(Movement.payment(LocalDate.of(2020, 4, 12), RENT, PaymentMeans.TRANSFER));
        assertThat(ArrearsRules.inArrearsOn(l, LocalDate.of(2020, 4, 20), GRACE)).isFalse();
    }

    @Test
    void a_first_missed_rent_opens_a_nascent_case() {
        List<Movement> l = ledger(LocalDate.of(2020, 4, 5), LocalDate.of(2020, 4, 1));
        assertThat(ArrearsRules.opensNascentCase(l, LocalDate.of(2020, 4, 15), GRACE)).isTrue();
        assertThat(ArrearsRules.opensNascentCase(l, LocalDate.of(2020, 4, 10), GRACE)).isFalse();
    }

    @Test
    void arrears_in_the_previous_12_months_mean_no_nascent_case() {
        // unpaid in June 2019, regularised in August 2019; unpaid again in April 2020: within 12 months
        List<Movement> l = new ArrayList<>(ledger(LocalDate.of(2020, 4, 5), LocalDate.of(2019, 6, 1),
                LocalDate.of(2020, 4, 1)));
        l.add(Movement.payment(LocalDate.of(2019, 8, 1), RENT, PaymentMeans.CHEQUE));
        assertThat(ArrearsRules.inArrearsOn(l, LocalDate.of(2019, 9, 1), GRACE)).isFalse();
        assertThat(ArrearsRules.opensNascentCase(l, LocalDate.of(2020, 4, 15), GRACE)).isFalse();
    }

    @Test
    void arrears_more_than_12_months_ago_do_not_prevent_a_new_case() {
        List<Movement> l = new ArrayList<>(ledger(LocalDate.of(2020, 6, 5), LocalDate.of(2019, 2, 1),
                LocalDate.of(2020, 6, 1)));
        l.add(Movement.payment(LocalDate.of(2019, 3, 20), RENT, PaymentMeans.CHEQUE));
        assertThat(ArrearsRules.opensNascentCase(l, LocalDate.of(2020, 6, 15), GRACE)).isTrue();
    }

    @Test
    void a_case_escalates_when_the_overdue_debt_reaches_two_months_of_rent_and_charges() {
        assertThat(ArrearsRules.escalates(new BigDecimal("999.99"), RENT)).isFalse();
        assertThat(ArrearsRules.escalates(new BigDecimal("1000.00"), RENT)).isTrue();
        List<Movement> l = ledger(LocalDate.of(2020, 6, 5), LocalDate.of(2020, 4, 1), LocalDate.of(2020, 5, 1));
        assertThat(ArrearsRules.twoMonthsReachedOn(l, RENT, LocalDate.of(2020, 4, 1), LocalDate.of(2020, 7, 1),
                GRACE)).isEqualTo(LocalDate.of(2020, 5, 15));
    }

    @Test
    void housing_aid_counts_as_a_credit() {
        List<Movement> l = new ArrayList<>(ledger(LocalDate.of(2020, 4, 5), LocalDate.of(2020, 4, 1)));
        l.add(Movement.housingAid(LocalDate.of(2020, 4, 8), new BigDecimal("300")));
        assertThat(ArrearsRules.overdueOn(l, LocalDate.of(2020, 4, 20), GRACE)).isEqualByComparingTo("200");
    }

    @Test
    void a_late_detection_still_opens_the_case_of_a_first_episode() {
        List<Movement> l = ledger(LocalDate.of(2020, 6, 5), LocalDate.of(2020, 4, 1), LocalDate.of(2020, 5, 1),
                LocalDate.of(2020, 6, 1));
        assertThat(ArrearsRules.episodeStart(l, LocalDate.of(2020, 6, 20), GRACE)).isEqualTo(LocalDate.of(2020, 4, 15));
        assertThat(ArrearsRules.opensNascentCase(l, LocalDate.of(2020, 6, 20), GRACE)).isTrue();
    }
}
