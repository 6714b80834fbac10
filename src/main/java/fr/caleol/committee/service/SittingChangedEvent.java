package fr.caleol.committee.service;

import fr.caleol.base.events.ClusterEvent;

/** Something changed in a sitting (presence, item, vote, ballot, message...): its screens look again. */
public record SittingChangedEvent(long sittingId, String what) implements ClusterEvent {}
