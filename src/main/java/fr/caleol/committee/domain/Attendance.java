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
 * node: a member connected to two nodes has one open stretch on each, and a node lost ends its own. In a hybrid or
 * in-person sitting, a stretch in the room is recorded by the secretary, from arrival to departure, through no node.
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

    @Column(name = "in_room", nullable = false)
    private boolean inRoom;

    @Column(name = "recorded_by", length = 64)
    private String recordedBy;

    protected Attendance() {}

    public Attendance(Long sittingId, Long seatId, Instant joinedAt, String nodeId) {
        this.sittingId = sittingId;
        this.seatId = seatId;
        this.joinedAt = joinedAt;
        this.nodeId = nodeId;
    }

    /** A member's arrival in the room, recorded by the secretary {@code recordedBy}. */
    public static Attendance inRoom(Long sittingId, Long seatId, Instant arrivedAt, String recordedBy) {
        Attendance stretch = new Attendance(sittingId, seatId, arrivedAt, null);
        stretch.inRoom = true;
        stretch.recordedBy = recordedBy;
        return stretch;
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

    /** Whether this is a stretch in the room (recorded by the secretary) rather than online. */
    public boolean isInRoom() {
        return inRoom;
    }

    public String getRecordedBy() {
        return recordedBy;
    }
}
