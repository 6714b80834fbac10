package fr.caleol.committee.domain;

import fr.caleol.housing.domain.ApplicationStatus;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The rules of the decisions a committee proposes for one dwelling (CCH R441-3, the five legal decisions) and what an
 * adopted decision does to the application:
 * <ul>
 *   <li>one decision per candidate of the item, no more, no less;</li>
 *   <li>ranked attributions carry ranks 1, 2, 3… without gap;</li>
 *   <li>a conditional attribution names the missing document and a deadline; a non-attribution and an
 *       inadmissibility state their grounds;</li>
 *   <li>at most one plain (or conditional) attribution, and never beside a ranking.</li>
 * </ul>
 */
public final class ProposalRules {

    private ProposalRules() {}

    /** The first rule the proposal breaks, as a message key; empty when it is complete. */
    public static Optional<String> problem(List<DecisionProposal> proposal, Set<Long> candidateIds) {
        Set<Long> given = new HashSet<>();
        List<Integer> ranks = new ArrayList<>();
        for (DecisionProposal p : proposal) {
            if (p.type() == null || !given.add(p.applicationId())) {
                return Optional.of("committee.error.proposalIncomplete");
            }
            switch (p.type()) {
                case RANKED_ATTRIBUTION -> {
                    if (p.rank() == null || p.rank() < 1) {
                        return Optional.of("committee.error.rankRequired");
                    }
                    ranks.add(p.rank());
                }
                case CONDITIONAL_ATTRIBUTION -> {
                    if (p.missingDocument() == null || p.missingDocument().isBlank() || p.conditionDeadline() == null) {
                        return Optional.of("committee.error.conditionRequired");
                    }
                }
                case NON_ATTRIBUTION, INADMISSIBLE -> {
                    if (p.ground() == null) {
                        return Optional.of("committee.error.groundsRequired");
                    }
                }
                case ATTRIBUTION -> { }
            }
        }
        if (!given.equals(candidateIds)) {
            return Optional.of("committee.error.proposalIncomplete");
        }
        ranks.sort(Integer::compareTo);
        for (int i = 0; i < ranks.size(); i++) {
            if (ranks.get(i) != i + 1) {
                return Optional.of("committee.error.ranksNotConsecutive");
            }
        }
        long plainAttributions = proposal.stream().filter(p -> p.type() == DecisionType.ATTRIBUTION
                || p.type() == DecisionType.CONDITIONAL_ATTRIBUTION).count();
        if (plainAttributions > 1 || (plainAttributions == 1 && !ranks.isEmpty())) {
            return Optional.of("committee.error.oneAttribution");
        }
        return Optional.empty();
    }

    /**
     * What an adopted decision makes of the application: allocated (an attribution, a conditional one, rank 1 of a
     * ranking), proposed (the next ranks, waiting for rank 1's answer), back among the active applications (a
     * non-attribution), or inadmissible.
     */
    public static ApplicationStatus applicationStatus(DecisionType type, Integer rank) {
        return switch (type) {
            case ATTRIBUTION, CONDITIONAL_ATTRIBUTION -> ApplicationStatus.ALLOCATED;
            case RANKED_ATTRIBUTION -> rank != null && rank == 1 ? ApplicationStatus.ALLOCATED
                    : ApplicationStatus.PROPOSED;
            case NON_ATTRIBUTION -> ApplicationStatus.ACTIVE;
            case INADMISSIBLE -> ApplicationStatus.INADMISSIBLE;
        };
    }

    /** True when the adopted decisions give the dwelling to someone (it is then allocated, else vacant again). */
    public static boolean allocatesTheDwelling(Collection<DecisionType> adopted) {
        return adopted.stream().anyMatch(t -> t != DecisionType.NON_ATTRIBUTION && t != DecisionType.INADMISSIBLE);
    }
}
