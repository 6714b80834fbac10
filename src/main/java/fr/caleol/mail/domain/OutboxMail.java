package fr.caleol.mail.domain;

import fr.caleol.base.domain.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One mail in the outbox: written in the transaction of the act that causes it (so a rolled-back act sends nothing),
 * rendered once from its template (the text shown to the administrator is the text sent), delivered after commit.
 */
@Entity
@Table(name = "mail_outbox")
public class OutboxMail extends AbstractEntity {

    public static final int SUBJECT_MAX = 300;
    public static final int ERROR_MAX = 500;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    private MailKind kind;

    @Column(nullable = false, length = 254)
    private String recipient;

    @Column(name = "recipient_name", length = 128)
    private String recipientName;

    @Column(name = "user_id")
    private Long userId;

    @Column(nullable = false, length = SUBJECT_MAX)
    private String subject;

    @Column(nullable = false, columnDefinition = "mediumtext")
    private String body;

    @Column(columnDefinition = "mediumtext")
    private String calendar;

    @Column(name = "calendar_method", length = 16)
    private String calendarMethod;

    @Column(length = 64)
    private String about;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private MailState state = MailState.QUEUED;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "next_attempt_at", nullable = false)
    private Instant nextAttemptAt;

    @Column(name = "last_error", length = ERROR_MAX)
    private String lastError;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "sent_at")
    private Instant sentAt;

    protected OutboxMail() {}

    public OutboxMail(MailKind kind, String recipient, String recipientName, Long userId, String subject, String body,
            String about, Instant now) {
        this.kind = kind;
        this.recipient = recipient;
        this.recipientName = recipientName;
        this.userId = userId;
        this.subject = subject.length() > SUBJECT_MAX ? subject.substring(0, SUBJECT_MAX) : subject;
        this.body = body;
        this.about = about;
        this.createdAt = now;
        this.nextAttemptAt = now;
    }

    /** Joins an iCalendar object (RFC 5545 text) with its METHOD, e.g. REQUEST or CANCEL. */
    public void attachCalendar(String text, String method) {
        this.calendar = text;
        this.calendarMethod = method;
    }

    /** Queues a FAILED message again, for one more round of attempts (an administrator's decision). */
    public void requeue(Instant now) {
        if (state != MailState.FAILED) {
            throw new IllegalStateException("Only a failed mail is sent again");
        }
        state = MailState.QUEUED;
        attempts = 0;
        nextAttemptAt = now;
    }

    public MailKind getKind() {
        return kind;
    }

    public String getRecipient() {
        return recipient;
    }

    public String getRecipientName() {
        return recipientName;
    }

    public Long getUserId() {
        return userId;
    }

    public String getSubject() {
        return subject;
    }

    public String getBody() {
        return body;
    }

    public String getCalendar() {
        return calendar;
    }

    public String getCalendarMethod() {
        return calendarMethod;
    }

    public String getAbout() {
        return about;
    }

    public MailState getState() {
        return state;
    }

    public int getAttempts() {
        return attempts;
    }

    public Instant getNextAttemptAt() {
        return nextAttemptAt;
    }

    public String getLastError() {
        return lastError;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getSentAt() {
        return sentAt;
    }
}
