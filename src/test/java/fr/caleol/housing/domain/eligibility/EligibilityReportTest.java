package fr.caleol.housing.domain.eligibility;

import static fr.caleol.housing.domain.eligibility.People.SITTING;
import static fr.caleol.housing.domain.eligibility.People.applicantWithChildren;
import static fr.caleol.housing.domain.eligibility.People.partner;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class EligibilityReportTest {

    private static final DwellingTerms PARIS_PLUS_T4 = new DwellingTerms(
            CeilingZone.PARIS_AND_ADJACENT, Financing.PLUS, new BigDecimal("620.00"), new BigDecimal("110.00"));

    @Test
    void a_single_parent_of_two_in_a_paris_plus_dwelling() {
        EligibilityInput input = new EligibilityInput(new HouseholdComposition(applicantWithChildren(2)), SITTING,
                40000L, 35000L, new BigDecimal("2100.00"), PARIS_PLUS_T4, new BigDecimal("180.00"),
                EligibilityThresholds.DEFAULTS);

        EligibilityReport report = EligibilityReport.compute(input, Ceilings2024.TABLE);

        assertEquals(4, report.category().category());
        assertEquals(CategoryReason.ONE_PERSON_WITH_DEPENDANTS, report.category().reason());
        CeilingCheck ceilingCheck = report.ceilingCheck();
        assertEquals(ReferenceIncome.Rule.N_MINUS_1_AT_LEAST_10_PERCENT_LOWER, ceilingCheck.income().rule());
        assertEquals(60921, ceilingCheck.ceiling().orElseThrow().amount());
        assertEquals(CeilingCheck.Verdict.WITHIN, ceilingCheck.verdict());
        assertEquals(Optional.of(new BigDecimal("26.2")), report.effortRate().ratePercent());
        assertEquals(EffortRate.Verdict.ACCEPTABLE, report.effortRate().verdict());
        assertEquals(Optional.of(new BigDecimal("17.22")), report.remainingIncome().perPersonPerDay());
        assertEquals(RemainingIncome.Verdict.SUFFICIENT, report.remainingIncome().verdict());
    }

    @Test
    void a_couple_with_six_children_one_euro_above_the_pls_ceiling_of_other_regions() {
        List<HouseholdMember> members = new ArrayList<>(applicantWithChildren(6));
        members.add(partner(41));
        DwellingTerms plsT6 = new DwellingTerms(
                CeilingZone.OTHER_REGIONS, Financing.PLS, new BigDecimal("1150.00"), new BigDecimal("210.00"));
        EligibilityInput input = new EligibilityInput(new HouseholdComposition(members), SITTING,
                92541L, 90000L, new BigDecimal("7000.00"), plsT6, BigDecimal.ZERO, EligibilityThresholds.DEFAULTS);

        EligibilityReport report = EligibilityReport.compute(input, Ceilings2024.TABLE);

        assertEquals(2, report.category().extraPersons());
        Ceiling ceiling = report.ceilingCheck().ceiling().orElseThrow();
        assertEquals("75660 + 2 × 8440 = 92540", ceiling.formula());
        assertEquals(CeilingCheck.Verdict.ABOVE, report.ceilingCheck().verdict());
        assertEquals(1, report.ceilingCheck().excessEuros());
    }

    @Test
    void a_year_before_any_stored_ceilings_still_gives_the_other_figures() {
        EligibilityInput input = new EligibilityInput(new HouseholdComposition(applicantWithChildren(2)),
                LocalDate.of(2023, 3, 2), 40000L, 41000L, new BigDecimal("2100.00"), PARIS_PLUS_T4,
                new BigDecimal("180.00"), EligibilityThresholds.DEFAULTS);

        EligibilityReport report = EligibilityReport.compute(input, Ceilings2024.TABLE);

        assertEquals(2023, input.ceilingYear());
        assertEquals(CeilingCheck.Verdict.NO_CEILING_TABLE, report.ceilingCheck().verdict());
        assertEquals(EffortRate.Verdict.ACCEPTABLE, report.effortRate().verdict());
    }

    @Test
    void a_year_whose_ceilings_are_not_entered_is_compared_with_the_latest_earlier_scale_which_it_names() {
        EligibilityInput input = new EligibilityInput(new HouseholdComposition(applicantWithChildren(2)),
                LocalDate.of(2027, 3, 2), 40000L, 41000L, new BigDecimal("2100.00"), PARIS_PLUS_T4,
                new BigDecimal("180.00"), EligibilityThresholds.DEFAULTS);

        EligibilityReport report = EligibilityReport.compute(input, Ceilings2024.TABLE);

        assertEquals(2027, input.ceilingYear());
        assertEquals(2024, report.ceilingCheck().ceiling().orElseThrow().year());
        assertEquals(CeilingCheck.Verdict.WITHIN, report.ceilingCheck().verdict());
    }

    @Test
    void unknown_incomes_and_resources_give_verdicts_not_errors() {
        EligibilityThresholds strict = new EligibilityThresholds(new BigDecimal("25"), new BigDecimal("15"));
        EligibilityInput input = new EligibilityInput(new HouseholdComposition(applicantWithChildren(2)), SITTING,
                null, null, null, PARIS_PLUS_T4, new BigDecimal("180.00"), strict);

        EligibilityReport report = EligibilityReport.compute(input, Ceilings2024.TABLE);

        assertEquals(CeilingCheck.Verdict.MISSING_INCOME, report.ceilingCheck().verdict());
        assertEquals(EffortRate.Verdict.NOT_COMPUTABLE, report.effortRate().verdict());
        assertEquals(RemainingIncome.Verdict.NOT_COMPUTABLE, report.remainingIncome().verdict());
        assertEquals(new BigDecimal("25"), report.effortRate().thresholdPercent());
    }
}
