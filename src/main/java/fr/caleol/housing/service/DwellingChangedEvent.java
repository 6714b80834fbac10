package fr.caleol.housing.service;

import fr.caleol.base.events.ClusterEvent;

/** A dwelling or its candidates changed: screens showing it look again. */
public record DwellingChangedEvent(long dwellingId) implements ClusterEvent {}
