package fr.caleol.committee.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.caleol.base.errors.BusinessException;
import fr.caleol.committee.domain.AgendaCandidate;
import fr.caleol.committee.domain.AgendaCandidateRepository;
import fr.caleol.committee.domain.AgendaItem;
import fr.caleol.committee.domain.AgendaItemRepository;
import fr.caleol.committee.domain.BallotChoice;
import fr.caleol.committee.domain.CastingVoteHolder;
import fr.caleol.committee.domain.Committee;
import fr.caleol.committee.domain.QuorumRule;
import fr.caleol.committee.domain.SittingMode;
import fr.caleol.committee.domain.VoteRound;
import fr.caleol.security.domain.Role;
import fr.caleol.support.CommitteeFixtures;
import fr.caleol.support.CommitteeFixtures.LiveSitting;
import fr.caleol.support.IntegrationTest;
import fr.caleol.support.MinutesFixtures;
import fr.caleol.support.TestUsers;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

/**
 * Hybrid and in-person sittings: the secretary records who is in the room and how each member there votes, in the
 * same attendance and ballots as the members online, under the same rules; items sent back to an in-person sitting
 * are taken up on its agenda; every mode but in-person needs the committee's consent to remote sittings.
 */
@IntegrationTest
class HybridSittingIT {

    @Autowired CommitteeFixtures fixtures;
    @Autowired LivePresence presence;
    @Autowired LiveLead lead;
    @Autowired LiveVoting voting;
    @Autowired LiveDiscussion discussion;
    @Autowired LiveStates states;
    @Autowired PresenceReaper reaper;
    @Autowired SittingService sittings;
    @Autowired CommitteeService committees;
    @Autowired AgendaItemRepository items;
    @Autowired AgendaCandidateRepository agendaCandidates;
    @Autowired JdbcTemplate jdbc;

    @AfterEach
    void logout() {
        TestUsers.anonymous();
    }

    private static void member(String username) {
        TestUsers.actAs(username, Role.COMMITTEE_MEMBER);
    }

    private static void secretary(LiveSitting s) {
        TestUsers.actAs(s.secretary(), Role.SECRETARY);
    }

    private long seat(LiveSitting s, String username) {
        return jdbc.queryForObject("SELECT s.id FROM committee_seat s JOIN app_user u ON u.id = s.user_id"
                + " WHERE s.committee_id = ? AND u.username = ?", Long.class, s.committeeId(), username);
    }

    private Map<String, Boolean> inRoom(LiveSitting s) {
        secretary(s);
        return states.open(s.sittingId(), null).participants().stream()
                .collect(java.util.stream.Collectors.toMap(LiveState.Participant::username,
                        LiveState.Participant::inRoom));
    }

