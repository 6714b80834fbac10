package fr.caleol.audit.service;

import fr.caleol.audit.domain.AuditChain;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.IntSupplier;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Moves the queued audit rows onto the chain, in short transactions of their own: the head's row lock is held only
 * while a batch is hashed and inserted, never during the audited action. Several nodes may drain at once: the head
 * lock orders them. Each row's hash is the HMAC of {@link AuditChain#mac} under the audit key.
 */
@Component
class AuditAppender {

    private static final Logger log = LoggerFactory.getLogger(AuditAppender.class);
    static final int BATCH = 500;

    private final JdbcTemplate jdbc;
    private final AuditKey key;
    private final TransactionTemplate shortTransaction;
    private final ReentrantLock draining = new ReentrantLock();
    private final AtomicBoolean requested = new AtomicBoolean();

    AuditAppender(JdbcTemplate jdbc, AuditKey key, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.key = key;
        this.shortTransaction = new TransactionTemplate(transactions);
        this.shortTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.shortTransaction.setIsolationLevel(TransactionDefinition.ISOLATION_READ_COMMITTED);
    }

    /** Chains every queued row, waiting for a drain already under way. */
    void drain() {
        draining.lock();
        try {
            untilQueueEmpty(this::batch);
        } finally {
            draining.unlock();
        }
    }

    /**
     * After a commit: chains the queue unless another thread is already at it (that thread then goes round once
     * more), so a committing thread never waits for another one while holding its connection. A failure is logged
     * and left to the next drain: the queued rows stay queued.
     */
    void drainQuietly() {
        requested.set(true);
        while (requested.get() && draining.tryLock()) {
            try {
                while (requested.getAndSet(false)) {
                    untilQueueEmpty(this::batch);
                }
            } catch (RuntimeException e) {
                log.warn("Audit rows left queued, chained at the next drain: {}", e.getMessage(), e);
                return;
            } finally {
                draining.unlock();
            }
        }
    }

    /** The chain's id and its key. */
    AuditChain.Key chainKey() {
        return new AuditChain.Key(key.secret(), jdbc.queryForObject(
                "SELECT chain_id FROM audit_chain_head WHERE id = 1", String.class));
    }

    /**
     * Chains the queue inside the current transaction, when that transaction is the audit row's own (a login, a read
     * audited on its own): it is as short as the drain's, and one commit instead of two.
     */
    void drainInCurrentTransaction() {
        try {
            untilQueueEmpty(this::chain);
        } catch (DataAccessException e) {
            // The row stays queued and the action goes on; a chain that cannot grow (a head rewound behind its
            // rows) is what the verifier then reports.
            log.error("Audit rows left queued: {}", e.getMessage());
        }
    }

    /** Runs {@code step} (chaining at most one batch) again while it moved a full batch: there may be more. */
    private static void untilQueueEmpty(IntSupplier step) {
        for (int moved = step.getAsInt(); moved == BATCH; moved = step.getAsInt()) {
            // a full batch moved: go round once more
        }
    }

    private int batch() {
        Integer moved = shortTransaction.execute(status -> chain());
        return moved == null ? 0 : moved;
    }

    private int chain() {
        Map<String, Object> head = jdbc.queryForMap(
                "SELECT last_seq, last_hash, chain_id FROM audit_chain_head WHERE id = 1 FOR UPDATE");
        List<Pending> pending = jdbc.query("""
                SELECT id, occurred_at, actor, action, object_type, object_id, details
                FROM audit_pending ORDER BY id LIMIT ?""", (rs, n) -> new Pending(rs.getLong("id"),
                rs.getObject("occurred_at", LocalDateTime.class), rs.getString("actor"), rs.getString("action"),
                rs.getString("object_type"), rs.getString("object_id"), rs.getString("details")), BATCH);
        if (pending.isEmpty()) {
            return 0;
        }
        AuditChain.Key chain = new AuditChain.Key(key.secret(), (String) head.get("chain_id"));
        long seq = ((Number) head.get("last_seq")).longValue();
        String previous = (String) head.get("last_hash");
        List<Object[]> rows = new ArrayList<>(pending.size());
        List<Object> ids = new ArrayList<>(pending.size());
        for (Pending p : pending) {
            seq++;
            String hash = AuditChain.mac(chain, previous, seq, p.at(), p.actor(), p.action(), p.type(),
                    p.object(), p.details());
            rows.add(new Object[] {seq, p.at(), p.actor(), p.action(), p.type(), p.object(), p.details(),
                previous, hash});
            ids.add(p.id());
            previous = hash;
        }
        jdbc.batchUpdate("""
                INSERT INTO audit_event (id, occurred_at, actor, action, object_type, object_id, details,
                                         previous_hash, hash, keyed)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, TRUE)""", rows);
        jdbc.update("DELETE FROM audit_pending WHERE id IN (" + String.join(",",
                ids.stream().map(id -> "?").toList()) + ")", ids.toArray());
        jdbc.update("UPDATE audit_chain_head SET last_seq = ?, last_hash = ? WHERE id = 1", seq, previous);
        return pending.size();
    }

    private record Pending(long id, LocalDateTime at, String actor, String action, String type, String object,
            String details) {}
}
