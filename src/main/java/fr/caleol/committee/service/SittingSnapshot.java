package fr.caleol.committee.service;

import fr.caleol.committee.domain.AgendaCandidate;
import fr.caleol.committee.domain.AgendaItem;
import fr.caleol.committee.domain.BallotChoice;
import fr.caleol.committee.domain.ConflictDeclaration;
import fr.caleol.committee.domain.Electorate;
import fr.caleol.committee.domain.ItemMessage;
import fr.caleol.committee.domain.ProposedDecision;
import fr.caleol.committee.domain.SeatKind;
import fr.caleol.committee.domain.Sitting;
import fr.caleol.committee.domain.VoteRound;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Everything a participant's live screen shows, read from the database in one go: after a lost connection the
 * screen is rebuilt from it, so nothing depends on messages received before.
 */
public record SittingSnapshot(Sitting sitting, List<AgendaItem> agenda, Participant me, List<Participant> participants,
        ItemView item) {

    /** A seat of the sitting, with whether its member is connected now. */
    public record Participant(long seatId, String username, String displayName, SeatKind kind,
            boolean tenantRepresentative, String communeName, boolean present) {}

    /**
     * The item being viewed. {@code candidates} is empty for a member who declared a conflict of interest on it.
     * {@code electorate} gives each seat's part in the vote (voter, recused, advisory...).
     */
    public record ItemView(AgendaItem item, List<AgendaCandidate> candidates, boolean recused, Electorate electorate,
            boolean quorum, int quorumRequired, List<ItemMessage> messages, List<ConflictDeclaration> conflicts,
            List<RoundView> rounds) {

        public RoundView openRound() {
            return rounds.stream().filter(r -> r.round().isOpen()).findFirst().orElse(null);
        }
    }

    /**
     * A vote round: who has voted is public while it is open; how each voted only once it is closed.
     *
     * @param myBallot the viewer's own ballot in this round, if any
     * @param electorate for an open round, its electorate frozen at the opening (who votes, for which place)
     */
    public record RoundView(VoteRound round, List<ProposedDecision> decisions, Set<Long> votedSeatIds,
            Map<Long, BallotChoice> ballots, BallotChoice myBallot, Electorate electorate) {}

    public boolean iAmPresident() {
        return me != null && me.kind() == SeatKind.PRESIDENT;
    }
}
