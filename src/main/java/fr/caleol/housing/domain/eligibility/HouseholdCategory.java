package fr.caleol.housing.domain.eligibility;

import java.time.LocalDate;

/**
 * Household category 1..6 of the income-ceiling tables, plus the persons counted beyond six.
 *
 * <p>Official definitions: 1 = one person alone; 2 = two persons without dependant, except a young household,
 * or one person alone with a disability; 3 to 6 = N persons, or one person with N − 2 dependants, or N − 1
 * persons of whom at least one has a disability (3 also: a young household). That is: the category is the
 * number of persons, plus one when a {@link CategoryReason} other than the count applies. The bonuses do not
 * add up. Beyond six, each further person (including the bonus one) is an extra person.
 *
 * @param persons number of persons in the household
 * @param reason  rule that gave the category
 */
public record HouseholdCategory(int persons, CategoryReason reason) {

    private static final int YOUNG_HOUSEHOLD_MAX_TOTAL_AGE = 55;
    private static final int LAST_CATEGORY = 6;

    public HouseholdCategory {
        if (persons < 1) {
            throw new IllegalArgumentException("A household has at least one person: " + persons);
        }
    }

    /** Categorises the household, with ages taken on the reference date (usually the committee sitting). */
    public static HouseholdCategory of(HouseholdComposition household, LocalDate referenceDate) {
        return new HouseholdCategory(household.size(), reasonFor(household, referenceDate));
    }

    /** Category 1..6. */
    public int category() {
        return Math.min(countedPersons(), LAST_CATEGORY);
    }

    /** Persons counted beyond category 6, each adding the per-extra-person amount. */
    public int extraPersons() {
        return countedPersons() - category();
    }

    private int countedPersons() {
        return reason.countsOneMorePerson() ? persons + 1 : persons;
    }

    /** Precedence when several apply (they give the same category): disability, single parent, young household. */
    private static CategoryReason reasonFor(HouseholdComposition household, LocalDate referenceDate) {
        if (household.hasDisabledMember()) {
            return CategoryReason.DISABILITY;
        }
        if (household.dependants() > 0 && household.dependants() == household.size() - 1) {
            return CategoryReason.ONE_PERSON_WITH_DEPENDANTS;
        }
        if (household.isCoupleAlone() && totalAge(household, referenceDate) <= YOUNG_HOUSEHOLD_MAX_TOTAL_AGE) {
            return CategoryReason.YOUNG_HOUSEHOLD;
        }
        return CategoryReason.PERSON_COUNT;
    }

    private static int totalAge(HouseholdComposition household, LocalDate referenceDate) {
        return household.members().stream().mapToInt(member -> member.ageOn(referenceDate)).sum();
    }
}
