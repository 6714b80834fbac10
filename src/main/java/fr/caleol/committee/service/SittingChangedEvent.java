package fr.caleol.committee.service;

/** Something changed in a sitting (presence, item, vote, ballot, message...): its screens look again. */
public record SittingChangedEvent(long sittingId, String what) {}
