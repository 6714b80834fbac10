package fr.caleol.housing.domain.eligibility;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CeilingCheckTest {

    private static CeilingCheck check(long income, CeilingZone zone, Financing financing, int category) {
        return new CeilingCheck(ReferenceIncome.select(income, null),
                Ceilings2024.TABLE.ceilingFor(2024, zone, financing, category, 0));
    }

    @ParameterizedTest(name = "{3} € against 2024 {1} {0} category {2} → {4}, {5} € above")
    @CsvSource({
            "OTHER_REGIONS,         PLUS,        1, 22642, WITHIN, 0",
            "OTHER_REGIONS,         PLUS,        1, 22643, ABOVE,  1",
            "REST_OF_ILE_DE_FRANCE, PLUS,        3, 46789, WITHIN, 0",
            "REST_OF_ILE_DE_FRANCE, PLUS,        3, 46790, ABOVE,  1",
            "PARIS_AND_ADJACENT,    PLAI,        4, 33511, WITHIN, 0",
            "PARIS_AND_ADJACENT,    PLAI,        4, 33512, ABOVE,  1",
            "OTHER_REGIONS,         PLAI_ADAPTE, 2, 18143, WITHIN, 0",
            "OTHER_REGIONS,         PLAI_ADAPTE, 2, 18144, ABOVE,  1",
            "PARIS_AND_ADJACENT,    PLS,         2, 50603, WITHIN, 0",
            "PARIS_AND_ADJACENT,    PLS,         2, 50604, ABOVE,  1",
            "PARIS_AND_ADJACENT,    PLUS,        1, 30000, ABOVE,  3956",
            "PARIS_AND_ADJACENT,    PLUS,        1, 12000, WITHIN, 0"})
    void an_income_exactly_at_the_ceiling_is_within_and_one_euro_more_is_above(
            CeilingZone zone, Financing financing, int category, long income,
            CeilingCheck.Verdict verdict, long excess) {
        CeilingCheck check = check(income, zone, financing, category);

        assertEquals(verdict, check.verdict());
        assertEquals(excess, check.excessEuros());
    }

    @Test
    void an_unknown_income_gives_a_missing_income_verdict() {
        CeilingCheck check = new CeilingCheck(ReferenceIncome.select(null, null),
                Ceilings2024.TABLE.ceilingFor(2024, CeilingZone.OTHER_REGIONS, Financing.PLUS, 1, 0));

        assertEquals(CeilingCheck.Verdict.MISSING_INCOME, check.verdict());
        assertEquals(0, check.excessEuros());
    }

    @Test
    void a_year_without_ceilings_gives_a_no_ceiling_table_verdict() {
        CeilingCheck check = new CeilingCheck(ReferenceIncome.select(25000L, null), Optional.empty());

        assertEquals(CeilingCheck.Verdict.NO_CEILING_TABLE, check.verdict());
        assertEquals(0, check.excessEuros());
    }
}
