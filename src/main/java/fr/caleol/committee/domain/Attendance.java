package fr.caleol.committee.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One stretch of presence of a seat in a sitting, from joining to leaving (open while still connected), through one
 * node: a member connected to two nodes has one open stretch on each, and a node lost ends its own.
 */
@Entity
@Table(name = "attendance")
public class Attendance {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "sitting_id", nullable = false)
    private Long sittingId;

    @Column(name = "seat_id", nullable = false)
    private Long seatId;

    @Column(name = "joined_at", nullable = false)
    private Instant joinedAt;

    @Column(name = "left_at")
    private Instant leftAt;

    @Column(name = "node_id", length = 80)
    private String nodeId;

    protected Attendance() {}

    public Attendance(Long sittingId, Long seatId, Instant joinedAt, String nodeId) {
        this.sittingId = sittingId;
        this.seatId = seatId;
        this.joinedAt = joinedAt;
        this.nodeId = nodeId;
    }

    public void leave(Instant at) {
        this.leftAt = at;
    }

    public Long getSittingId() {
        return sittingId;
    }

    public Long getSeatId() {
        return seatId;
    }

    public Instant getJoinedAt() {
        return joinedAt;
    }

    public Instant getLeftAt() {
        return leftAt;
    }

    /** The node through which the seat is connected (null for stretches recorded before there were several). */
    public String getNodeId() {
        return nodeId;
    }
}
