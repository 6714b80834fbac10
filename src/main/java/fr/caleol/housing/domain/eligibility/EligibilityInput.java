package fr.caleol.housing.domain.eligibility;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * Everything the eligibility figures of one household for one dwelling are computed from.
 *
 * @param assessmentDate    date of the assessment (usually the committee sitting): ages are taken on it and
 *                          the ceilings of its year apply
 * @param taxIncomeNMinus2  household "revenu fiscal de référence" of year N-2 in euros, null when unknown
 * @param taxIncomeNMinus1  same for year N-1
 * @param monthlyResources  monthly household resources in euros, null when unknown
 * @param expectedMonthlyAid housing aid (APL) expected in the dwelling, in euros per month (zero if none)
 */
public record EligibilityInput(HouseholdComposition household, LocalDate assessmentDate,
                               Long taxIncomeNMinus2, Long taxIncomeNMinus1, BigDecimal monthlyResources,
                               DwellingTerms dwelling, BigDecimal expectedMonthlyAid,
                               EligibilityThresholds thresholds) {

    public EligibilityInput {
        Objects.requireNonNull(household, "household");
        Objects.requireNonNull(assessmentDate, "assessmentDate");
        Amounts.requireNonNegativeOrUnknown(monthlyResources, "monthlyResources");
        Objects.requireNonNull(dwelling, "dwelling");
        Amounts.requireNonNegative(expectedMonthlyAid, "expectedMonthlyAid");
        Objects.requireNonNull(thresholds, "thresholds");
    }

    /**
     * The year of the assessment, whose ceilings apply when stored ({@link IncomeCeilingTable#applicableYear} decides
     * which year's do).
     */
    public int ceilingYear() {
        return assessmentDate.getYear();
    }

    public MonthlyHousingCost housingCost() {
        return new MonthlyHousingCost(dwelling.monthlyRent(), dwelling.monthlyCharges(), expectedMonthlyAid);
    }
}
