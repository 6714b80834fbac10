package fr.caleol.committee.domain;

import fr.caleol.base.domain.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A vote round on the proposal for an item. Opened by the president when the quorum is met; closed once, when its
 * result is computed and frozen. A rejected proposal may be amended and put to a new round; each round is kept.
 */
@Entity
@Table(name = "vote_round")
public class VoteRound extends AbstractEntity {

    @Column(name = "item_id", nullable = false)
    private Long itemId;

    @Column(nullable = false)
    private int number;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 8)
    private RoundState state = RoundState.OPEN;

    @Column(name = "opened_at", nullable = false)
    private Instant openedAt;

    @Column(name = "closes_at")
    private Instant closesAt;

    @Column(name = "closed_at")
    private Instant closedAt;

    @Column(name = "electorate_size", nullable = false)
    private int electorateSize;

    @Column(name = "present_voters", nullable = false)
    private int presentVoters;

    @Column(name = "votes_for")
    private Integer votesFor;

    @Column(name = "votes_against")
    private Integer votesAgainst;

    private Integer abstentions;

    private Boolean adopted;

    @Column(name = "casting_vote_used", nullable = false)
    private boolean castingVoteUsed;

    @Column(name = "casting_seat_id")
    private Long castingSeatId;

    protected VoteRound() {}

    public VoteRound(Long itemId, int number, Instant openedAt, Instant closesAt, int electorateSize,
            int presentVoters, Long castingSeatId) {
        this.itemId = itemId;
        this.number = number;
        this.openedAt = openedAt;
        this.closesAt = closesAt;
        this.electorateSize = electorateSize;
        this.presentVoters = presentVoters;
        this.castingSeatId = castingSeatId;
    }

    /** Freezes the result; a round closes once. */
    public void close(Instant at, VoteOutcome outcome) {
        if (state != RoundState.OPEN) {
            throw new IllegalStateException("Round " + getId() + " is already closed");
        }
        state = RoundState.CLOSED;
        closedAt = at;
        votesFor = outcome.votesFor();
        votesAgainst = outcome.votesAgainst();
        abstentions = outcome.abstentions();
        adopted = outcome.adopted();
        castingVoteUsed = outcome.decidedByCastingVote();
    }

    public Long getItemId() {
        return itemId;
    }

    public int getNumber() {
        return number;
    }

    public RoundState getState() {
        return state;
    }

    public boolean isOpen() {
        return state == RoundState.OPEN;
    }

    public Instant getOpenedAt() {
        return openedAt;
    }

    public Instant getClosesAt() {
        return closesAt;
    }

    public Instant getClosedAt() {
        return closedAt;
    }

    public int getElectorateSize() {
        return electorateSize;
    }

    public int getPresentVoters() {
        return presentVoters;
    }

    public Integer getVotesFor() {
        return votesFor;
    }

    public Integer getVotesAgainst() {
        return votesAgainst;
    }

    public Integer getAbstentions() {
        return abstentions;
    }

    public Boolean getAdopted() {
        return adopted;
    }

    public boolean isCastingVoteUsed() {
        return castingVoteUsed;
    }

    public Long getCastingSeatId() {
        return castingSeatId;
    }
}
