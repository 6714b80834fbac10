package fr.caleol.committee.domain;

import fr.caleol.base.domain.AbstractEntity;
import fr.caleol.housing.domain.Dwelling;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** A vacant dwelling on a sitting's agenda, examined with its candidates. */
@Entity
@Table(name = "agenda_item")
public class AgendaItem extends AbstractEntity {

    /** Candidates an item needs unless an exception is recorded. */
    public static final int MIN_CANDIDATES = 3;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "sitting_id")
    private Sitting sitting;

    @Column(nullable = false)
    private int position;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "dwelling_id")
    private Dwelling dwelling;

    @Enumerated(EnumType.STRING)
    @Column(name = "exception_reason", length = 32)
    private AgendaException exception;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private ItemState state = ItemState.PENDING;

    @Column(name = "withdrawn_reason", length = 500)
    private String withdrawnReason;

    @Column(name = "sent_back", nullable = false)
    private boolean sentBack;

    @Column(name = "taken_up_by")
    private Long takenUpBy;

    protected AgendaItem() {}

    public AgendaItem(Sitting sitting, int position, Dwelling dwelling) {
        this.sitting = sitting;
        this.position = position;
        this.dwelling = dwelling;
    }

    public Sitting getSitting() {
        return sitting;
    }

    public int getPosition() {
        return position;
    }

    public Dwelling getDwelling() {
        return dwelling;
    }

    public AgendaException getException() {
        return exception;
    }

    public void setException(AgendaException exception) {
        this.exception = exception;
    }

    public ItemState getState() {
        return state;
    }

    public void setState(ItemState state) {
        this.state = state;
    }

    public String getWithdrawnReason() {
        return withdrawnReason;
    }

    public void withdraw(String reason) {
        this.state = ItemState.WITHDRAWN;
        this.withdrawnReason = reason;
    }

    /** Withdraws the item at a member's request, to be examined in an in-person sitting. */
    public void sendBack(String reason) {
        withdraw(reason);
        this.sentBack = true;
    }

    /** Whether the item was sent back to an in-person sitting (renvoi en séance physique). */
    public boolean isSentBack() {
        return sentBack;
    }

    /** The item of an in-person sitting's agenda that took this sent-back item up, if any. */
    public Long getTakenUpBy() {
        return takenUpBy;
    }

    public void takenUpBy(long itemId) {
        this.takenUpBy = itemId;
    }
}
