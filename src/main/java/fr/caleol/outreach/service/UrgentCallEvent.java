package fr.caleol.outreach.service;

/** A volunteer flagged a call as urgent: the coordinator's open screens show it at once. */
public record UrgentCallEvent(long campaignId, long callId) {}
