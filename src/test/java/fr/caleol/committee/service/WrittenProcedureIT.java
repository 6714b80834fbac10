package fr.caleol.committee.service;

import fr.caleol.committee.domain.DecisionProposal;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.caleol.base.domain.LandlordTime;
import fr.caleol.committee.domain.BallotChoice;
import fr.caleol.committee.domain.CastingVoteHolder;
import fr.caleol.committee.domain.RoundState;
import fr.caleol.committee.domain.SittingMode;
import fr.caleol.committee.domain.VoteRound;
import fr.caleol.committee.domain.VoteRoundRepository;
import fr.caleol.security.domain.Role;
import fr.caleol.support.MinutesFixtures;
import fr.caleol.support.CommitteeFixtures;
import fr.caleol.support.CommitteeFixtures.LiveSitting;
import fr.caleol.support.IntegrationTest;
import fr.caleol.support.TestUsers;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

@IntegrationTest
class WrittenProcedureIT {

    @Autowired CommitteeFixtures fixtures;
    @Autowired LiveVoting voting;
    @Autowired VoteRoundRepository rounds;
    @Autowired JdbcTemplate jdbc;

    @AfterEach
    void logout() {
        TestUsers.anonymous();
    }

    private LiveSitting openWindow() {
        LocalTime now = LocalTime.now(LandlordTime.ZONE);
        LocalTime opening = now.isAfter(LocalTime.of(1, 0)) ? now.minusHours(1).truncatedTo(ChronoUnit.MINUTES)
                : LocalTime.MIDNIGHT;
        return fixtures.convenedSitting(4, CastingVoteHolder.MAYOR_OF_COMMUNE, SittingMode.WRITTEN, opening);
    }

    private VoteRound open(LiveSitting s) {
        List<DecisionProposal> proposal = MinutesFixtures.ranked(s.applicationIds());
        TestUsers.actAs(s.president(), Role.COMMITTEE_MEMBER);
        return voting.openVote(s.itemId(), proposal);
    }

    @Test
    void members_vote_without_being_connected_and_the_server_closes_the_round_when_the_window_ends() {
        LiveSitting s = openWindow();
        VoteRound round = open(s);
        assertThat(round.getClosesAt()).isNotNull();
        for (String voter : s.voters().subList(0, 5)) {
            TestUsers.actAs(voter, Role.COMMITTEE_MEMBER);
            voting.castBallot(round.getId(), BallotChoice.FOR);
        }
        jdbc.update("UPDATE vote_round SET closes_at = ? WHERE id = ?",
                java.sql.Timestamp.from(java.time.Instant.now().minusSeconds(1)), round.getId());
        TestUsers.actAs("system", new Role[0]);
        assertThat(voting.closeDueWrittenRounds()).isGreaterThanOrEqualTo(1);
        VoteRound closed = rounds.findById(round.getId()).orElseThrow();
        assertThat(closed.getState()).isEqualTo(RoundState.CLOSED);
        assertThat(closed.getAdopted()).as("5 of 7 took part: quorum met, majority for").isTrue();
        TestUsers.actAs(s.voters().get(5), Role.COMMITTEE_MEMBER);
        assertThatThrownBy(() -> voting.castBallot(round.getId(), BallotChoice.AGAINST))
                .hasMessage("committee.error.voteClosed");
    }

    @Test
    void without_enough_participation_the_written_vote_adopts_nothing() {
        LiveSitting s = openWindow();
        VoteRound round = open(s);
        TestUsers.actAs(s.voters().get(1), Role.COMMITTEE_MEMBER);
        voting.castBallot(round.getId(), BallotChoice.FOR);
        jdbc.update("UPDATE vote_round SET closes_at = ? WHERE id = ?",
                java.sql.Timestamp.from(java.time.Instant.now().minusSeconds(1)), round.getId());
        TestUsers.actAs("system", new Role[0]);
        voting.closeDueWrittenRounds();
        assertThat(rounds.findById(round.getId()).orElseThrow().getAdopted()).isFalse();
    }
}
