package fr.caleol.tenancy.service;

import java.util.Collection;

/**
 * Whether the current user may read these tenants' contact details. Tenancy keeps the tenants but not who calls
 * whom: the outreach campaign, which pairs each tenant with his volunteer, provides it.
 */
public interface TenantScope {

    boolean mayReadContacts(Collection<Long> tenantIds);
}