    @Test
    void in_a_hybrid_sitting_members_in_the_room_make_the_quorum_and_their_recorded_ballots_count_with_those_online() {
        LiveSitting s = fixtures.convenedSitting(4, CastingVoteHolder.MAYOR_OF_COMMUNE, SittingMode.HYBRID,
                LocalTime.of(14, 0));
        // Seven voters on this dwelling: the president and one board member online, two board members in the room.
        member(s.president());
        presence.join(s.sittingId());
        member(s.boardMembers().get(0));
        presence.join(s.sittingId());
        secretary(s);
        presence.arrive(s.sittingId(), seat(s, s.boardMembers().get(1)));
        presence.arrive(s.sittingId(), seat(s, s.boardMembers().get(2)));
        presence.arrive(s.sittingId(), seat(s, s.boardMembers().get(2)));
        assertThat(inRoom(s)).containsEntry(s.boardMembers().get(1), true).containsEntry(s.boardMembers().get(2), true)
                .containsEntry(s.president(), false);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM attendance WHERE sitting_id = ? AND in_room AND"
                + " recorded_by = ?", Integer.class, s.sittingId(), s.secretary()))
                .as("arriving twice records one stretch").isEqualTo(2);

        member(s.president());
        lead.start(s.sittingId());
        VoteRound round = voting.openVote(s.itemId(), MinutesFixtures.ranked(s.applicationIds()));
        assertThat(round.getPresentVoters()).as("two online and two in the room").isEqualTo(4);

        member(s.president());
        voting.castBallot(round.getId(), BallotChoice.FOR);
        member(s.boardMembers().get(0));
        voting.castBallot(round.getId(), BallotChoice.AGAINST);
        secretary(s);
        voting.recordInRoom(round.getId(), seat(s, s.boardMembers().get(1)), BallotChoice.FOR);
        voting.recordInRoom(round.getId(), seat(s, s.boardMembers().get(2)), BallotChoice.FOR);
        assertThatThrownBy(() -> voting.recordInRoom(round.getId(), seat(s, s.boardMembers().get(2)),
                BallotChoice.AGAINST)).as("one ballot per voting place").isInstanceOf(BusinessException.class)
                .hasMessage("committee.error.alreadyVoted");
        member(s.boardMembers().get(1));
        assertThatThrownBy(() -> voting.castBallot(round.getId(), BallotChoice.AGAINST))
                .as("a member whose ballot was recorded in the room cannot vote again online")
                .isInstanceOf(BusinessException.class).hasMessage("committee.error.alreadyVoted");

        member(s.president());
        VoteRound closed = voting.closeVote(round.getId());
        assertThat(closed.getVotesFor()).isEqualTo(3);
        assertThat(closed.getVotesAgainst()).isEqualTo(1);
        assertThat(closed.getAdopted()).isTrue();
        assertThat(jdbc.queryForList("SELECT recorded_by FROM ballot WHERE round_id = ? ORDER BY id", String.class,
                round.getId())).containsExactly(null, null, s.secretary(), s.secretary());
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_event WHERE action = 'BALLOT_CAST'"
                + " AND object_id = ? AND details LIKE '%in the room'", Integer.class, String.valueOf(round.getId())))
                .isEqualTo(2);
    }

    @Test
    void a_ballot_is_recorded_only_for_a_member_in_the_room_who_may_vote_on_the_frozen_electorate() {
        LiveSitting s = fixtures.convenedSitting(2, CastingVoteHolder.MAYOR_OF_COMMUNE, SittingMode.HYBRID,
                LocalTime.of(14, 0));
        secretary(s);
        for (String voter : List.of(s.president(), s.boardMembers().get(0), s.mayor())) {
            presence.arrive(s.sittingId(), seat(s, voter));
        }
        assertThatThrownBy(() -> lead.start(s.sittingId())).as("a hybrid sitting is led by its president")
                .isInstanceOf(AccessDeniedException.class);
        member(s.president());
        presence.join(s.sittingId());
        lead.start(s.sittingId());
        VoteRound round = voting.openVote(s.itemId(), MinutesFixtures.ranked(s.applicationIds()));

        secretary(s);
        assertThatThrownBy(() -> voting.recordInRoom(round.getId(), seat(s, s.prefect()), BallotChoice.FOR))
                .as("the prefect's representative is not in the room").isInstanceOf(BusinessException.class)
                .hasMessage("committee.error.notInRoom");
        presence.arrive(s.sittingId(), seat(s, s.boardMembers().get(1)));
        assertThatThrownBy(() -> voting.recordInRoom(round.getId(), seat(s, s.boardMembers().get(1)),
                BallotChoice.FOR)).as("arrived after the vote opened: not in this round's electorate")
                .isInstanceOf(BusinessException.class).hasMessage("committee.error.mayNotVote.ABSENT_VOTER");
        presence.depart(s.sittingId(), seat(s, s.mayor()));
        assertThatThrownBy(() -> voting.recordInRoom(round.getId(), seat(s, s.mayor()), BallotChoice.FOR))
                .as("left the room").isInstanceOf(BusinessException.class).hasMessage("committee.error.notInRoom");
        assertThat(inRoom(s)).containsEntry(s.mayor(), false);

        member(s.boardMembers().get(0));
        assertThatThrownBy(() -> voting.recordInRoom(round.getId(), seat(s, s.boardMembers().get(0)),
                BallotChoice.FOR)).as("a member does not record ballots").isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> presence.arrive(s.sittingId(), seat(s, s.boardMembers().get(0))))
                .as("nor arrivals").isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void the_secretary_records_a_recusal_declared_in_the_room_and_that_member_then_has_no_ballot() {
        LiveSitting s = fixtures.convenedSitting(2, CastingVoteHolder.MAYOR_OF_COMMUNE, SittingMode.IN_PERSON,
                LocalTime.of(14, 0));
        secretary(s);
        for (String voter : s.voters()) {
            presence.arrive(s.sittingId(), seat(s, voter));
        }
        discussion.recordConflictInRoom(s.itemId(), seat(s, s.boardMembers().get(0)), "Parent d'un candidat");
        secretary(s);
        assertThat(states.open(s.sittingId(), null).item().item().recusedSeats())
                .containsExactly(seat(s, s.boardMembers().get(0)));
        lead.start(s.sittingId());
        VoteRound round = voting.openVote(s.itemId(), MinutesFixtures.ranked(s.applicationIds()));
        assertThat(round.getElectorateSize()).as("the recused member leaves the electorate")
                .isEqualTo(s.voters().size() - 1);
        assertThatThrownBy(() -> voting.recordInRoom(round.getId(), seat(s, s.boardMembers().get(0)),
                BallotChoice.FOR)).isInstanceOf(BusinessException.class)
                .hasMessage("committee.error.mayNotVote.RECUSED");

        presence.depart(s.sittingId(), seat(s, s.boardMembers().get(1)));
        assertThatThrownBy(() -> discussion.recordConflictInRoom(s.itemId(), seat(s, s.boardMembers().get(1)), null))
                .as("not in the room").isInstanceOf(BusinessException.class).hasMessage("committee.error.notInRoom");
        member(s.mayor());
        assertThatThrownBy(() -> discussion.recordConflictInRoom(s.itemId(), seat(s, s.mayor()), null))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_event WHERE action = 'CONFLICT_DECLARED'"
                + " AND object_id = ? AND details LIKE '%recorded in the room'", Integer.class,
                String.valueOf(s.itemId()))).isEqualTo(1);
    }

    @Test
    void a_remote_sitting_has_no_room_to_record() {
        LiveSitting s = fixtures.convenedSitting(2, CastingVoteHolder.MAYOR_OF_COMMUNE);
        secretary(s);
        assertThatThrownBy(() -> presence.arrive(s.sittingId(), seat(s, s.president())))
                .isInstanceOf(BusinessException.class).hasMessage("committee.error.noRoom");
    }

    @Test
    void the_secretary_records_a_whole_in_person_sitting_and_members_screens_neither_join_nor_vote() {
        LiveSitting s = fixtures.convenedSitting(2, CastingVoteHolder.MAYOR_OF_COMMUNE, SittingMode.IN_PERSON,
                LocalTime.of(14, 0));
        member(s.boardMembers().get(0));
        presence.join(s.sittingId());
        assertThat(inRoom(s)).containsEntry(s.boardMembers().get(0), false);
        assertThat(states.open(s.sittingId(), null).participants()).noneMatch(LiveState.Participant::present);

        member(s.president());
        assertThatThrownBy(() -> lead.start(s.sittingId())).as("an in-person sitting is recorded by the secretary")
                .isInstanceOf(AccessDeniedException.class);

        secretary(s);
        for (String voter : s.voters()) {
            presence.arrive(s.sittingId(), seat(s, voter));
        }
        lead.start(s.sittingId());
        VoteRound round = voting.openVote(s.itemId(), MinutesFixtures.ranked(s.applicationIds()));
        member(s.boardMembers().get(0));
        assertThatThrownBy(() -> voting.castBallot(round.getId(), BallotChoice.FOR))
                .isInstanceOf(BusinessException.class).hasMessage("committee.error.ballotsRecordedInRoom");
        assertThatThrownBy(() -> discussion.sendBackToPhysicalSitting(s.itemId(), null))
                .isInstanceOf(BusinessException.class).hasMessage("committee.error.alreadyInPerson");

        secretary(s);
        for (String voter : s.voters()) {
            voting.recordInRoom(round.getId(), seat(s, voter),
                    voter.equals(s.mayor()) ? BallotChoice.ABSTAIN : BallotChoice.FOR);
        }
        VoteRound closed = voting.closeVote(round.getId());
        assertThat(closed.getVotesFor()).isEqualTo(s.voters().size() - 1);
        assertThat(closed.getAbstentions()).isEqualTo(1);
        assertThat(closed.getAdopted()).isTrue();
        lead.end(s.sittingId());
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM attendance WHERE sitting_id = ? AND left_at IS NULL",
                Integer.class, s.sittingId())).as("ending the sitting ends the presence in the room").isZero();
    }

    @Test
    void presence_in_the_room_outlives_the_reaping_of_lost_nodes() {
        LiveSitting s = fixtures.convenedSitting(2, CastingVoteHolder.MAYOR_OF_COMMUNE, SittingMode.HYBRID,
                LocalTime.of(14, 0));
        secretary(s);
        presence.arrive(s.sittingId(), seat(s, s.mayor()));
        reaper.endLostPresence();
        assertThat(inRoom(s)).containsEntry(s.mayor(), true);
    }

    @Test
    void an_item_sent_back_from_a_remote_sitting_is_taken_up_once_by_an_in_person_sitting_with_its_candidates() {
        LiveSitting s = fixtures.convenedSitting(4, CastingVoteHolder.MAYOR_OF_COMMUNE);
        member(s.mayor());
        discussion.sendBackToPhysicalSitting(s.itemId(), "Le maire souhaite un débat en salle.");

        TestUsers.actAs("admin", Role.ADMIN);
        LocalDate later = LocalDate.now(fr.caleol.base.domain.LandlordTime.ZONE).plusDays(14);
        long remote = sittings.create(s.committeeId(), later, LocalTime.of(10, 0), SittingMode.LIVE_REMOTE).getId();
        assertThat(sittings.sentBackPending(remote)).as("only an in-person sitting takes them up").isEmpty();
        assertThatThrownBy(() -> sittings.takeUp(remote, s.itemId())).isInstanceOf(BusinessException.class)
                .hasMessage("committee.error.takeUpInPersonOnly");

        long inPerson = sittings.create(s.committeeId(), later, LocalTime.of(14, 0), SittingMode.IN_PERSON).getId();
        assertThat(sittings.sentBackPending(inPerson)).extracting(AgendaItem::getId).containsExactly(s.itemId());
        AgendaItem taken = sittings.takeUp(inPerson, s.itemId());
        assertThat(taken.getDwelling().getId()).isEqualTo(s.dwellingId());
        assertThat(agendaCandidates.findByItems(List.of(taken.getId())).stream()
                .sorted(java.util.Comparator.comparingInt(AgendaCandidate::getPosition))
                .map(c -> c.getApplication().getId()).toList()).containsExactlyElementsOf(s.applicationIds());
        assertThat(items.findById(s.itemId()).orElseThrow().getTakenUpBy()).isEqualTo(taken.getId());
        assertThat(sittings.sentBackPending(inPerson)).isEmpty();
        assertThatThrownBy(() -> sittings.takeUp(inPerson, s.itemId())).as("taken up once")
                .isInstanceOf(BusinessException.class).hasMessage("committee.error.notSentBack");

        TestUsers.actAs(s.mayor(), Role.COMMITTEE_MEMBER);
        assertThatThrownBy(() -> sittings.sentBackPending(inPerson)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void every_mode_but_in_person_needs_the_committee_to_allow_remote_sittings() {
        TestUsers.actAs("admin", Role.ADMIN);
        Committee committee = committees.create(TestUsers.unique("CALEOL en salle"), "Est ensemble",
                new CommitteeService.Rules(new QuorumRule(QuorumRule.Kind.PERCENT_OF_ELECTORATE, 50), false,
                        CastingVoteHolder.MAYOR_OF_COMMUNE, false, 24, 5));
        LocalDate date = LocalDate.now(fr.caleol.base.domain.LandlordTime.ZONE).plusDays(10);
        for (SittingMode mode : List.of(SittingMode.LIVE_REMOTE, SittingMode.HYBRID, SittingMode.WRITTEN)) {
            assertThatThrownBy(() -> sittings.create(committee.getId(), date, LocalTime.of(14, 0), mode))
                    .as(mode.name()).isInstanceOf(BusinessException.class)
                    .hasMessage("committee.error.remoteNotAllowed");
        }
        assertThat(sittings.create(committee.getId(), date, LocalTime.of(14, 0), SittingMode.IN_PERSON).getMode())
                .isEqualTo(SittingMode.IN_PERSON);
    }
}
