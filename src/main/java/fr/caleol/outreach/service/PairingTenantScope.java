package fr.caleol.outreach.service;

import fr.caleol.base.db.InList;
import fr.caleol.security.domain.Role;
import fr.caleol.security.service.CurrentUser;
import fr.caleol.tenancy.service.TenantScope;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The outreach campaign's rule on tenants' contact details: the coordinator (and ADMIN) reads them all; a volunteer
 * only those of the tenants paired with him now; anybody else none.
 */
@Component
class PairingTenantScope implements TenantScope {

    private final JdbcTemplate jdbc;
    private final CurrentUser currentUser;

    PairingTenantScope(JdbcTemplate jdbc, CurrentUser currentUser) {
        this.jdbc = jdbc;
        this.currentUser = currentUser;
    }

    @Override
    public boolean mayReadContacts(Collection<Long> tenantIds) {
        if (currentUser.hasAnyRole(Role.OUTREACH_COORDINATOR, Role.ADMIN)) {
            return true;
        }
        if (!currentUser.hasRole(Role.VOLUNTEER) || tenantIds.isEmpty()) {
            return tenantIds.isEmpty();
        }
        String me = currentUser.requireUsername();
        Set<Long> paired = new HashSet<>();
        InList.chunks(new ArrayList<>(new HashSet<>(tenantIds)), chunk -> {
            Object[] args = new Object[chunk.size() + 1];
            args[0] = me;
            for (int i = 0; i < chunk.size(); i++) {
                args[i + 1] = chunk.get(i);
            }
            paired.addAll(jdbc.queryForList("SELECT tenant_id FROM outreach_assignment WHERE username = ? "
                    + "AND to_week IS NULL AND tenant_id IN (" + InList.marks(chunk.size()) + ")", Long.class, args));
        });
        return paired.containsAll(tenantIds);
    }
}
