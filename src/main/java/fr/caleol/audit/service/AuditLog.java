package fr.caleol.audit.service;

import fr.caleol.audit.domain.AuditAction;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.interceptor.TransactionAspectSupport;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Appends to the audit chain. Every feature calls it inside its own transaction, so an action and its audit row
 * commit or roll back together: the row is queued ({@code audit_pending}) in that transaction, without any lock,
 * and {@link AuditAppender} chains it right after the commit in a short transaction of its own. A long transaction
 * (a ledger import) therefore never holds the chain's head, and no login or ballot waits for it.
 *
 * When the audit row is a transaction's only work (a login failure, a read audited inside a read-only transaction,
 * which gets a short transaction of its own since the database refuses writes in a read-only one), it is chained at
 * once in that same short transaction.
 *
 * <p>This is infrastructure rather than a user action, hence no role check: whoever may perform the audited action
 * may leave its trace.
 */
@Component
public class AuditLog {

    static final int DETAILS_MAX = 2000;
    /** The sizes of audit_event's columns: a longer value (a 70-character user name typed at login) is cut. */
    static final int ACTOR_MAX = 64;
    static final int OBJECT_MAX = 64;
    public static final String SYSTEM_ACTOR = "system";

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final AuditAppender appender;
    private final TransactionTemplate ownTransaction;

    public AuditLog(JdbcTemplate jdbc, Clock clock, PlatformTransactionManager transactions, AuditAppender appender) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.appender = appender;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** Records an action of the authenticated user (or "system" when nobody is logged in). */
    @Transactional
    public void record(AuditAction action, String objectType, Object objectId, String details) {
        recordAs(currentActor(), action, objectType, objectId, details);
    }

    /** Records an action whose actor is known but not (yet) authenticated, e.g. a failed login. */
    @Transactional
    public void recordAs(String actor, AuditAction action, String objectType, Object objectId, String details) {
        if (TransactionSynchronizationManager.isCurrentTransactionReadOnly()) {
            ownTransaction.executeWithoutResult(status -> {
                enqueue(actor, action, objectType, objectId, details);
                appender.drainInCurrentTransaction();
            });
        } else if (TransactionAspectSupport.currentTransactionStatus().isNewTransaction()) {
            // the audit row is this transaction's only work: chain it at once, in the same short transaction
            enqueue(actor, action, objectType, objectId, details);
            appender.drainInCurrentTransaction();
        } else {
            enqueue(actor, action, objectType, objectId, details);
        }
    }

    private void enqueue(String actor, AuditAction action, String objectType, Object objectId, String details) {
        LocalDateTime now = LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
        jdbc.update("""
                INSERT INTO audit_pending (occurred_at, actor, action, object_type, object_id, details)
                VALUES (?, ?, ?, ?, ?, ?)""",
                now, actor == null || actor.isBlank() ? SYSTEM_ACTOR : truncate(actor, ACTOR_MAX), action.name(),
                objectType == null ? null : truncate(objectType, OBJECT_MAX),
                objectId == null ? null : truncate(objectId.toString(), OBJECT_MAX),
                details == null ? null : truncate(details, DETAILS_MAX));
        // Once per transaction: chain what it queued as soon as it commits.
        if (TransactionSynchronizationManager.getSynchronizations().stream()
                .noneMatch(DrainAfterCommit.class::isInstance)) {
            TransactionSynchronizationManager.registerSynchronization(new DrainAfterCommit(appender));
        }
    }

    /** Chains the rows a transaction queued, once it has committed. */
    private record DrainAfterCommit(AuditAppender appender) implements TransactionSynchronization {
        @Override
        public void afterCommit() {
            appender.drainQuietly();
        }
    }

    private static String currentActor() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || authentication instanceof AnonymousAuthenticationToken) {
            return SYSTEM_ACTOR;
        }
        return authentication.getName();
    }

    /** Cut to {@code max} characters, marked with an ellipsis, never splitting a surrogate pair. */
    static String truncate(String value, int max) {
        if (value.length() <= max) {
            return value;
        }
        int end = max - 1;
        if (Character.isHighSurrogate(value.charAt(end - 1))) {
            end--;
        }
        return value.substring(0, end) + "…";
    }
}
