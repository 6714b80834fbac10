package fr.caleol.outreach.service;

import fr.caleol.base.events.ClusterEvent;

/** "Look again at campaign N": a call was logged, an alert closed, a target moved. */
public record OutreachChangedEvent(long campaignId) implements ClusterEvent {}
