package fr.caleol.outreach.service;

import fr.caleol.base.events.ClusterEvent;

/** A volunteer flagged a call as urgent: the coordinator's open screens show it at once. */
public record UrgentCallEvent(long campaignId, long callId) implements ClusterEvent {}
