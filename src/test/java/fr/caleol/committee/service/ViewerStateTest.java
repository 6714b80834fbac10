package fr.caleol.committee.service;

import static org.assertj.core.api.Assertions.assertThat;

import fr.caleol.committee.domain.BallotChoice;
import fr.caleol.committee.domain.DecisionType;
import fr.caleol.committee.domain.Electorate;
import fr.caleol.committee.domain.ItemState;
import fr.caleol.committee.domain.QuorumRule;
import fr.caleol.committee.domain.SeatKind;
import fr.caleol.committee.domain.SittingMode;
import fr.caleol.committee.domain.SittingState;
import fr.caleol.housing.domain.DwellingType;
import fr.caleol.housing.domain.Reservataire;
import fr.caleol.housing.domain.eligibility.Financing;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ViewerStateTest {

    static final long PRESIDENT = 1, MEMBER = 2, RECUSED = 3;

    static final Electorate ELECTORATE = Electorate.frozen(
            Map.of(PRESIDENT, Electorate.Role.VOTER, MEMBER, Electorate.Role.VOTER, RECUSED, Electorate.Role.RECUSED),
            Map.of(PRESIDENT, PRESIDENT, MEMBER, MEMBER), 2, 2);

    static LiveState.Round round(long id, boolean open, Map<Long, BallotChoice> ballots) {
        return new LiveState.Round(id, (int) id, open, open ? null : 2, open ? null : 0, open ? null : 0,
                open ? null : true, false,
                List.of(new LiveState.Decision(100, DecisionType.RANKED_ATTRIBUTION, 1, null, null, null, null)),
                ballots, ELECTORATE);
    }

    static LiveState.Item item(long id, List<LiveState.Round> rounds) {
        return new LiveState.Item(id, (int) id, ItemState.VOTING, null, null,
                new LiveState.Dwelling(50 + id, "LGT-" + id, "Montreuil", DwellingType.T3, new BigDecimal("65"),
                        "1 rue de Paris", new BigDecimal("500"), new BigDecimal("80"), Financing.PLUS,
                        Reservataire.LANDLORD),
                List.of(new LiveState.Candidate(100, 1, "Mme Durand", "093-1")), Set.of(RECUSED), ELECTORATE, true, 2,
                List.of(), rounds);
    }

    static LiveState state(Long currentItemId, List<LiveState.Item> agenda) {
        return state(SittingMode.LIVE_REMOTE, currentItemId, agenda);
    }

    static LiveState state(SittingMode mode, Long currentItemId, List<LiveState.Item> agenda) {
        return new LiveState(9, 1, 0, new LiveState.Info("CALEOL Est", LocalDate.of(2026, 12, 7),
                SittingState.IN_PROGRESS, mode, currentItemId,
                new QuorumRule(QuorumRule.Kind.MINIMUM_PRESENT, 2), null),
                List.of(new LiveState.Participant(PRESIDENT, "president", "M. Président", SeatKind.PRESIDENT, false,
                                null, true, false),
                        new LiveState.Participant(MEMBER, "member", "Mme Membre", SeatKind.BOARD_MEMBER, false, null,
                                true, true),
                        new LiveState.Participant(RECUSED, "recused", "M. Retrait", SeatKind.BOARD_MEMBER, false, null,
                                true, false)),
                agenda);
    }

    @Test
    void while_a_round_is_open_a_viewer_sees_who_voted_and_their_own_ballot_but_not_how_others_voted() {
        LiveState state = state(10L, List.of(item(10, List.of(round(1, true, Map.of(PRESIDENT, BallotChoice.AGAINST,
                MEMBER, BallotChoice.FOR))))));
        ViewerState member = ViewerState.of(state, "member", null);
        ViewerState.RoundView open = member.item().openRound();
        assertThat(open.votedSeatIds()).containsExactlyInAnyOrder(PRESIDENT, MEMBER);
        assertThat(open.ballots()).isEmpty();
        assertThat(open.myBallot()).isEqualTo(BallotChoice.FOR);
        assertThat(ViewerState.of(state, "president", null).item().openRound().myBallot())
                .isEqualTo(BallotChoice.AGAINST);
    }

    @Test
    void once_the_round_is_closed_everyone_sees_how_each_voted() {
        LiveState state = state(10L, List.of(item(10, List.of(round(1, false, Map.of(PRESIDENT, BallotChoice.FOR,
                MEMBER, BallotChoice.FOR))))));
        assertThat(ViewerState.of(state, "member", null).item().rounds().getFirst().ballots())
                .containsEntry(PRESIDENT, BallotChoice.FOR).hasSize(2);
    }

    @Test
    void a_member_who_declared_a_conflict_sees_no_candidate_of_that_item() {
        LiveState state = state(10L, List.of(item(10, List.of())));
        ViewerState recused = ViewerState.of(state, "recused", null);
        assertThat(recused.item().recused()).isTrue();
        assertThat(recused.item().candidates()).isEmpty();
        assertThat(ViewerState.of(state, "member", null).item().candidates()).hasSize(1);
    }

    @Test
    void a_viewer_sees_the_item_they_chose_or_else_the_current_one_and_staff_have_no_seat() {
        LiveState state = state(11L, List.of(item(10, List.of()), item(11, List.of())));
        assertThat(ViewerState.of(state, "member", null).item().item().id()).isEqualTo(11);
        assertThat(ViewerState.of(state, "member", 10L).item().item().id()).isEqualTo(10);
        assertThat(ViewerState.of(state, "member", 99L).item().item().id()).as("an item no longer on the agenda")
                .isEqualTo(11);
        ViewerState secretary = ViewerState.of(state, "secretary", null);
        assertThat(secretary.me()).isNull();
        assertThat(secretary.iAmPresident()).isFalse();
        assertThat(ViewerState.of(state, "president", null).iAmPresident()).isTrue();
    }

    @Test
    void the_president_leads_online_sittings_and_the_secretary_leads_and_records_an_in_person_one() {
        for (SittingMode mode : List.of(SittingMode.LIVE_REMOTE, SittingMode.WRITTEN)) {
            LiveState state = state(mode, null, List.of(item(10, List.of())));
            assertThat(ViewerState.of(state, "president", null, false).iLead()).as(mode.name()).isTrue();
            assertThat(ViewerState.of(state, "secretary", null, true).iLead()).as(mode.name()).isFalse();
            assertThat(ViewerState.of(state, "secretary", null, true).iRecordTheRoom()).as(mode.name()).isFalse();
            assertThat(ViewerState.of(state, "member", null, false).iVoteOnline()).as(mode.name()).isTrue();
        }
        LiveState hybrid = state(SittingMode.HYBRID, null, List.of(item(10, List.of())));
        assertThat(ViewerState.of(hybrid, "president", null, false).iLead()).isTrue();
        assertThat(ViewerState.of(hybrid, "secretary", null, true).iRecordTheRoom()).isTrue();
        assertThat(ViewerState.of(hybrid, "member", null, false).iRecordTheRoom()).as("a member records nothing")
                .isFalse();
        assertThat(ViewerState.of(hybrid, "member", null, false).iVoteOnline()).isTrue();
        assertThat(ViewerState.of(hybrid, "member", null, false).participants().get(1).inRoom()).isTrue();

        LiveState inPerson = state(SittingMode.IN_PERSON, null, List.of(item(10, List.of())));
        assertThat(ViewerState.of(inPerson, "president", null, false).iLead()).as("the president has no screen role")
                .isFalse();
        assertThat(ViewerState.of(inPerson, "secretary", null, true).iLead()).isTrue();
        assertThat(ViewerState.of(inPerson, "secretary", null, true).iRecordTheRoom()).isTrue();
        assertThat(ViewerState.of(inPerson, "member", null, false).iVoteOnline()).isFalse();
    }
}
