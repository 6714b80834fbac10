package fr.caleol.housing.domain.eligibility;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RemainingIncomeTest {

    private static final BigDecimal TWELVE = new BigDecimal("12");
    private static final MonthlyHousingCost COST =
            new MonthlyHousingCost(new BigDecimal("650.00"), new BigDecimal("120.00"), new BigDecimal("200.00"));

    @ParameterizedTest(name = "({0} − 570.00) ÷ {1} ÷ 30 = {2} → {3}")
    @CsvSource({
            "1650.00, 3, 12.00, SUFFICIENT",   // exactly at the threshold
            "1649.10, 3, 11.99, INSUFFICIENT",
            "1650.90, 3, 12.01, SUFFICIENT",
            "1649.55, 3, 12.00, SUFFICIENT",   // 11.995 rounded half up
            "1900.00, 3, 14.78, SUFFICIENT",
            "1900.00, 4, 11.08, INSUFFICIENT",
            "930.00,  1, 12.00, SUFFICIENT",
            "0.00,    2, -9.50, INSUFFICIENT"}) // zero resources: computable, and insufficient
    void the_remaining_income_is_per_person_per_day_to_the_cent(
            BigDecimal resources, int persons, BigDecimal perPersonPerDay, RemainingIncome.Verdict verdict) {
        RemainingIncome remaining = new RemainingIncome(COST, resources, persons, TWELVE);

        assertEquals(Optional.of(perPersonPerDay), remaining.perPersonPerDay());
        assertEquals(verdict, remaining.verdict());
    }

    @Test
    void unknown_resources_make_the_remaining_income_not_computable() {
        RemainingIncome remaining = new RemainingIncome(COST, null, 2, TWELVE);

        assertTrue(remaining.perPersonPerDay().isEmpty());
        assertEquals(RemainingIncome.Verdict.NOT_COMPUTABLE, remaining.verdict());
    }

    @Test
    void the_threshold_is_a_setting() {
        RemainingIncome remaining = new RemainingIncome(COST, new BigDecimal("1900.00"), 3, new BigDecimal("15"));

        assertEquals(RemainingIncome.Verdict.INSUFFICIENT, remaining.verdict());
    }

    @Test
    void the_remaining_income_shows_its_calculation() {
        assertEquals("(1900.00 − (650.00 + 120.00 − 200.00)) ÷ 3 ÷ 30 = 14.78",
                new RemainingIncome(COST, new BigDecimal("1900.00"), 3, TWELVE).formula());
    }
}
