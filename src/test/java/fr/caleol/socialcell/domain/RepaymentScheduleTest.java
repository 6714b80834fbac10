package fr.caleol.socialcell.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.caleol.base.errors.BusinessException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RepaymentScheduleTest {

    static final LocalDate START = LocalDate.of(2020, 5, 10);

    @ParameterizedTest(name = "{0} over {1} months: {2} then last {3}")
    @CsvSource({
        "1000.00, 10, 100.00, 100.00",
        "1000.00, 3, 333.33, 333.34",
        "1000.00, 6, 166.66, 166.70",
        "1000.00, 7, 142.85, 142.90",
        "1000.00, 36, 27.77, 28.05",
        "100.00, 3, 33.33, 33.34",
        "0.01, 1, 0.01, 0.01",
        "0.10, 3, 0.03, 0.04",
        "0.05, 10, 0.00, 0.05",
        "1.00, 1, 1.00, 1.00",
        "1.00, 3, 0.33, 0.34",
        "10.00, 7, 1.42, 1.48",
        "99.99, 2, 49.99, 50.00",
        "99.99, 3, 33.33, 33.33",
        "250.50, 4, 62.62, 62.64",
        "523.17, 5, 104.63, 104.65",
        "523.17, 12, 43.59, 43.68",
        "1234.56, 24, 51.44, 51.44",
        "1234.57, 24, 51.44, 51.45",
        "1500.00, 36, 41.66, 41.90",
        "2000.00, 11, 181.81, 181.90",
        "2638.00, 13, 202.92, 202.96",
        "3333.33, 9, 370.37, 370.37",
        "4999.99, 48, 104.16, 104.47",
        "7654.32, 60, 127.57, 127.69",
        "10000.00, 120, 83.33, 83.73",
        "12345.67, 36, 342.93, 343.12",
        "0.99, 100, 0.00, 0.99",
        "870.40, 8, 108.80, 108.80",
        "870.41, 8, 108.80, 108.81",
        "497.00, 17, 29.23, 29.32",
        "1999.98, 19, 105.26, 105.30"
    })
    void worked(BigDecimal debt, int months, BigDecimal each, BigDecimal last) {
        List<Instalment> s = RepaymentSchedule.byMonths(debt, START, months);
        assertThat(s).hasSize(months);
        s.subList(0, months - 1).forEach(i -> assertThat(i.amount()).isEqualByComparingTo(each));
        assertThat(s.getLast().amount()).isEqualByComparingTo(last);
        assertThat(RepaymentSchedule.total(s)).isEqualByComparingTo(debt);
        assertThat(s.getFirst().dueDate()).isEqualTo(START);
        assertThat(s.getLast().dueDate()).isEqualTo(START.plusMonths(months - 1));
    }

    @Test
    void instalments_always_sum_to_the_debt_and_the_last_absorbs_the_rounding() {
        Random random = new Random(20200330L);
        for (int run = 0; run < 20_000; run++) {
            BigDecimal debt = BigDecimal.valueOf(1 + random.nextInt(2_000_000), 2);
            int months = 1 + random.nextInt(RepaymentSchedule.MAX_MONTHS);
            LocalDate start = LocalDate.of(2019, 1, 1).plusDays(random.nextInt(1500));
            List<Instalment> s = RepaymentSchedule.byMonths(debt, start, months);
            assertThat(s).hasSize(months);
            assertThat(RepaymentSchedule.total(s)).as("debt %s over %d", debt, months).isEqualByComparingTo(debt);
            BigDecimal base = s.getFirst().amount();
            assertThat(s.subList(0, months - 1)).allMatch(i -> i.amount().compareTo(base) == 0);
            assertThat(s.getLast().amount()).isGreaterThanOrEqualTo(base);
            assertThat(s.getLast().amount().subtract(base))
                    .isLessThan(BigDecimal.valueOf(months, 2).max(new BigDecimal("0.01")));
            assertThat(s).allMatch(i -> i.amount().scale() == 2 && i.amount().signum() >= 0);
            for (int i = 1; i < months; i++) {
                assertThat(s.get(i).dueDate()).isAfter(s.get(i - 1).dueDate());
            }
        }
    }

    @Test
    void a_schedule_by_monthly_amount_always_sums_to_the_debt() {
        Random random = new Random(497L);
        for (int run = 0; run < 5_000; run++) {
            BigDecimal debt = BigDecimal.valueOf(100 + random.nextInt(1_000_000), 2);
            BigDecimal monthly = BigDecimal.valueOf(1000 + random.nextInt(50_000), 2);
            if (debt.divide(monthly, 0, java.math.RoundingMode.CEILING).intValue() > RepaymentSchedule.MAX_MONTHS) {
                continue;
            }
            List<Instalment> s = RepaymentSchedule.byMonthlyAmount(debt, START, monthly);
            assertThat(RepaymentSchedule.total(s)).isEqualByComparingTo(debt);
            assertThat(s.getLast().amount()).isPositive().isLessThanOrEqualTo(monthly);
        }
    }

    @Test
    void a_schedule_by_monthly_amount_ends_with_the_remainder() {
        List<Instalment> s = RepaymentSchedule.byMonthlyAmount(new BigDecimal("1000.00"), START, new BigDecimal("150"));
        assertThat(s).hasSize(7);
        assertThat(s.getLast().amount()).isEqualByComparingTo("100.00");
    }

    @Test
    void caf_default_is_one_thirty_sixth_per_month() {
        List<Instalment> s = RepaymentSchedule.cafDefault(new BigDecimal("3600.00"), START);
        assertThat(s).hasSize(36).allMatch(i -> i.amount().compareTo(new BigDecimal("100.00")) == 0);
    }

    @Test
    void refusals() {
        assertThatThrownBy(() -> RepaymentSchedule.byMonths(BigDecimal.ZERO, START, 3))
                .isInstanceOf(BusinessException.class);
        assertThatThrownBy(() -> RepaymentSchedule.byMonths(new BigDecimal("-5"), START, 3))
                .isInstanceOf(BusinessException.class);
        assertThatThrownBy(() -> RepaymentSchedule.byMonths(BigDecimal.TEN, START, 0))
                .isInstanceOf(BusinessException.class);
        assertThatThrownBy(() -> RepaymentSchedule.byMonths(BigDecimal.TEN, START, 121))
                .isInstanceOf(BusinessException.class);
        assertThatThrownBy(() -> RepaymentSchedule.byMonths(new BigDecimal("10.001"), START, 2))
                .isInstanceOf(BusinessException.class);
    }
}
