package fr.caleol.outreach.domain;

import static org.assertj.core.api.Assertions.assertThat;

import fr.caleol.tenancy.domain.HouseholdMembers;
import fr.caleol.tenancy.domain.HouseholdMembers.Member;
import fr.caleol.tenancy.domain.HouseholdRole;
import fr.caleol.tenancy.domain.LivingSituation;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TargetingTest {

    static final LocalDate START = LocalDate.of(2020, 3, 23);
    static final TargetingCriteria CRITERIA = TargetingCriteria.DEFAULT;
    static long ids = 1;

    static HouseholdMembers alone(long tenant, LocalDate birth) {
        return new HouseholdMembers(ids++, List.of(new Member(tenant, birth, HouseholdRole.HOLDER)));
    }

    static HouseholdMembers couple(long a, LocalDate birthA, long b, LocalDate birthB) {
        return new HouseholdMembers(ids++, List.of(new Member(a, birthA, HouseholdRole.HOLDER),
                new Member(b, birthB, HouseholdRole.PARTNER)));
    }

    static List<Long> targets(HouseholdMembers... households) {
        return Targeting.targets(List.of(households), CRITERIA, START, Set.of());
    }

    @Test
    void a_person_alone_who_turns_70_on_the_start_date_is_targeted() {
        assertThat(targets(alone(1, START.minusYears(70)))).containsExactly(1L);
    }

    @Test
    void a_person_alone_who_turns_70_the_day_after_the_start_date_is_not() {
        assertThat(targets(alone(1, START.minusYears(70).plusDays(1)))).isEmpty();
    }

    @Test
    void ages_are_computed_at_the_campaign_start_not_today() {
        HouseholdMembers household = alone(1, LocalDate.of(1950, 6, 1));
        assertThat(Targeting.targets(List.of(household), CRITERIA, LocalDate.of(2020, 5, 31), Set.of())).isEmpty();
        assertThat(Targeting.targets(List.of(household), CRITERIA, LocalDate.of(2020, 6, 1), Set.of()))
                .containsExactly(1L);
    }

    @Test
    void someone_born_on_29_february_turns_70_on_1_march_of_a_common_year() {
        LocalDate birth = LocalDate.of(1952, 2, 29);
        assertThat(Targeting.ageOn(birth, LocalDate.of(2022, 2, 28))).isEqualTo(69);
        assertThat(Targeting.ageOn(birth, LocalDate.of(2022, 3, 1))).isEqualTo(70);
    }

    @Test
    void a_couple_is_targeted_only_when_both_are_75_or_more() {
        assertThat(targets(couple(1, START.minusYears(75), 2, START.minusYears(80)))).containsExactly(1L, 2L);
        assertThat(targets(couple(1, START.minusYears(75).plusDays(1), 2, START.minusYears(90)))).isEmpty();
    }

    @Test
    void a_couple_where_both_are_72_is_not_targeted_although_each_would_be_alone() {
        assertThat(targets(couple(1, START.minusYears(72), 2, START.minusYears(72)))).isEmpty();
    }

    @Test
    void a_senior_living_with_others_is_not_isolated() {
        HouseholdMembers household = new HouseholdMembers(ids++, List.of(
                new Member(1, START.minusYears(85), HouseholdRole.HOLDER),
                new Member(2, START.minusYears(50), HouseholdRole.CHILD)));
        assertThat(household.situation()).isEqualTo(LivingSituation.WITH_OTHERS);
        assertThat(targets(household)).isEmpty();
    }

    @Test
    void a_tenant_marked_do_not_call_never_appears() {
        assertThat(Targeting.targets(List.of(alone(1, START.minusYears(90)), alone(2, START.minusYears(90))),
                CRITERIA, START, Set.of(1L))).containsExactly(2L);
    }

    @Test
    void the_criteria_are_settings() {
        TargetingCriteria younger = new TargetingCriteria(65, 70);
        assertThat(Targeting.targets(List.of(alone(1, START.minusYears(66))), younger, START, Set.of()))
                .containsExactly(1L);
    }
}
