package fr.caleol.outreach.domain;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;

/**
 * Assigns each tenant to one volunteer, evenly and STICKILY: a tenant whose volunteer is still enrolled keeps them;
 * only the others (new tenants, tenants of a volunteer who left) go to the least-loaded volunteer with room left.
 * Starting from nothing, loads differ by at most one among volunteers below their capacity. A pure function.
 */
public final class StickyAssignment {

    private StickyAssignment() {}

    /** A volunteer enrolled in the campaign, with how many tenants they can call each week. */
    public record Volunteer(String username, int capacity) {}

    /**
     * @param assignments tenant id → volunteer, in tenant order
     * @param unassigned  tenants for whom no volunteer has room left
     */
    public record Result(Map<Long, String> assignments, List<Long> unassigned) {
        public Map<String, Integer> loads() {
            Map<String, Integer> loads = new HashMap<>();
            assignments.values().forEach(v -> loads.merge(v, 1, Integer::sum));
            return loads;
        }
    }

    /**
     * @param tenants    the tenants to call, in a stable order
     * @param current    the present pairings (may name volunteers who have left)
     * @param volunteers the volunteers enrolled now, in a stable order
     */
    public static Result assign(Collection<Long> tenants, Map<Long, String> current, List<Volunteer> volunteers) {
        Map<String, Integer> capacity = new LinkedHashMap<>();
        Map<String, Integer> order = new HashMap<>();
        for (Volunteer volunteer : volunteers) {
            capacity.put(volunteer.username(), volunteer.capacity());
            order.put(volunteer.username(), order.size());
        }
        Map<String, Integer> loads = new HashMap<>();
        capacity.keySet().forEach(v -> loads.put(v, 0));
        Map<Long, String> result = new LinkedHashMap<>();
        List<Long> pending = new ArrayList<>();
        for (Long tenant : tenants) {
            String volunteer = current.get(tenant);
            if (volunteer != null && capacity.containsKey(volunteer)
                    && loads.get(volunteer) < capacity.get(volunteer)) {
                result.put(tenant, volunteer);
                loads.merge(volunteer, 1, Integer::sum);
            } else {
                pending.add(tenant);
                result.put(tenant, null); // keeps the tenant order
            }
        }
        PriorityQueue<String> leastLoaded = new PriorityQueue<>((a, b) -> {
            int byLoad = Integer.compare(loads.get(a), loads.get(b));
            return byLoad != 0 ? byLoad : Integer.compare(order.get(a), order.get(b));
        });
        capacity.forEach((v, cap) -> {
            if (loads.get(v) < cap) {
                leastLoaded.add(v);
            }
        });
        List<Long> unassigned = new ArrayList<>();
        for (Long tenant : pending) {
            String volunteer = leastLoaded.poll();
            if (volunteer == null) {
                unassigned.add(tenant);
                result.remove(tenant);
                continue;
            }
            result.put(tenant, volunteer);
            loads.merge(volunteer, 1, Integer::sum);
            if (loads.get(volunteer) < capacity.get(volunteer)) {
                leastLoaded.add(volunteer);
            }
        }
        return new Result(result, unassigned);
    }
}
