package fr.caleol.housing.domain.eligibility;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EffortRateTest {

    private static final BigDecimal THIRTY = new BigDecimal("30");

    private static EffortRate effortRate(String rent, String charges, String aid, String resources, BigDecimal threshold) {
        MonthlyHousingCost cost = new MonthlyHousingCost(new BigDecimal(rent), new BigDecimal(charges), new BigDecimal(aid));
        return new EffortRate(cost, resources == null ? null : new BigDecimal(resources), threshold);
    }

    @ParameterizedTest(name = "({0} + {1} − {2}) ÷ {3} = {4} % → {5}")
    @CsvSource({
            "500.00, 100.00, 0.00,   2000.00, 30.0, ACCEPTABLE", // exactly at the threshold
            "500.00, 98.00,  0.00,   2000.00, 29.9, ACCEPTABLE",
            "500.00, 102.00, 0.00,   2000.00, 30.1, HIGH",
            "500.80, 100.00, 0.00,   2000.00, 30.0, ACCEPTABLE", // 30.04 shown as 30.0
            "501.00, 100.00, 0.00,   2000.00, 30.1, HIGH",       // 30.05 rounded half up
            "650.00, 120.00, 200.00, 1900.00, 30.0, ACCEPTABLE",
            "620.00, 110.00, 180.00, 2100.00, 26.2, ACCEPTABLE", // 26.19
            "300.00, 50.00,  400.00, 1000.00, -5.0, ACCEPTABLE"}) // aid above rent and charges
    void the_effort_rate_is_net_housing_cost_over_resources_with_one_decimal(
            String rent, String charges, String aid, String resources, BigDecimal rate, EffortRate.Verdict verdict) {
        EffortRate effortRate = effortRate(rent, charges, aid, resources, THIRTY);

        assertEquals(Optional.of(rate), effortRate.ratePercent());
        assertEquals(verdict, effortRate.verdict());
    }

    @Test
    void the_threshold_is_a_setting() {
        EffortRate effortRate = effortRate("600.00", "60.00", "0.00", "2000.00", new BigDecimal("33"));

        assertEquals(Optional.of(new BigDecimal("33.0")), effortRate.ratePercent());
        assertEquals(EffortRate.Verdict.ACCEPTABLE, effortRate.verdict());
    }

    @Test
    void zero_resources_make_the_effort_rate_not_computable() {
        EffortRate effortRate = effortRate("500.00", "100.00", "0.00", "0.00", THIRTY);

        assertTrue(effortRate.ratePercent().isEmpty());
        assertEquals(EffortRate.Verdict.NOT_COMPUTABLE, effortRate.verdict());
    }

    @Test
    void unknown_resources_make_the_effort_rate_not_computable() {
        EffortRate effortRate = effortRate("500.00", "100.00", "0.00", null, THIRTY);

        assertEquals(EffortRate.Verdict.NOT_COMPUTABLE, effortRate.verdict());
        assertEquals("(500.00 + 100.00 − 0.00) ÷ ? × 100 = ?", effortRate.formula());
    }

    @Test
    void the_effort_rate_shows_its_calculation() {
        assertEquals("(650.00 + 120.00 − 200.00) ÷ 1900.00 × 100 = 30.0",
                effortRate("650.00", "120.00", "200.00", "1900.00", THIRTY).formula());
    }
}
