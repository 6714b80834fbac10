package fr.caleol.housing.domain.eligibility;

import static fr.caleol.housing.domain.eligibility.People.SITTING;
import static fr.caleol.housing.domain.eligibility.People.applicant;
import static fr.caleol.housing.domain.eligibility.People.applicantWithChildren;
import static fr.caleol.housing.domain.eligibility.People.dependantChild;
import static fr.caleol.housing.domain.eligibility.People.disabled;
import static fr.caleol.housing.domain.eligibility.People.otherAdult;
import static fr.caleol.housing.domain.eligibility.People.partner;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HouseholdCategoryTest {

    private static HouseholdCategory categoryOf(HouseholdMember... members) {
        return HouseholdCategory.of(HouseholdComposition.of(members), SITTING);
    }

    private static HouseholdCategory categoryOf(List<HouseholdMember> members) {
        return HouseholdCategory.of(new HouseholdComposition(members), SITTING);
    }

    private static void assertCategory(int category, int extraPersons, CategoryReason reason, HouseholdCategory actual) {
        assertEquals(category, actual.category(), "category");
        assertEquals(extraPersons, actual.extraPersons(), "extra persons");
        assertEquals(reason, actual.reason(), "reason");
    }

    @Test
    void a_single_person_is_category_1() {
        assertCategory(1, 0, CategoryReason.PERSON_COUNT, categoryOf(applicant(45)));
    }

    @Test
    void a_single_person_with_a_disability_is_category_2() {
        assertCategory(2, 0, CategoryReason.DISABILITY, categoryOf(disabled(applicant(45))));
    }

    @Test
    void a_couple_whose_ages_add_up_to_56_is_category_2() {
        assertCategory(2, 0, CategoryReason.PERSON_COUNT, categoryOf(applicant(28), partner(28)));
    }

    @Test
    void a_couple_whose_ages_add_up_to_exactly_55_is_a_young_household_in_category_3() {
        assertCategory(3, 0, CategoryReason.YOUNG_HOUSEHOLD, categoryOf(applicant(27), partner(28)));
    }

    @Test
    void ages_are_completed_years_on_the_assessment_date() {
        HouseholdMember turns28Tomorrow = new HouseholdMember(
                HouseholdRole.APPLICANT, SITTING.minusYears(28).plusDays(1), false, false);
        HouseholdMember turns28Today = new HouseholdMember(
                HouseholdRole.APPLICANT, SITTING.minusYears(28), false, false);

        assertEquals(CategoryReason.YOUNG_HOUSEHOLD, categoryOf(turns28Tomorrow, partner(28)).reason());
        assertEquals(CategoryReason.PERSON_COUNT, categoryOf(turns28Today, partner(28)).reason());
    }

    @Test
    void two_young_adults_who_are_not_a_couple_are_category_2() {
        assertCategory(2, 0, CategoryReason.PERSON_COUNT, categoryOf(applicant(20), otherAdult(22)));
    }

    @ParameterizedTest(name = "one person with {0} dependant(s) is category {1} + {2} extra")
    @CsvSource({"1, 3, 0", "2, 4, 0", "3, 5, 0", "4, 6, 0", "5, 6, 1"})
    void one_person_with_dependants_counts_one_person_more(int dependants, int category, int extraPersons) {
        assertCategory(category, extraPersons, CategoryReason.ONE_PERSON_WITH_DEPENDANTS,
                categoryOf(applicantWithChildren(dependants)));
    }

    @ParameterizedTest(name = "{0} persons of whom one is disabled are category {1} + {2} extra")
    @CsvSource({"2, 3, 0", "3, 4, 0", "4, 5, 0", "5, 6, 0", "6, 6, 1"})
    void persons_of_whom_one_has_a_disability_count_one_person_more(int persons, int category, int extraPersons) {
        List<HouseholdMember> members = new ArrayList<>(List.of(applicant(60), disabled(partner(61))));
        for (int i = 2; i < persons; i++) {
            members.add(dependantChild());
        }
        assertCategory(category, extraPersons, CategoryReason.DISABILITY, categoryOf(members));
    }

    @ParameterizedTest(name = "a couple with {0} children is category {1} + {2} extra")
    @CsvSource({"1, 3, 0", "2, 4, 0", "3, 5, 0", "4, 6, 0", "5, 6, 1", "7, 6, 3"})
    void a_couple_with_children_is_categorised_by_its_number_of_persons(int children, int category, int extraPersons) {
        List<HouseholdMember> members = new ArrayList<>(applicantWithChildren(children));
        members.add(partner(38));
        assertCategory(category, extraPersons, CategoryReason.PERSON_COUNT, categoryOf(members));
    }

    @Test
    void a_disability_and_single_parenthood_do_not_add_up() {
        assertCategory(3, 0, CategoryReason.DISABILITY, categoryOf(applicant(35), disabled(dependantChild())));
    }

    @Test
    void a_young_couple_with_a_disability_is_category_3_once() {
        assertCategory(3, 0, CategoryReason.DISABILITY, categoryOf(applicant(25), disabled(partner(25))));
    }

    @Test
    void a_household_has_exactly_one_applicant() {
        assertThrows(IllegalArgumentException.class, () -> HouseholdComposition.of(partner(30)));
        assertThrows(IllegalArgumentException.class, () -> HouseholdComposition.of(applicant(30), applicant(31)));
    }

    @Test
    void the_applicant_cannot_be_a_dependant() {
        assertThrows(IllegalArgumentException.class,
                () -> new HouseholdMember(HouseholdRole.APPLICANT, LocalDate.of(2000, 1, 1), true, false));
    }
}
