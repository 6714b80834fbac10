package fr.caleol.audit.service;

import fr.caleol.audit.domain.AuditAction;
import fr.caleol.audit.domain.AuditChain;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Appends to the audit chain. Every feature calls it inside its own transaction, so an action and its audit row
 * commit or roll back together. Appends are serialised by a row lock on the chain head.
 *
 * <p>A read audited inside a read-only transaction (opening a dossier, exporting a list) is appended in a short
 * transaction of its own: the database refuses writes in a read-only one, and the trace of a read must stay whatever
 * happens next.
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

    private final TransactionTemplate ownTransaction;

    public AuditLog(JdbcTemplate jdbc, Clock clock, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.clock = clock;
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
            ownTransaction.executeWithoutResult(status -> append(actor, action, objectType, objectId, details));
        } else {
            append(actor, action, objectType, objectId, details);
        }
    }

    private void append(String actor, AuditAction action, String objectType, Object objectId, String details) {
        Map<String, Object> head =
                jdbc.queryForMap("SELECT last_seq, last_hash FROM audit_chain_head WHERE id = 1 FOR UPDATE");
        long id = ((Number) head.get("last_seq")).longValue() + 1;
        String previousHash = (String) head.get("last_hash");
        LocalDateTime now = LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
        String object = objectId == null ? null : truncate(objectId.toString(), OBJECT_MAX);
        String text = details == null ? null : truncate(details, DETAILS_MAX);
        String safeActor = actor == null || actor.isBlank() ? SYSTEM_ACTOR : truncate(actor, ACTOR_MAX);
        objectType = objectType == null ? null : truncate(objectType, OBJECT_MAX);
        String hash = AuditChain.hash(previousHash, id, now, safeActor, action.name(), objectType, object, text);
        jdbc.update("""
                INSERT INTO audit_event (id, occurred_at, actor, action, object_type, object_id, details, previous_hash, hash)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                id, now, safeActor, action.name(), objectType, object, text, previousHash, hash);
        jdbc.update("UPDATE audit_chain_head SET last_seq = ?, last_hash = ? WHERE id = 1", id, hash);
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
