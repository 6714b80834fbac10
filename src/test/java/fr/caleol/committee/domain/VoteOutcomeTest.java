package fr.caleol.committee.domain;

import static org.assertj.core.api.Assertions.assertThat;

import fr.caleol.committee.domain.VoteOutcome.CountedBallot;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class VoteOutcomeTest {

    private static List<CountedBallot> ballots(int pro, int contra, int abstain) {
        List<CountedBallot> ballots = new ArrayList<>();
        long id = 1;
        for (int i = 0; i < pro; i++) {
            ballots.add(new CountedBallot(id++, BallotChoice.FOR));
        }
        for (int i = 0; i < contra; i++) {
            ballots.add(new CountedBallot(id++, BallotChoice.AGAINST));
        }
        for (int i = 0; i < abstain; i++) {
            ballots.add(new CountedBallot(id++, BallotChoice.ABSTAIN));
        }
        return ballots;
    }

    @Test
    void a_majority_of_votes_cast_adopts_the_proposal() {
        VoteOutcome outcome = VoteOutcome.count(ballots(5, 4, 0), false, null);
        assertThat(outcome.adopted()).isTrue();
        assertThat(outcome.decidedByCastingVote()).isFalse();
        assertThat(outcome.votesFor()).isEqualTo(5);
    }

    @Test
    void abstentions_are_not_votes_cast_by_default() {
        assertThat(VoteOutcome.count(ballots(3, 2, 4), false, null).adopted()).isTrue();
    }

    @Test
    void when_the_committee_counts_abstentions_they_weigh_against_the_proposal() {
        assertThat(VoteOutcome.count(ballots(3, 2, 4), true, null).adopted()).isFalse();
    }

    @Test
    void on_a_tie_the_casting_vote_holder_for_adopts() {
        List<CountedBallot> tie = ballots(3, 3, 0);
        VoteOutcome outcome = VoteOutcome.count(tie, false, 2L);
        assertThat(outcome.adopted()).isTrue();
        assertThat(outcome.decidedByCastingVote()).isTrue();
    }

    @Test
    void on_a_tie_the_casting_vote_holder_against_rejects() {
        VoteOutcome outcome = VoteOutcome.count(ballots(3, 3, 0), false, 5L);
        assertThat(outcome.adopted()).isFalse();
        assertThat(outcome.decidedByCastingVote()).isTrue();
    }

    @Test
    void on_a_tie_without_a_casting_vote_cast_the_proposal_is_rejected() {
        VoteOutcome abstaining = VoteOutcome.count(ballots(2, 2, 1), false, 5L);
        assertThat(abstaining.adopted()).isFalse();
        assertThat(abstaining.decidedByCastingVote()).isFalse();
        assertThat(VoteOutcome.count(ballots(2, 2, 0), false, null).adopted()).isFalse();
    }

    @Test
    void no_votes_cast_adopts_nothing() {
        assertThat(VoteOutcome.count(ballots(0, 0, 3), false, null).adopted()).isFalse();
        assertThat(VoteOutcome.count(List.of(), false, null).adopted()).isFalse();
    }
}
