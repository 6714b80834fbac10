package fr.caleol.committee.service;

import fr.caleol.committee.domain.BallotChoice;
import fr.caleol.committee.domain.SeatKind;
import fr.caleol.committee.domain.SittingMode;
import fr.caleol.committee.domain.SittingState;
import fr.caleol.committee.service.LiveState.Candidate;
import fr.caleol.committee.service.LiveState.Item;
import fr.caleol.committee.service.LiveState.Participant;
import fr.caleol.committee.service.LiveState.Round;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What one participant sees of a live sitting, derived in memory from the sitting's shared {@link LiveState}: their
 * seat, the item they look at, their own ballot, and nothing of the dossiers of an item on which they declared a
 * conflict of interest. Who voted is public while a round is open; how each voted only once it is closed.
 *
 * @param me the viewer's seat, or null for staff who observe
 * @param item the item viewed, or null when the agenda is empty
 * @param staff whether the viewer is a secretary or an administrator, who records the room of a hybrid or in-person
 *              sitting and leads an in-person one
 */
public record ViewerState(LiveState state, Participant me, ItemView item, boolean staff) {

    /** The item as this viewer sees it. {@code candidates} is empty when the viewer is recused. */
    public record ItemView(Item item, List<Candidate> candidates, boolean recused, List<RoundView> rounds) {

        public RoundView openRound() {
            return rounds.stream().filter(r -> r.round().open()).findFirst().orElse(null);
        }
    }

    /**
     * A vote round as this viewer sees it.
     *
     * @param ballots how each seat voted: empty while the round is open
     * @param myBallot the viewer's own ballot in this round, if any
     */
    public record RoundView(Round round, Set<Long> votedSeatIds, Map<Long, BallotChoice> ballots,
            BallotChoice myBallot) {}

    /**
     * The sitting as {@code username} sees it, on {@code viewedItemId} or, when null or no longer on the agenda, on
     * the item the president brought everyone to.
     */
    public static ViewerState of(LiveState state, String username, Long viewedItemId) {
        return of(state, username, viewedItemId, false);
    }

    /** As above, for a viewer who is staff ({@code staff}) or not. */
    public static ViewerState of(LiveState state, String username, Long viewedItemId, boolean staff) {
        Participant me = username == null ? null : state.seatOf(username).orElse(null);
        Item item = (viewedItemId == null ? state.currentItem() : state.item(viewedItemId).or(state::currentItem))
                .orElse(null);
        return new ViewerState(state, me, item == null ? null : itemView(item, me), staff);
    }

    private static ItemView itemView(Item item, Participant me) {
        boolean recused = me != null && item.recusedSeats().contains(me.seatId());
        List<RoundView> rounds = item.rounds().stream().map(round -> new RoundView(round, round.ballots().keySet(),
                round.open() ? Map.of() : round.ballots(), me == null ? null : round.ballots().get(me.seatId())))
                .toList();
        return new ItemView(item, recused ? List.of() : item.candidates(), recused, rounds);
    }

    public LiveState.Info sitting() {
        return state.sitting();
    }

    public List<Item> agenda() {
        return state.agenda();
    }

    public List<Participant> participants() {
        return state.participants();
    }

    public boolean iAmPresident() {
        return me != null && me.kind() == SeatKind.PRESIDENT;
    }

    /** Whether the viewer leads the sitting: the president, or the secretary of an in-person sitting. */
    public boolean iLead() {
        return sitting().mode() == SittingMode.IN_PERSON ? staff : iAmPresident();
    }

    /** Whether the viewer records the room: staff, in a hybrid or in-person sitting that is open. */
    public boolean iRecordTheRoom() {
        return staff && sitting().mode().hasRoom() && (sitting().state() == SittingState.CONVENED
                || sitting().state() == SittingState.IN_PROGRESS);
    }

    /** Whether the viewer votes from their own screen: not in an in-person sitting, where the secretary records. */
    public boolean iVoteOnline() {
        return me != null && sitting().mode() != SittingMode.IN_PERSON;
    }
}
