package fr.caleol.demo;

import static org.assertj.core.api.Assertions.assertThat;

import fr.caleol.outreach.domain.Targeting;
import fr.caleol.outreach.domain.TargetingCriteria;
import fr.caleol.tenancy.domain.HouseholdMembers;
import java.time.DayOfWeek;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class TenancyDataGeneratorTest {

    static List<HouseholdMembers> households(TenancyDataGenerator.Plan plan) {
        Map<Integer, List<HouseholdMembers.Member>> byHousehold = new LinkedHashMap<>();
        long id = 1;
        for (TenancyDataGenerator.Person p : plan.people()) {
            byHousehold.computeIfAbsent(p.household(), k -> new ArrayList<>())
                    .add(new HouseholdMembers.Member(id++, p.birth(), p.role()));
        }
        return byHousehold.entrySet().stream().map(e -> new HouseholdMembers(e.getKey(), e.getValue())).toList();
    }

    @Test
    void the_demo_data_targets_about_1400_of_its_5000_tenants_at_the_demo_campaign_start() {
        List<Long> communes = LongStream.rangeClosed(1, 40).boxed().toList();
        TenancyDataGenerator.Plan plan = TenancyDataGenerator.plan(new Random(DemoOutreachData.SEED),
                DemoOutreachData.PREFIX, 5_000, DemoOutreachData.REFERENCE_DATE, communes);
        assertThat(plan.people().size()).isBetween(5_000, 5_010);
        var start = DemoOutreachData.REFERENCE_DATE.with(TemporalAdjusters.next(DayOfWeek.MONDAY));
        int targets = Targeting.targets(households(plan), TargetingCriteria.DEFAULT, start, Set.of()).size();
        assertThat(targets).isBetween(1_300, 1_500);
    }

    @Test
    void the_same_seed_gives_the_same_people() {
        List<Long> communes = List.of(1L, 2L, 3L);
        var a = TenancyDataGenerator.plan(new Random(7), "X", 300, DemoOutreachData.REFERENCE_DATE, communes);
        var b = TenancyDataGenerator.plan(new Random(7), "X", 300, DemoOutreachData.REFERENCE_DATE, communes);
        assertThat(a.people()).isEqualTo(b.people());
    }
}
