package fr.caleol.committee.domain;

import java.time.LocalDate;

/**
 * The decision the president proposes for one candidate: rank for a ranked attribution; missing document and
 * deadline for a conditional one; grounds for a non-attribution or an inadmissibility.
 */
public record DecisionProposal(long applicationId, DecisionType type, Integer rank, String missingDocument,
        LocalDate conditionDeadline, RefusalGround ground, String groundsText) {}
