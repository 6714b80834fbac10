package fr.caleol.outreach.domain;

import static org.assertj.core.api.Assertions.assertThat;

import fr.caleol.outreach.domain.StickyAssignment.Result;
import fr.caleol.outreach.domain.StickyAssignment.Volunteer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class StickyAssignmentTest {

    static List<Long> tenants(int count) {
        return LongStream.rangeClosed(1, count).boxed().toList();
    }

    static List<Volunteer> volunteers(int count, int capacity) {
        List<Volunteer> list = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            list.add(new Volunteer("v" + i, capacity));
        }
        return list;
    }

    @Test
    void loads_differ_by_at_most_one() {
        Result result = StickyAssignment.assign(tenants(1_400), Map.of(), volunteers(100, 20));
        assertThat(result.unassigned()).isEmpty();
        assertThat(result.loads().values()).allSatisfy(load -> assertThat(load).isEqualTo(14));
        Result uneven = StickyAssignment.assign(tenants(1_403), Map.of(), volunteers(100, 20));
        assertThat(Collections.max(uneven.loads().values()) - Collections.min(uneven.loads().values()))
                .isLessThanOrEqualTo(1);
    }

    @Test
    void capacity_is_never_exceeded_and_the_others_share_the_rest_evenly() {
        List<Volunteer> volunteers = List.of(new Volunteer("small", 2), new Volunteer("a", 30),
                new Volunteer("b", 30));
        Result result = StickyAssignment.assign(tenants(41), Map.of(), volunteers);
        assertThat(result.loads()).containsEntry("small", 2);
        assertThat(Math.abs(result.loads().get("a") - result.loads().get("b"))).isLessThanOrEqualTo(1);
    }

    @Test
    void tenants_beyond_every_capacity_are_reported_unassigned() {
        Result result = StickyAssignment.assign(tenants(12), Map.of(), volunteers(2, 5));
        assertThat(result.unassigned()).hasSize(2);
        assertThat(result.assignments()).hasSize(10);
    }

    @Test
    void each_tenant_keeps_the_same_volunteer_for_8_weeks() {
        List<Volunteer> volunteers = volunteers(10, 20);
        Map<Long, String> week1 = StickyAssignment.assign(tenants(140), Map.of(), volunteers).assignments();
        Map<Long, String> current = week1;
        for (int week = 2; week <= 8; week++) {
            // each week the volunteers are listed in another order: the pairings must not care
            List<Volunteer> shuffled = new ArrayList<>(volunteers);
            Collections.rotate(shuffled, week);
            current = StickyAssignment.assign(tenants(140), current, shuffled).assignments();
            assertThat(current).as("week " + week).isEqualTo(week1);
        }
    }

    @Test
    void a_volunteer_leaving_in_week_4_moves_only_their_own_tenants() {
        List<Volunteer> volunteers = volunteers(10, 20);
        Map<Long, String> before = StickyAssignment.assign(tenants(140), Map.of(), volunteers).assignments();
        List<Volunteer> remaining = volunteers.stream().filter(v -> !v.username().equals("v3")).toList();
        Result after = StickyAssignment.assign(tenants(140), before, remaining);
        Map<Long, String> moved = new HashMap<>();
        before.forEach((tenant, volunteer) -> {
            if (!volunteer.equals(after.assignments().get(tenant))) {
                moved.put(tenant, volunteer);
            }
        });
        assertThat(moved.values()).containsOnly("v3").hasSize(14);
        assertThat(after.assignments().values()).doesNotContain("v3");
        assertThat(after.unassigned()).isEmpty();
        int max = Collections.max(after.loads().values());
        int min = Collections.min(after.loads().values());
        assertThat(max - min).isLessThanOrEqualTo(1);
    }

    @Test
    void a_new_target_goes_to_the_least_loaded_volunteer_without_moving_anyone() {
        List<Volunteer> volunteers = volunteers(3, 20);
        Map<Long, String> before = StickyAssignment.assign(tenants(7), Map.of(), volunteers).assignments();
        Result after = StickyAssignment.assign(tenants(8), before, volunteers);
        before.forEach((tenant, volunteer) -> assertThat(after.assignments().get(tenant)).isEqualTo(volunteer));
        assertThat(after.loads().values()).containsOnly(3, 3, 2).hasSize(3);
    }
}
