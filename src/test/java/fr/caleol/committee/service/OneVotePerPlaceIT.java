package fr.caleol.committee.service;

import fr.caleol.committee.domain.DecisionProposal;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.caleol.base.errors.BusinessException;
import fr.caleol.committee.domain.BallotChoice;
import fr.caleol.committee.domain.CastingVoteHolder;
import fr.caleol.committee.domain.VoteRound;
import fr.caleol.security.domain.Role;
import fr.caleol.support.MinutesFixtures;
import fr.caleol.support.CommitteeFixtures;
import fr.caleol.support.CommitteeFixtures.LiveSitting;
import fr.caleol.support.IntegrationTest;
import fr.caleol.support.TestUsers;
import fr.caleol.support.VotingPlaceRace;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** One vote per voting place: a titular and his substitute never both vote, whatever the order of their moves. */
@IntegrationTest
class OneVotePerPlaceIT {

    @Autowired CommitteeFixtures fixtures;
    @Autowired LivePresence presence;
    @Autowired LiveLead lead;
    @Autowired LiveVoting voting;
    @Autowired LiveStates states;
    @Autowired VotingPlaceRace race;
    @Autowired JdbcTemplate jdbc;

    @AfterEach
    void logout() {
        TestUsers.anonymous();
    }

    private static void as(String username) {
        TestUsers.actAs(username, Role.COMMITTEE_MEMBER);
    }

    private VoteRound openWithAllBut(LiveSitting s, String absent, String present) {
        for (String voter : s.voters()) {
            if (!voter.equals(absent)) {
                as(voter);
                presence.join(s.sittingId());
            }
        }
        if (present != null) {
            as(present);
            presence.join(s.sittingId());
        }
        as(s.president());
        lead.start(s.sittingId());
        List<DecisionProposal> proposal = MinutesFixtures.ranked(s.applicationIds());
        return voting.openVote(s.itemId(), proposal);
    }

    private int ballots(VoteRound round) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM ballot WHERE round_id = ?", Integer.class, round.getId());
    }

    @Test
    void a_substitute_votes_for_his_absent_titular_who_then_arrives_and_is_refused() {
        LiveSitting s = fixtures.convenedSittingWithSubstitute(4, CastingVoteHolder.MAYOR_OF_COMMUNE);
        String titular = s.boardMembers().getFirst();
        VoteRound round = openWithAllBut(s, titular, s.substitute());
        as(s.substitute());
        voting.castBallot(round.getId(), BallotChoice.FOR);

        as(titular);
        presence.join(s.sittingId());
        assertThatThrownBy(() -> voting.castBallot(round.getId(), BallotChoice.AGAINST))
                .as("absent when the vote opened").isInstanceOf(BusinessException.class)
                .hasMessage("committee.error.mayNotVote.ABSENT_VOTER");
        ViewerState seen = states.open(s.sittingId(), null);
        assertThat(seen.item().openRound().round().electorate().mayVote(seen.me().seatId()))
                .as("the titular's screen offers him no ballot in this round").isFalse();

        as(s.president());
        VoteRound closed = voting.closeVote(round.getId());
        assertThat(ballots(round)).isEqualTo(1);
        assertThat(closed.getVotesFor() + closed.getVotesAgainst() + closed.getAbstentions()).isEqualTo(1);
    }

    @Test
    void a_titular_who_voted_and_left_cannot_be_replaced_by_his_substitute_in_that_round() {
        LiveSitting s = fixtures.convenedSittingWithSubstitute(4, CastingVoteHolder.MAYOR_OF_COMMUNE);
        String titular = s.boardMembers().getFirst();
        VoteRound round = openWithAllBut(s, null, null);
        as(titular);
        voting.castBallot(round.getId(), BallotChoice.FOR);
        presence.leave(s.sittingId());

        as(s.substitute());
        presence.join(s.sittingId());
        assertThatThrownBy(() -> voting.castBallot(round.getId(), BallotChoice.AGAINST))
                .isInstanceOf(BusinessException.class).hasMessage("committee.error.mayNotVote.NOT_CONCERNED");
        assertThat(ballots(round)).isEqualTo(1);
    }

    @Test
    void a_substitute_who_arrives_after_the_opening_waits_for_the_next_round() {
        LiveSitting s = fixtures.convenedSittingWithSubstitute(4, CastingVoteHolder.MAYOR_OF_COMMUNE);
        String titular = s.boardMembers().getFirst();
        VoteRound round = openWithAllBut(s, titular, null);
        as(s.substitute());
        presence.join(s.sittingId());
        assertThatThrownBy(() -> voting.castBallot(round.getId(), BallotChoice.FOR))
                .isInstanceOf(BusinessException.class).hasMessage("committee.error.mayNotVote.NOT_CONCERNED");
        assertThat(states.open(s.sittingId(), null).item().openRound().round().electorate().voterCount())
                .as("the frozen electorate: six places held at the opening").isEqualTo(s.voters().size() - 1);
    }

    @Test
    void titular_and_substitute_moving_and_voting_concurrently_leave_exactly_one_ballot_for_their_place()
            throws Exception {
        List<VotingPlaceRace.Round> rounds = race.run(12, 20261207L);
        assertThat(rounds).hasSize(12).allSatisfy(round -> assertThat(round.sound()).as(round.toString()).isTrue());
    }
}
