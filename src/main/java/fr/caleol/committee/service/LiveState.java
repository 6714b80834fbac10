package fr.caleol.committee.service;

import fr.caleol.committee.domain.AgendaException;
import fr.caleol.committee.domain.BallotChoice;
import fr.caleol.committee.domain.DecisionType;
import fr.caleol.committee.domain.Electorate;
import fr.caleol.committee.domain.ItemState;
import fr.caleol.committee.domain.QuorumRule;
import fr.caleol.committee.domain.RefusalGround;
import fr.caleol.committee.domain.SeatKind;
import fr.caleol.committee.domain.SittingMode;
import fr.caleol.committee.domain.SittingState;
import fr.caleol.housing.domain.DwellingType;
import fr.caleol.housing.domain.Reservataire;
import fr.caleol.housing.domain.eligibility.Financing;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The whole state of one live sitting, as one immutable value: read from the database once after each change (not
 * once per viewer) and shared by every open screen of the sitting. It holds everything any participant may see;
 * what one participant sees (their ballot, their part in the vote, the dossiers hidden by their conflict
 * declaration) is derived from it in memory by {@link ViewerState#of}.
 *
 * <p>{@code version} grows with every read of the sitting on this node: a screen applies a state only when it is
 * newer than the one it shows. How each member voted in an open round is held here but never shown until the round
 * closes.
 *
 * @param changedAt {@link System#nanoTime()} of the earliest change this state was read for (the commit), or of
 *                  the read itself when it was read for a screen that opened; the push latency is measured from it
 */
public record LiveState(long sittingId, long version, long changedAt, Info sitting, List<Participant> participants,
        List<Item> agenda) {

    public LiveState {
        participants = List.copyOf(participants);
        agenda = List.copyOf(agenda);
    }

    /** The sitting itself. */
    public record Info(String committeeName, LocalDate date, SittingState state, SittingMode mode, Long currentItemId,
            QuorumRule quorumRule, String videoUrl) {}

    /**
     * An active convened seat, with whether its member is present now (connected, or in the room) and whether in the
     * room (recorded by the secretary).
     */
    public record Participant(long seatId, String username, String displayName, SeatKind kind,
            boolean tenantRepresentative, String communeName, boolean present, boolean inRoom) {}

    /** The dwelling of an agenda item, as the screen describes it. */
    public record Dwelling(long id, String reference, String communeName, DwellingType type, BigDecimal surface,
            String address, BigDecimal monthlyRent, BigDecimal monthlyCharges, Financing financing,
            Reservataire reservataire) {}

    /** A candidate proposed for the dwelling. */
    public record Candidate(long applicationId, int position, String applicantName, String numeroUnique) {}

    /** A message of the item's discussion. */
    public record Message(long id, Instant postedAt, String authorName, String text) {}

    /** The decision proposed for one candidate in a vote round. */
    public record Decision(long applicationId, DecisionType type, Integer rank, String missingDocument,
            LocalDate conditionDeadline, RefusalGround ground, String groundsText) {}

    /**
     * A vote round. {@code ballots} maps the seat that cast each ballot to its choice; {@code electorate} is, for an
     * open round, the electorate frozen at its opening (for a closed one, the item's).
     */
    public record Round(long id, int number, boolean open, Integer votesFor, Integer votesAgainst, Integer abstentions,
            Boolean adopted, boolean castingVoteUsed, List<Decision> decisions, Map<Long, BallotChoice> ballots,
            Electorate electorate) {

        public Round {
            decisions = List.copyOf(decisions);
            ballots = Map.copyOf(ballots);
        }
    }

    /**
     * An agenda item with everything said and voted on it. {@code electorate} is who votes on it now (from who is
     * present and who declared a conflict), {@code quorum} whether they make the quorum.
     */
    public record Item(long id, int position, ItemState state, AgendaException exception, String withdrawnReason,
            Dwelling dwelling, List<Candidate> candidates, Set<Long> recusedSeats, Electorate electorate,
            boolean quorum, int quorumRequired, List<Message> messages, List<Round> rounds) {

        public Item {
            candidates = List.copyOf(candidates);
            recusedSeats = Set.copyOf(recusedSeats);
            messages = List.copyOf(messages);
            rounds = List.copyOf(rounds);
        }

        public Optional<Round> openRound() {
            return rounds.stream().filter(Round::open).findFirst();
        }

        public boolean closed() {
            return state.isClosed();
        }
    }

    /** The seat of a user in this sitting, if convened. */
    public Optional<Participant> seatOf(String username) {
        return participants.stream().filter(p -> p.username().equals(username)).findFirst();
    }

    /** The item with this id, if on the agenda. */
    public Optional<Item> item(long itemId) {
        return agenda.stream().filter(i -> i.id() == itemId).findFirst();
    }

    /** The item everyone is brought to, or the first one. */
    public Optional<Item> currentItem() {
        Long current = sitting.currentItemId();
        return current == null ? agenda.stream().findFirst() : item(current).or(() -> agenda.stream().findFirst());
    }
}
