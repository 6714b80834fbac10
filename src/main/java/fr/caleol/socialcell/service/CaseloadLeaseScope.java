package fr.caleol.socialcell.service;

import fr.caleol.security.domain.Role;
import fr.caleol.security.service.CurrentUser;
import fr.caleol.tenancy.service.LeaseScope;
import java.util.HashSet;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The ledger scope of the social cell: the team lead (and ADMIN) import the accounting system's whole ledger,
 * regularisations included; an adviser reads and posts movements only on the leases of his own cases, and never a
 * regularisation (the way to wipe a debt); anybody else, nothing.
 */
@Component
class CaseloadLeaseScope implements LeaseScope {

    private final JdbcTemplate jdbc;
    private final CurrentUser currentUser;

    CaseloadLeaseScope(JdbcTemplate jdbc, CurrentUser currentUser) {
        this.jdbc = jdbc;
        this.currentUser = currentUser;
    }

    @Override
    public Access current() {
        if (currentUser.hasAnyRole(Role.SOCIAL_CELL_LEAD, Role.ADMIN)) {
            return Access.everything();
        }
        if (!currentUser.hasRole(Role.SOCIAL_ADVISER)) {
            return new Access(Set.of(), false);
        }
        Set<Long> leases = new HashSet<>(jdbc.queryForList(
                "SELECT lease_id FROM arrears_case WHERE adviser = ?", Long.class,
                currentUser.requireUsername()));
        return new Access(leases, false);
    }
}
