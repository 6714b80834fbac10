package fr.caleol.housing.domain.eligibility;

import java.util.List;
import java.util.Objects;

/** The persons who will live in the dwelling: exactly one applicant, at most one spouse or partner. */
public record HouseholdComposition(List<HouseholdMember> members) {

    public HouseholdComposition {
        members = List.copyOf(Objects.requireNonNull(members, "members"));
        if (count(members, HouseholdRole.APPLICANT) != 1) {
            throw new IllegalArgumentException("A household has exactly one applicant");
        }
        if (count(members, HouseholdRole.SPOUSE_OR_PARTNER) > 1) {
            throw new IllegalArgumentException("A household has at most one spouse or partner");
        }
    }

    public static HouseholdComposition of(HouseholdMember... members) {
        return new HouseholdComposition(List.of(members));
    }

    public int size() {
        return members.size();
    }

    public long dependants() {
        return members.stream().filter(HouseholdMember::dependant).count();
    }

    public boolean hasDisabledMember() {
        return members.stream().anyMatch(HouseholdMember::disabled);
    }

    /** Whether the household is exactly the applicant and a spouse or partner. */
    public boolean isCoupleAlone() {
        return size() == 2 && count(members, HouseholdRole.SPOUSE_OR_PARTNER) == 1;
    }

    private static long count(List<HouseholdMember> members, HouseholdRole role) {
        return members.stream().filter(member -> member.role() == role).count();
    }
}
