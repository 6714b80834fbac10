package fr.caleol.mail.domain;

import java.time.Instant;
import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface OutboxMailRepository extends JpaRepository<OutboxMail, Long> {

    /** The ids of the messages due for an attempt, oldest first. */
    @Query("SELECT m.id FROM OutboxMail m WHERE m.state = fr.caleol.mail.domain.MailState.QUEUED "
            + "AND m.nextAttemptAt <= :now ORDER BY m.nextAttemptAt, m.id")
    List<Long> findDue(@Param("now") Instant now, Pageable page);

    /**
     * Takes a queued message for delivery (its next attempt time then says when it was taken); 0 when another
     * dispatcher took it first.
     */
    @Modifying
    @Query("UPDATE OutboxMail m SET m.state = fr.caleol.mail.domain.MailState.SENDING, m.attempts = m.attempts + 1, "
            + "m.nextAttemptAt = :now, m.version = m.version + 1 "
            + "WHERE m.id = :id AND m.state = fr.caleol.mail.domain.MailState.QUEUED")
    int claim(@Param("id") long id, @Param("now") Instant now);

    @Modifying
    @Query("UPDATE OutboxMail m SET m.state = fr.caleol.mail.domain.MailState.SENT, m.sentAt = :now, "
            + "m.lastError = NULL, m.version = m.version + 1 WHERE m.id = :id")
    int markSent(@Param("id") long id, @Param("now") Instant now);

    /** After a failed attempt: QUEUED again at {@code next}, or FAILED when {@code state} says so. */
    @Modifying
    @Query("UPDATE OutboxMail m SET m.state = :state, m.nextAttemptAt = :next, m.lastError = :error, "
            + "m.version = m.version + 1 WHERE m.id = :id")
    int markAttemptFailed(@Param("id") long id, @Param("state") MailState state, @Param("next") Instant next,
            @Param("error") String error);

    /** Messages left SENDING before {@code before} (a node stopped mid-delivery): failed, never sent twice. */
    @Modifying
    @Query("UPDATE OutboxMail m SET m.state = fr.caleol.mail.domain.MailState.FAILED, m.lastError = :error, "
            + "m.version = m.version + 1 WHERE m.state = fr.caleol.mail.domain.MailState.SENDING "
            + "AND m.nextAttemptAt < :before")
    int failInterrupted(@Param("before") Instant before, @Param("error") String error);

    @Query("SELECT m FROM OutboxMail m WHERE (:state IS NULL OR m.state = :state) AND (:kind IS NULL OR m.kind = :kind)"
            + " AND (:recipient IS NULL OR m.recipient LIKE :recipient)")
    List<OutboxMail> search(@Param("state") MailState state, @Param("kind") MailKind kind,
            @Param("recipient") String recipient, Pageable page);

    @Query("SELECT COUNT(m) FROM OutboxMail m WHERE (:state IS NULL OR m.state = :state) "
            + "AND (:kind IS NULL OR m.kind = :kind) AND (:recipient IS NULL OR m.recipient LIKE :recipient)")
    long countSearch(@Param("state") MailState state, @Param("kind") MailKind kind,
            @Param("recipient") String recipient);

    List<OutboxMail> findByAboutOrderById(String about);

    long countByState(MailState state);
}
