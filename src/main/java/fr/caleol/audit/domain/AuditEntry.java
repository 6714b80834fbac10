package fr.caleol.audit.domain;

import java.time.LocalDateTime;

/**
 * One row of the audit chain as stored. {@code occurredAt} is in UTC with microsecond precision, exactly as the
 * database keeps it, so that the hash can be recomputed from what is read back.
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
        String hash) {}
