package fr.caleol.socialcell.service;

import fr.caleol.base.events.ClusterEvent;

/**
 * Arrears cases changed (detection, contact, solution, plan, letter, assignment): open caseloads, to-do lists and the
 * dashboard refresh. {@code caseId} names the one case that changed, or is null when several may have (detection,
 * ledger import, bulk assignment), so that an open case screen re-reads its case only when it may have changed.
 */
public record CasesChangedEvent(Long caseId) implements ClusterEvent {

    public static CasesChangedEvent of(long caseId) {
        return new CasesChangedEvent(caseId);
    }

    public static CasesChangedEvent many() {
        return new CasesChangedEvent(null);
    }

    /** Whether the case {@code id} may have changed. */
    public boolean concerns(long id) {
        return caseId == null || caseId == id;
    }
}
