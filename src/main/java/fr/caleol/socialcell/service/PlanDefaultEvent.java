package fr.caleol.socialcell.service;

/** A plan went into default: its adviser is alerted live and offered the default notice letter. */
public record PlanDefaultEvent(long caseId, long planId, String adviser) {}
