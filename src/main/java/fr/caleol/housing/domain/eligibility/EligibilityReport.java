package fr.caleol.housing.domain.eligibility;

/**
 * The eligibility figures shown on a dossier: household category, income against ceiling, effort rate and
 * remaining income, each with its inputs, formula and verdict.
 */
public record EligibilityReport(EligibilityInput input, HouseholdCategory category, CeilingCheck ceilingCheck,
                                EffortRate effortRate, RemainingIncome remainingIncome) {

    public static EligibilityReport compute(EligibilityInput input, IncomeCeilingTable ceilings) {
        HouseholdCategory category = HouseholdCategory.of(input.household(), input.assessmentDate());
        DwellingTerms dwelling = input.dwelling();
        CeilingCheck ceilingCheck = new CeilingCheck(
                ReferenceIncome.select(input.taxIncomeNMinus2(), input.taxIncomeNMinus1()),
                ceilings.applicableYear(input.assessmentDate()).stream().boxed().findFirst()
                        .flatMap(year -> ceilings.ceilingFor(year, dwelling.zone(), dwelling.financing(), category)));
        MonthlyHousingCost cost = input.housingCost();
        EligibilityThresholds thresholds = input.thresholds();
        return new EligibilityReport(input, category, ceilingCheck,
                new EffortRate(cost, input.monthlyResources(), thresholds.maxEffortRatePercent()),
                new RemainingIncome(cost, input.monthlyResources(), input.household().size(),
                        thresholds.minRemainingIncomePerPersonPerDay()));
    }
}
