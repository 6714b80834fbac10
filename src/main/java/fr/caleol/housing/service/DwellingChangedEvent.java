package fr.caleol.housing.service;

/** A dwelling or its candidates changed: screens showing it look again. */
public record DwellingChangedEvent(long dwellingId) {}
