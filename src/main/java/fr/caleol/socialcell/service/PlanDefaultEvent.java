package fr.caleol.socialcell.service;

import fr.caleol.base.events.ClusterEvent;

/** A plan went into default: its adviser is alerted live and offered the default notice letter. */
public record PlanDefaultEvent(long caseId, long planId, String adviser, String tenant) implements ClusterEvent {

    /** Whether the user with that name (the team lead when {@code lead}) is concerned by this default. */
    public boolean concerns(String username, boolean lead) {
        return lead || (username != null && username.equals(adviser));
    }
}
