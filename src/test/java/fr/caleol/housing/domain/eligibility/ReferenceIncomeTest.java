package fr.caleol.housing.domain.eligibility;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ReferenceIncomeTest {

    @ParameterizedTest(name = "N-2 = {0}, N-1 = {1} → {2} {3}")
    @CsvSource(nullValues = "unknown", value = {
            "30000,   29000,   N_MINUS_2,                           30000",  // 3.33 % lower
            "30000,   27000,   N_MINUS_1_AT_LEAST_10_PERCENT_LOWER, 27000",  // exactly 10 % lower
            "30000,   27003,   N_MINUS_2,                           30000",  // 9.99 % lower
            "30000,   12000,   N_MINUS_1_AT_LEAST_10_PERCENT_LOWER, 12000",  // 60 % lower
            "30000,   35000,   N_MINUS_2,                           30000",  // higher
            "30000,   unknown, N_MINUS_2,                           30000",
            "unknown, 27000,   N_MINUS_1_AS_N_MINUS_2_MISSING,      27000",
            "0,       0,       N_MINUS_2,                           0"})
    void the_income_of_n_minus_2_is_used_unless_n_minus_1_is_at_least_10_percent_lower(
            Long nMinus2, Long nMinus1, ReferenceIncome.Rule rule, long amount) {
        ReferenceIncome income = ReferenceIncome.select(nMinus2, nMinus1);

        assertEquals(rule, income.rule());
        assertEquals(OptionalLong.of(amount), income.amount());
    }

    @Test
    void without_any_tax_income_the_income_is_missing() {
        ReferenceIncome income = ReferenceIncome.select(null, null);

        assertEquals(ReferenceIncome.Rule.MISSING_INCOME, income.rule());
        assertEquals(OptionalLong.empty(), income.amount());
    }

    @Test
    void a_negative_tax_income_is_rejected() {
        assertThrows(IllegalArgumentException.class, () -> ReferenceIncome.select(-1L, 20000L));
    }
}
