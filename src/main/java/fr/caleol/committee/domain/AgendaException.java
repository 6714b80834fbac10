package fr.caleol.committee.domain;

/** Why an item may carry fewer than three candidates (CCH, L441-2). Labels: {@code committee.agendaException.<NAME>}. */
public enum AgendaException {
    TOO_FEW_CANDIDATES,
    DALO_DESIGNATION,
    PLAI_ADAPTE
}
