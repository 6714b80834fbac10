package fr.caleol.committee.service;

import fr.caleol.committee.domain.DecisionProposal;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.caleol.base.errors.BusinessException;
import fr.caleol.committee.domain.BallotChoice;
import fr.caleol.committee.domain.BallotRepository;
import fr.caleol.committee.domain.CastingVoteHolder;
import fr.caleol.committee.domain.DecisionType;
import fr.caleol.committee.domain.ItemState;
import fr.caleol.committee.domain.RefusalGround;
import fr.caleol.committee.domain.VoteRound;
import fr.caleol.committee.domain.VoteRoundRepository;
import fr.caleol.housing.domain.ApplicationStatus;
import fr.caleol.housing.domain.DwellingRepository;
import fr.caleol.housing.domain.DwellingStatus;
import fr.caleol.housing.domain.HousingApplicationRepository;
import fr.caleol.housing.service.HousingApplicationService;
import fr.caleol.security.domain.Role;
import fr.caleol.support.MinutesFixtures;
import fr.caleol.support.CommitteeFixtures;
import fr.caleol.support.CommitteeFixtures.LiveSitting;
import fr.caleol.support.IntegrationTest;
import fr.caleol.support.TestUsers;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

@IntegrationTest
class LiveSittingIT {

    @Autowired CommitteeFixtures fixtures;
    @Autowired LivePresence presence;
    @Autowired LiveLead lead;
    @Autowired LiveVoting voting;
    @Autowired LiveDiscussion discussion;
    @Autowired LiveStates states;
    @Autowired HousingApplicationService applicationService;
    @Autowired VoteRoundRepository rounds;
    @Autowired BallotRepository ballots;
    @Autowired HousingApplicationRepository applications;
    @Autowired DwellingRepository dwellings;
    @Autowired JdbcTemplate jdbc;

    @AfterEach
    void logout() {
        TestUsers.anonymous();
    }

    private static void as(String username) {
        TestUsers.actAs(username, Role.COMMITTEE_MEMBER);
    }

    private void join(List<String> members, long sittingId) {
        for (String member : members) {
            as(member);
            presence.join(sittingId);
        }
    }


    @Test
    void a_vote_cannot_open_without_quorum() {
        LiveSitting s = fixtures.convenedSitting(4, CastingVoteHolder.MAYOR_OF_COMMUNE);
        join(List.of(s.president(), s.boardMembers().get(0)), s.sittingId());
        as(s.president());
        lead.start(s.sittingId());
        assertThatThrownBy(() -> voting.openVote(s.itemId(), MinutesFixtures.ranked(s.applicationIds())))
                .isInstanceOf(BusinessException.class).hasMessage("committee.error.noQuorum");
    }

