package fr.caleol.tenancy.service;

import java.util.Set;

/**
 * Which leases the current user may reach (their ledger, their tenants' call notes), and whether he may post
 * regularisations. Tenancy keeps the leases but not the caseload: the social cell, which knows whose cases are
 * whose, provides it.
 */
public interface LeaseScope {

    /** What the current user may post. */
    Access current();

    /** {@code leases} null means every lease (the accounting export). */
    record Access(Set<Long> leases, boolean adjustments) {

        public static Access everything() {
            return new Access(null, true);
        }

        public boolean reaches(long leaseId) {
            return leases == null || leases.contains(leaseId);
        }
    }
}
