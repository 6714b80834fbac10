package fr.caleol.audit.domain;

import java.time.LocalDateTime;

/**
 * One row of the audit chain as stored. {@code occurredAt} is in UTC with microsecond precision, exactly as the
 * database keeps it, so that the hash can be recomputed from what is read back. {@code keyed}: the hash is an HMAC
 * under the audit key (every row since V19), else a plain SHA-256 (rows written before).
 */
public record AuditEntry(
        long id,
        LocalDateTime occurredAt,
        String actor,
        String action,
        String objectType,
        String objectId,
        String details,
        String previousHash,
        String hash,
        boolean keyed) {

    /** A row of the plain SHA-256 chain (written before the audit key). */
    public AuditEntry(long id, LocalDateTime occurredAt, String actor, String action, String objectType,
            String objectId, String details, String previousHash, String hash) {
        this(id, occurredAt, actor, action, objectType, objectId, details, previousHash, hash, false);
    }
}
