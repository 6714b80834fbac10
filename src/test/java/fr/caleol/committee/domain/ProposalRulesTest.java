package fr.caleol.committee.domain;

import static org.assertj.core.api.Assertions.assertThat;

import fr.caleol.housing.domain.ApplicationStatus;
import fr.caleol.housing.domain.Reservataire;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ProposalRulesTest {

    static final Set<Long> CANDIDATES = Set.of(1L, 2L, 3L);

    private static DecisionProposal ranked(long id, Integer rank) {
        return new DecisionProposal(id, DecisionType.RANKED_ATTRIBUTION, rank, null, null, null, null);
    }

    private static DecisionProposal refused(long id, RefusalGround ground) {
        return new DecisionProposal(id, DecisionType.NON_ATTRIBUTION, null, null, null, ground, null);
    }

    @Test
    void a_ranking_of_every_candidate_from_one_without_gap_is_complete() {
        assertThat(ProposalRules.problem(List.of(ranked(1, 1), ranked(2, 2), ranked(3, 3)), CANDIDATES)).isEmpty();
        assertThat(ProposalRules.problem(List.of(ranked(1, 1), ranked(2, 3), ranked(3, 4)), CANDIDATES))
                .contains("committee.error.ranksNotConsecutive");
        assertThat(ProposalRules.problem(List.of(ranked(1, null), ranked(2, 2), ranked(3, 3)), CANDIDATES))
                .contains("committee.error.rankRequired");
    }

    @Test
    void every_candidate_gets_exactly_one_decision() {
        assertThat(ProposalRules.problem(List.of(ranked(1, 1), ranked(2, 2)), CANDIDATES))
                .contains("committee.error.proposalIncomplete");
        assertThat(ProposalRules.problem(List.of(ranked(1, 1), ranked(1, 2), ranked(3, 3)), CANDIDATES))
                .contains("committee.error.proposalIncomplete");
    }

    @Test
    void a_refusal_states_its_grounds_and_a_condition_its_document_and_deadline() {
        assertThat(ProposalRules.problem(List.of(ranked(1, 1), refused(2, null), refused(3,
                RefusalGround.RESOURCES_ABOVE_CEILING)), CANDIDATES)).contains("committee.error.groundsRequired");
        DecisionProposal noDeadline = new DecisionProposal(1, DecisionType.CONDITIONAL_ATTRIBUTION, null,
                "Avis d'imposition", null, null, null);
        assertThat(ProposalRules.problem(List.of(noDeadline, refused(2, RefusalGround.RESOURCES_ABOVE_CEILING),
                refused(3, RefusalGround.RESOURCES_ABOVE_CEILING)), CANDIDATES))
                .contains("committee.error.conditionRequired");
        DecisionProposal conditional = new DecisionProposal(1, DecisionType.CONDITIONAL_ATTRIBUTION, null,
                "Avis d'imposition", LocalDate.of(2026, 12, 31), null, null);
        assertThat(ProposalRules.problem(List.of(conditional, refused(2, RefusalGround.RESOURCES_ABOVE_CEILING),
                refused(3, RefusalGround.RESOURCES_ABOVE_CEILING)), CANDIDATES)).isEmpty();
    }

    @Test
    void one_attribution_at_most_and_never_beside_a_ranking() {
        DecisionProposal attribution = new DecisionProposal(1, DecisionType.ATTRIBUTION, null, null, null, null, null);
        assertThat(ProposalRules.problem(List.of(attribution, ranked(2, 1), refused(3,
                RefusalGround.RESOURCES_ABOVE_CEILING)), CANDIDATES)).contains("committee.error.oneAttribution");
    }

    @Test
    void an_adopted_decision_allocates_proposes_reactivates_or_rejects_the_application() {
        assertThat(ProposalRules.applicationStatus(DecisionType.RANKED_ATTRIBUTION, 1))
                .isEqualTo(ApplicationStatus.ALLOCATED);
        assertThat(ProposalRules.applicationStatus(DecisionType.RANKED_ATTRIBUTION, 2))
                .isEqualTo(ApplicationStatus.PROPOSED);
        assertThat(ProposalRules.applicationStatus(DecisionType.CONDITIONAL_ATTRIBUTION, null))
                .isEqualTo(ApplicationStatus.ALLOCATED);
        assertThat(ProposalRules.applicationStatus(DecisionType.NON_ATTRIBUTION, null))
                .isEqualTo(ApplicationStatus.ACTIVE);
        assertThat(ProposalRules.applicationStatus(DecisionType.INADMISSIBLE, null))
                .isEqualTo(ApplicationStatus.INADMISSIBLE);
        assertThat(ProposalRules.allocatesTheDwelling(List.of(DecisionType.NON_ATTRIBUTION,
                DecisionType.INADMISSIBLE))).isFalse();
        assertThat(ProposalRules.allocatesTheDwelling(List.of(DecisionType.RANKED_ATTRIBUTION,
                DecisionType.NON_ATTRIBUTION))).isTrue();
    }

    @Test
    void the_casting_vote_goes_to_the_mayor_of_the_dwellings_commune_or_as_the_committee_decided() {
        List<Electorate.SeatRef> seats = List.of(
                new Electorate.SeatRef(1, SeatKind.PRESIDENT, null, null, null),
                new Electorate.SeatRef(7, SeatKind.MAYOR, "93048", null, null),
                new Electorate.SeatRef(8, SeatKind.MAYOR, "93008", null, null),
                new Electorate.SeatRef(10, SeatKind.EPCI_REPRESENTATIVE, null, null, null),
                new Electorate.SeatRef(12, SeatKind.RESERVATAIRE, null, Reservataire.PREFECTURE, null));
        assertThat(CastingVote.holder(CastingVoteHolder.MAYOR_OF_COMMUNE, seats, "93008")).contains(8L);
        assertThat(CastingVote.holder(CastingVoteHolder.MAYOR_OF_COMMUNE, seats, "93066")).isEmpty();
        assertThat(CastingVote.holder(CastingVoteHolder.EPCI_PRESIDENT, seats, "93008")).contains(10L);
        assertThat(CastingVote.holder(CastingVoteHolder.PRESIDENT, seats, "93008")).contains(1L);
    }
}
