package fr.caleol.housing.domain.eligibility;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Household members for the tests, aged on {@link #SITTING}. */
final class People {

    static final LocalDate SITTING = LocalDate.of(2024, 6, 14);

    private People() {
    }

    static HouseholdMember applicant(int age) {
        return new HouseholdMember(HouseholdRole.APPLICANT, SITTING.minusYears(age), false, false);
    }

    static HouseholdMember partner(int age) {
        return new HouseholdMember(HouseholdRole.SPOUSE_OR_PARTNER, SITTING.minusYears(age), false, false);
    }

    static HouseholdMember dependantChild() {
        return new HouseholdMember(HouseholdRole.CHILD, SITTING.minusYears(8), true, false);
    }

    static HouseholdMember otherAdult(int age) {
        return new HouseholdMember(HouseholdRole.OTHER, SITTING.minusYears(age), false, false);
    }

    static HouseholdMember disabled(HouseholdMember member) {
        return new HouseholdMember(member.role(), member.birthDate(), member.dependant(), true);
    }

    /** The applicant (aged 40) with the given number of dependant children. */
    static List<HouseholdMember> applicantWithChildren(int children) {
        List<HouseholdMember> members = new ArrayList<>(List.of(applicant(40)));
        for (int i = 0; i < children; i++) {
            members.add(dependantChild());
        }
        return members;
    }
}
