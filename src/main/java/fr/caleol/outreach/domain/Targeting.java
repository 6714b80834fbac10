package fr.caleol.outreach.domain;

import fr.caleol.tenancy.domain.HouseholdMembers;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;

/** Computes a campaign's target list from the households: a pure rule, no database. */
public final class Targeting {

    private Targeting() {}

    /** Age in whole years on {@code at}: a person born on 29 February turns a year older on 1 March. */
    public static int ageOn(LocalDate birthDate, LocalDate at) {
        return Period.between(birthDate, at).getYears();
    }

    /** The tenant ids to call, in household order, leaving out those marked "do not call". */
    public static List<Long> targets(Collection<HouseholdMembers> households, TargetingCriteria criteria,
            LocalDate startDate, Set<Long> doNotCall) {
        List<Long> result = new ArrayList<>();
        for (HouseholdMembers household : households) {
            switch (household.situation()) {
                case ALONE -> {
                    HouseholdMembers.Member member = household.members().getFirst();
                    if (ageOn(member.birthDate(), startDate) >= criteria.aloneMinAge()) {
                        result.add(member.tenantId());
                    }
                }
                case COUPLE -> {
                    if (household.members().stream()
                            .allMatch(m -> ageOn(m.birthDate(), startDate) >= criteria.coupleMinAge())) {
                        household.members().forEach(m -> result.add(m.tenantId()));
                    }
                }
                case WITH_OTHERS -> {
                    // not isolated: someone else lives with them
                }
            }
        }
        result.removeIf(doNotCall::contains);
        return result;
    }
}
