package fr.caleol.committee.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.io.Serializable;
import org.hibernate.annotations.Immutable;

/** One seat's part in a vote round, frozen when the round opened; never changed. */
@Entity
@Immutable
@Table(name = "vote_round_seat")
public class RoundSeat {

    /** The key: a round and a seat. */
    @Embeddable
    public record Key(@Column(name = "round_id") Long roundId, @Column(name = "seat_id") Long seatId)
            implements Serializable {}

    @EmbeddedId
    private Key key;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Electorate.Role role;

    /** For a voter, the place (titular seat) he votes for; null otherwise. */
    @Column(name = "place_seat_id")
    private Long placeSeatId;

    protected RoundSeat() {}

    public RoundSeat(long roundId, long seatId, Electorate.Role role, Long placeSeatId) {
        this.key = new Key(roundId, seatId);
        this.role = role;
        this.placeSeatId = placeSeatId;
    }

    public Long getRoundId() {
        return key.roundId();
    }

    public Long getSeatId() {
        return key.seatId();
    }

    public Electorate.Role getRole() {
        return role;
    }

    public Long getPlaceSeatId() {
        return placeSeatId;
    }
}
