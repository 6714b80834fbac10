/**
 * Tenants, their households and leases, and the tenant's rent ledger: the source data of the outreach
 * campaigns and of the social cell's arrears detection, imported from the landlord's files.
 */
package fr.caleol.tenancy;
