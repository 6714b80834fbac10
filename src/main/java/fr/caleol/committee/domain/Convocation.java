package fr.caleol.committee.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;

/** A seat convened to a sitting: only convened members may join it and read its dossiers. */
@Entity
@Table(name = "convocation")
public class Convocation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "sitting_id")
    private Sitting sitting;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "seat_id")
    private Seat seat;

    @Column(name = "convened_at", nullable = false)
    private Instant convenedAt;

    protected Convocation() {}

    public Convocation(Sitting sitting, Seat seat, Instant convenedAt) {
        this.sitting = sitting;
        this.seat = seat;
        this.convenedAt = convenedAt;
    }

    public Sitting getSitting() {
        return sitting;
    }

    public Seat getSeat() {
        return seat;
    }

    public Instant getConvenedAt() {
        return convenedAt;
    }
}
