package fr.caleol.outreach.service;

/** A tenant of a campaign's target list, for the coordinator. */
public record TargetRow(long tenantId, String reference, String name, int age, String commune, String volunteer,
        boolean addedManually, boolean removed, String reason) {}
