/**
 * The outreach campaign to isolated senior tenants: campaigns and their targets, each tenant called every
 * week by the same volunteer, the call log, worried-about neighbours, referrals to the CCAS, and the coordinator's
 * live dashboard.
 */
package fr.caleol.outreach;
