package fr.caleol.committee.domain;

import fr.caleol.base.domain.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/**
 * The follow-up of a decision once the minutes are published: the offer of a dwelling to one ranked candidate
 * (made in rank order) or the suspensive condition of a conditional attribution (PENDING until the document comes).
 */
@Entity
@Table(name = "offer")
public class Offer extends AbstractEntity {

    @Column(name = "item_id", nullable = false)
    private Long itemId;

    @Column(name = "application_id", nullable = false)
    private Long applicationId;

    /** OFFER: an offer of a ranked attribution; CONDITION: the suspensive condition of a conditional one. */
    public enum Kind { OFFER, CONDITION }

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Kind kind;

    @Column(name = "rank_order", nullable = false)
    private int rank;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private OfferState state = OfferState.WAITING;

    @Column(name = "notified_on")
    private LocalDate notifiedOn;

    @Column(name = "reply_deadline")
    private LocalDate replyDeadline;

    @Column(name = "answered_at")
    private Instant answeredAt;

    @Column(name = "answered_by", length = 64)
    private String answeredBy;

    /** The number of the registered letter that notified the offer (lettre recommandée avec accusé de réception). */
    @Column(name = "registered_letter", length = REGISTERED_LETTER_MAX)
    private String registeredLetter;

    /** Whether this candidate's letter is still to be sent (the offer passed to them after the publication). */
    @Column(name = "letter_due", nullable = false)
    private boolean letterDue;

    /** Whether the secretaries were told, once, that this condition passed its deadline. */
    @Column(name = "overdue_notified", nullable = false)
    private boolean overdueNotified;

    public static final int REGISTERED_LETTER_MAX = 40;

    protected Offer() {}

    public Offer(Kind kind, Long itemId, Long applicationId, int rank) {
        this.kind = kind;
        this.itemId = itemId;
        this.applicationId = applicationId;
        this.rank = rank;
    }

    public void make(LocalDate notifiedOn, LocalDate replyDeadline) {
        this.state = OfferState.PENDING;
        this.notifiedOn = notifiedOn;
        this.replyDeadline = replyDeadline;
    }

    /** Makes the offer to a candidate further down the ranks: their letter is owed until it is sent. */
    public void passTo(LocalDate notifiedOn) {
        make(notifiedOn, FrenchCalendar.replyDeadline(notifiedOn));
        this.letterDue = true;
    }

    /**
     * Records the notification of a pending offer: the day the registered letter was first presented (or the letter
     * handed over) and its number. The reply deadline is counted again from that day; a condition keeps the
     * committee's deadline. The letter is no longer owed.
     */
    public void notified(LocalDate firstPresentation, String registeredLetter) {
        if (state != OfferState.PENDING) {
            throw new IllegalStateException("Offer " + getId() + " is not pending");
        }
        this.notifiedOn = firstPresentation;
        this.registeredLetter = registeredLetter;
        this.letterDue = false;
        if (kind == Kind.OFFER) {
            this.replyDeadline = FrenchCalendar.replyDeadline(firstPresentation);
        }
    }

    public String getRegisteredLetter() {
        return registeredLetter;
    }

    public boolean isLetterDue() {
        return letterDue;
    }

    public void answer(OfferState answer, Instant at, String by) {
        if (state != OfferState.PENDING) {
            throw new IllegalStateException("Offer " + getId() + " is not pending");
        }
        this.state = answer;
        this.answeredAt = at;
        this.answeredBy = by;
    }

    public Kind getKind() {
        return kind;
    }

    /** A pending offer or condition whose deadline has passed (the day after it, midnight passed). */
    public boolean isOverdue(LocalDate today) {
        return state == OfferState.PENDING && replyDeadline != null && today.isAfter(replyDeadline);
    }

    public Long getItemId() {
        return itemId;
    }

    public Long getApplicationId() {
        return applicationId;
    }

    public int getRank() {
        return rank;
    }

    public OfferState getState() {
        return state;
    }

    public LocalDate getNotifiedOn() {
        return notifiedOn;
    }

    public LocalDate getReplyDeadline() {
        return replyDeadline;
    }

    public Instant getAnsweredAt() {
        return answeredAt;
    }

    public boolean isOverdueNotified() {
        return overdueNotified;
    }

    public void markOverdueNotified() {
        this.overdueNotified = true;
    }
}
