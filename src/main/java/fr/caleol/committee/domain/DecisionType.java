package fr.caleol.committee.domain;

/** The five legal decisions on a candidate (CCH, R441-3). Labels: {@code committee.decisionType.<NAME>}. */
public enum DecisionType {
    ATTRIBUTION,
    RANKED_ATTRIBUTION,
    CONDITIONAL_ATTRIBUTION,
    NON_ATTRIBUTION,
    INADMISSIBLE
}
