package fr.caleol.committee.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A member's declared conflict of interest on an item: no access to its dossiers, no vote on it. */
@Entity
@Table(name = "conflict_declaration")
public class ConflictDeclaration {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "item_id", nullable = false)
    private Long itemId;

    @Column(name = "seat_id", nullable = false)
    private Long seatId;

    @Column(name = "declared_at", nullable = false)
    private Instant declaredAt;

    @Column(length = 500)
    private String reason;

    protected ConflictDeclaration() {}

    public ConflictDeclaration(Long itemId, Long seatId, Instant declaredAt, String reason) {
        this.itemId = itemId;
        this.seatId = seatId;
        this.declaredAt = declaredAt;
        this.reason = reason;
    }

    public Long getItemId() {
        return itemId;
    }

    public Long getSeatId() {
        return seatId;
    }

    public Instant getDeclaredAt() {
        return declaredAt;
    }

    public String getReason() {
        return reason;
    }
}
