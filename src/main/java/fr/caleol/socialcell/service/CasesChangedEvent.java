package fr.caleol.socialcell.service;

/** Arrears cases changed (detection, contact, plan): open caseloads, to-do lists and the dashboard refresh. */
public record CasesChangedEvent() {}
