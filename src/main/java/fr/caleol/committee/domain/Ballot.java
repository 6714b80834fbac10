package fr.caleol.committee.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.Immutable;

/**
 * A member's named ballot in a round, for a voting place (the titular seat: the voter's own, or his titular's for a
 * substitute); one per place and round (unique key), never changed.
 */
@Entity
@Immutable
@Table(name = "ballot")
public class Ballot {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "round_id", nullable = false)
    private Long roundId;

    @Column(name = "seat_id", nullable = false)
    private Long seatId;

    @Column(name = "place_seat_id", nullable = false)
    private Long placeSeatId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 8)
    private BallotChoice choice;

    @Column(name = "cast_at", nullable = false)
    private Instant castAt;

    @Column(name = "recorded_by", length = 64)
    private String recordedBy;

    protected Ballot() {}

    public Ballot(Long roundId, Long seatId, Long placeSeatId, BallotChoice choice, Instant castAt) {
        this.roundId = roundId;
        this.seatId = seatId;
        this.placeSeatId = placeSeatId;
        this.choice = choice;
        this.castAt = castAt;
    }

    /** A ballot cast in the room, recorded by the secretary {@code recordedBy}. */
    public static Ballot recordedInRoom(Long roundId, Long seatId, Long placeSeatId, BallotChoice choice,
            Instant castAt, String recordedBy) {
        Ballot ballot = new Ballot(roundId, seatId, placeSeatId, choice, castAt);
        ballot.recordedBy = recordedBy;
        return ballot;
    }

    public Long getRoundId() {
        return roundId;
    }

    public Long getSeatId() {
        return seatId;
    }

    /** The voting place this ballot was cast for (the titular seat). */
    public Long getPlaceSeatId() {
        return placeSeatId;
    }

    public BallotChoice getChoice() {
        return choice;
    }

    public Instant getCastAt() {
        return castAt;
    }

    /** Who recorded this ballot cast in the room; null for a ballot the member cast online. */
    public String getRecordedBy() {
        return recordedBy;
    }
}