    @Test
    void an_adopted_ranked_attribution_updates_the_applications_and_the_dwelling() {
        LiveSitting s = fixtures.convenedSitting(4, CastingVoteHolder.MAYOR_OF_COMMUNE);
        join(s.voters(), s.sittingId());
        as(s.president());
        lead.start(s.sittingId());
        VoteRound round = voting.openVote(s.itemId(), MinutesFixtures.ranked(s.applicationIds()));
        for (String voter : s.voters()) {
            as(voter);
            voting.castBallot(round.getId(), voter.equals(s.prefect()) ? BallotChoice.AGAINST : BallotChoice.FOR);
        }
        as(s.boardMembers().get(0));
        ViewerState during = states.open(s.sittingId(), null);
        assertThat(during.item().openRound().votedSeatIds()).hasSize(s.voters().size());
        assertThat(during.item().openRound().ballots()).as("how each voted stays secret until closing").isEmpty();

        as(s.president());
        VoteRound closed = voting.closeVote(round.getId());
        assertThat(closed.getAdopted()).isTrue();
        assertThat(closed.getVotesFor()).isEqualTo(s.voters().size() - 1);
        assertThat(closed.getVotesAgainst()).isEqualTo(1);
        assertThat(applications.findById(s.applicationIds().get(0)).orElseThrow().getStatus())
                .isEqualTo(ApplicationStatus.ALLOCATED);
        assertThat(applications.findById(s.applicationIds().get(1)).orElseThrow().getStatus())
                .isEqualTo(ApplicationStatus.PROPOSED);
        assertThat(dwellings.findById(s.dwellingId()).orElseThrow().getStatus()).isEqualTo(DwellingStatus.ALLOCATED);

        as(s.mayor());
        ViewerState after = states.open(s.sittingId(), null);
        assertThat(after.item().item().state()).isEqualTo(ItemState.DECIDED);
        assertThat(after.item().rounds().getFirst().ballots()).hasSize(s.voters().size());
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_event WHERE action = 'VOTE_CLOSED' AND object_id = ?",
                Integer.class, String.valueOf(round.getId()))).isEqualTo(1);
    }

    @Test
    void on_a_tie_the_mayor_of_the_commune_decides_and_the_round_says_so() {
        LiveSitting s = fixtures.convenedSitting(3, CastingVoteHolder.MAYOR_OF_COMMUNE);
        join(s.voters(), s.sittingId());
        as(s.president());
        lead.start(s.sittingId());
        VoteRound round = voting.openVote(s.itemId(), MinutesFixtures.ranked(s.applicationIds()));
        // 6 voters: the mayor and two others for, three against.
        List<String> pro = List.of(s.mayor(), s.boardMembers().get(0), s.boardMembers().get(1));
        for (String voter : s.voters()) {
            as(voter);
            voting.castBallot(round.getId(), pro.contains(voter) ? BallotChoice.FOR : BallotChoice.AGAINST);
        }
        as(s.president());
        VoteRound closed = voting.closeVote(round.getId());
        assertThat(closed.getAdopted()).isTrue();
        assertThat(closed.isCastingVoteUsed()).isTrue();
    }

    @Test
    void a_rejected_proposal_can_be_amended_and_put_to_a_new_round() {
        LiveSitting s = fixtures.convenedSitting(4, CastingVoteHolder.MAYOR_OF_COMMUNE);
        join(s.voters(), s.sittingId());
        as(s.president());
        lead.start(s.sittingId());
        VoteRound first = voting.openVote(s.itemId(), MinutesFixtures.ranked(s.applicationIds()));
        for (String voter : s.voters()) {
            as(voter);
            voting.castBallot(first.getId(), BallotChoice.AGAINST);
        }
        as(s.president());
        assertThat(voting.closeVote(first.getId()).getAdopted()).isFalse();
        List<DecisionProposal> amended = List.of(
                new DecisionProposal(s.applicationIds().get(0), DecisionType.ATTRIBUTION, null, null, null, null, null),
                new DecisionProposal(s.applicationIds().get(1), DecisionType.NON_ATTRIBUTION, null, null, null,
                        RefusalGround.OTHER_CANDIDATE_PRIORITY, "Priorité au candidat 1"),
                new DecisionProposal(s.applicationIds().get(2), DecisionType.INADMISSIBLE, null, null, null,
                        RefusalGround.IRREGULAR_RESIDENCE, null));
        VoteRound second = voting.openVote(s.itemId(), amended);
        assertThat(second.getNumber()).isEqualTo(2);
        assertThat(rounds.findByItemIdOrderByNumber(s.itemId())).hasSize(2);
    }

    @Test
    void a_proposal_must_decide_on_every_candidate_and_state_its_grounds() {
        LiveSitting s = fixtures.convenedSitting(4, CastingVoteHolder.MAYOR_OF_COMMUNE);
        join(s.voters(), s.sittingId());
        as(s.president());
        lead.start(s.sittingId());
        assertThatThrownBy(() -> voting.openVote(s.itemId(), MinutesFixtures.ranked(s.applicationIds().subList(0, 2))))
                .hasMessage("committee.error.proposalIncomplete");
        List<DecisionProposal> noGrounds = new ArrayList<>(MinutesFixtures.ranked(s.applicationIds().subList(0, 2)));
        noGrounds.add(new DecisionProposal(s.applicationIds().get(2), DecisionType.NON_ATTRIBUTION, null, null, null,
                null, null));
        assertThatThrownBy(() -> voting.openVote(s.itemId(), noGrounds)).hasMessage("committee.error.groundsRequired");
    }

    @Test
    void only_the_president_leads_and_only_convened_members_take_part() {
        LiveSitting s = fixtures.convenedSitting(4, CastingVoteHolder.MAYOR_OF_COMMUNE);
        as(s.boardMembers().get(0));
        assertThatThrownBy(() -> lead.start(s.sittingId())).isInstanceOf(AccessDeniedException.class);
        LiveSitting other = fixtures.convenedSitting(4, CastingVoteHolder.MAYOR_OF_COMMUNE);
        as(other.president());
        assertThatThrownBy(() -> states.open(s.sittingId(), null)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> presence.join(s.sittingId())).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void a_convened_member_reads_the_candidates_dossiers_and_a_member_of_another_committee_cannot() {
        LiveSitting s = fixtures.convenedSitting(4, CastingVoteHolder.MAYOR_OF_COMMUNE);
        LiveSitting other = fixtures.convenedSitting(4, CastingVoteHolder.MAYOR_OF_COMMUNE);
        long applicationId = s.applicationIds().get(0);
        as(s.boardMembers().get(1));
        assertThat(applicationService.dossier(applicationId).application().getId()).isEqualTo(applicationId);
        as(other.boardMembers().get(1));
        assertThatThrownBy(() -> applicationService.dossier(applicationId)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void a_member_who_declares_a_conflict_no_longer_sees_the_dossiers_nor_votes() {
        LiveSitting s = fixtures.convenedSitting(4, CastingVoteHolder.MAYOR_OF_COMMUNE);
        join(s.voters(), s.sittingId());
        String recused = s.boardMembers().get(2);
        as(recused);
        discussion.declareConflict(s.itemId(), "Je connais le candidat");
        assertThatThrownBy(() -> applicationService.dossier(s.applicationIds().get(0)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(states.open(s.sittingId(), s.itemId()).item().candidates()).isEmpty();
        as(s.president());
        lead.start(s.sittingId());
        VoteRound round = voting.openVote(s.itemId(), MinutesFixtures.ranked(s.applicationIds()));
        as(recused);
        assertThatThrownBy(() -> voting.castBallot(round.getId(), BallotChoice.FOR))
                .isInstanceOf(BusinessException.class).hasMessage("committee.error.mayNotVote.RECUSED");
        assertThat(round.getElectorateSize()).isEqualTo(s.voters().size() - 1);
    }

    @Test
    void a_second_ballot_from_the_same_member_is_refused() {
        LiveSitting s = fixtures.convenedSitting(4, CastingVoteHolder.MAYOR_OF_COMMUNE);
        join(s.voters(), s.sittingId());
        as(s.president());
        lead.start(s.sittingId());
        VoteRound round = voting.openVote(s.itemId(), MinutesFixtures.ranked(s.applicationIds()));
        as(s.mayor());
        voting.castBallot(round.getId(), BallotChoice.FOR);
        assertThatThrownBy(() -> voting.castBallot(round.getId(), BallotChoice.AGAINST))
                .hasMessage("committee.error.alreadyVoted");
        assertThat(ballots.findByRoundId(round.getId())).singleElement()
                .satisfies(b -> assertThat(b.getChoice()).isEqualTo(BallotChoice.FOR));
    }

    @Test
    void fifteen_ballots_fired_while_the_president_closes_are_each_counted_or_refused_never_lost() throws Exception {
        LiveSitting s = fixtures.convenedSitting(12, CastingVoteHolder.MAYOR_OF_COMMUNE);
        assertThat(s.voters()).hasSize(15);
        join(s.voters(), s.sittingId());
        as(s.president());
        lead.start(s.sittingId());
        VoteRound round = voting.openVote(s.itemId(), MinutesFixtures.ranked(s.applicationIds()));

        ExecutorService pool = Executors.newFixedThreadPool(16);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<Boolean>> votes = new ArrayList<>();
        for (int i = 0; i < s.voters().size(); i++) {
            String voter = s.voters().get(i);
            BallotChoice choice = i % 3 == 0 ? BallotChoice.AGAINST : BallotChoice.FOR;
            votes.add(pool.submit(() -> {
                go.await();
                as(voter);
                try {
                    voting.castBallot(round.getId(), choice);
                    return true;
                } catch (BusinessException refused) {
                    assertThat(refused.messageKey()).isEqualTo("committee.error.voteClosed");
                    return false;
                } finally {
                    TestUsers.anonymous();
                }
            }));
        }
        Future<VoteRound> closing = pool.submit((Callable<VoteRound>) () -> {
            go.await();
            Thread.sleep(5);
            as(s.president());
            try {
                return voting.closeVote(round.getId());
            } finally {
                TestUsers.anonymous();
            }
        });
        go.countDown();
        long accepted = 0;
        for (Future<Boolean> vote : votes) {
            if (vote.get(60, TimeUnit.SECONDS)) {
                accepted++;
            }
        }
        VoteRound closed = closing.get(60, TimeUnit.SECONDS);
        pool.shutdown();

        var stored = ballots.findByRoundId(round.getId());
        assertThat(stored).as("every accepted ballot is stored once").hasSize((int) accepted);
        assertThat(stored.stream().map(b -> b.getSeatId()).distinct().count()).isEqualTo(accepted);
        VoteRound reread = rounds.findById(round.getId()).orElseThrow();
        assertThat(reread.getVotesFor() + reread.getVotesAgainst() + reread.getAbstentions())
                .as("the stored result matches the ballots").isEqualTo((int) accepted);
        assertThat(reread.getVotesFor()).isEqualTo(
                (int) stored.stream().filter(b -> b.getChoice() == BallotChoice.FOR).count());
        assertThat(closed.getState()).isEqualTo(reread.getState());
    }
}
