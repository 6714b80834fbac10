package fr.caleol.tenancy.domain;

import java.time.LocalDate;
import java.util.List;

/** The persons living in one household, as the rules about households need them. */
public record HouseholdMembers(long householdId, List<Member> members) {

    /** One person of the household. */
    public record Member(long tenantId, LocalDate birthDate, HouseholdRole role) {}

    public HouseholdMembers {
        members = List.copyOf(members);
    }

    /** One person: alone; two persons who are the holder and their partner: a couple; anything else: with others. */
    public LivingSituation situation() {
        if (members.size() == 1) {
            return LivingSituation.ALONE;
        }
        if (members.size() == 2 && members.stream().allMatch(
                m -> m.role() == HouseholdRole.HOLDER || m.role() == HouseholdRole.PARTNER)) {
            return LivingSituation.COUPLE;
        }
        return LivingSituation.WITH_OTHERS;
    }
}
