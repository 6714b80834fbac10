package fr.caleol.audit.service;

import fr.caleol.audit.domain.AuditAction;
import fr.caleol.audit.domain.AuditChain.Verification;
import fr.caleol.audit.domain.AuditChain;
import fr.caleol.audit.domain.AuditEntry;
import fr.caleol.audit.domain.AuditEvent;
import fr.caleol.audit.domain.AuditEventRepository;
import fr.caleol.security.domain.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.persistence.criteria.Predicate;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reading and verifying the audit log (ADMIN only). */
@Service
@RolesAllowed(Role.Names.ADMIN)
public class AuditService {

    private static final int VERIFY_BATCH = 1000;

    private final AuditEventRepository events;
    private final JdbcTemplate jdbc;
    private final AuditLog auditLog;
    private final AuditAppender appender;
    private final AuditCheckpoints checkpoints;

    AuditService(AuditEventRepository events, JdbcTemplate jdbc, AuditLog auditLog, AuditAppender appender,
            AuditCheckpoints checkpoints) {
        this.events = events;
        this.jdbc = jdbc;
        this.auditLog = auditLog;
        this.appender = appender;
        this.checkpoints = checkpoints;
    }

    /** Filters of the audit list; every field is optional. Dates are UTC days, both inclusive. */
    public record Filter(String actor, AuditAction action, LocalDate from, LocalDate to) {
        public static Filter none() {
            return new Filter(null, null, null, null);
        }
    }

    @Transactional(readOnly = true)
    public List<AuditEvent> list(Filter filter, Pageable pageable) {
        return events.findBy(toSpecification(filter), query -> query.slice(pageable)).getContent();
    }

    @Transactional(readOnly = true)
    public long count(Filter filter) {
        return events.count(toSpecification(filter));
    }

    private static Specification<AuditEvent> toSpecification(Filter filter) {
        return (root, query, cb) -> {
            List<Predicate> predicates = new ArrayList<>();
            if (filter.actor() != null && !filter.actor().isBlank()) {
                predicates.add(cb.like(cb.lower(root.get("actor")), "%" + filter.actor().trim().toLowerCase() + "%"));
            }
            if (filter.action() != null) {
                predicates.add(cb.equal(root.get("action"), filter.action().name()));
            }
            if (filter.from() != null) {
                predicates.add(cb.greaterThanOrEqualTo(root.get("occurredAt"), filter.from().atStartOfDay()));
            }
            if (filter.to() != null) {
                predicates.add(cb.lessThan(root.<LocalDateTime>get("occurredAt"), filter.to().plusDays(1).atStartOfDay()));
            }
            return cb.and(predicates.toArray(Predicate[]::new));
        };
    }

    /**
     * Walks the whole chain, keyed hashes under the audit key, and checks it against the latest signed checkpoint;
     * reports the first broken row. The check itself is audited, and an intact chain gets a new checkpoint.
     * The walk reads one snapshot of the chain (a read-only transaction), so rows appended meanwhile wait for the
     * next verification.
     */
    @Transactional(readOnly = true)
    public Verification verify() {
        appender.drainQuietly();
        AuditChain.Key key = appender.chainKey();
        Map<String, Object> head = jdbc.queryForMap("SELECT last_seq, last_hash FROM audit_chain_head WHERE id = 1");
        Verification result = AuditChain.verify(new BatchedEntries(),
                ((Number) head.get("last_seq")).longValue(), (String) head.get("last_hash"), key,
                checkpoints.latest(key.chainId()).orElse(null));
        auditLog.record(AuditAction.AUDIT_VERIFIED, "audit", null, result.intact()
                ? "intact, " + result.checkedRows() + " rows"
                : "broken at row " + result.firstBrokenId() + ": " + result.reason());
        if (result.intact()) {
            checkpoints.write();
        }
        return result;
    }

    /** Reads the chain in id order, a batch at a time (keyset paging), so a long log is never loaded at once. */
    private final class BatchedEntries implements Iterator<AuditEntry> {
        private List<AuditEntry> batch = List.of();
        private int position;
        private long lastId;
        private boolean exhausted;

        @Override
        public boolean hasNext() {
            if (position < batch.size()) {
                return true;
            }
            if (exhausted) {
                return false;
            }
            batch = jdbc.query("""
                    SELECT id, occurred_at, actor, action, object_type, object_id, details, previous_hash, hash,
                           keyed
                    FROM audit_event WHERE id > ? ORDER BY id LIMIT ?""",
                    (rs, n) -> new AuditEntry(rs.getLong("id"), rs.getObject("occurred_at", LocalDateTime.class),
                            rs.getString("actor"), rs.getString("action"), rs.getString("object_type"),
                            rs.getString("object_id"), rs.getString("details"), rs.getString("previous_hash"),
                            rs.getString("hash"), rs.getBoolean("keyed")),
                    lastId, VERIFY_BATCH);
            position = 0;
            exhausted = batch.size() < VERIFY_BATCH;
            return !batch.isEmpty();
        }

        @Override
        public AuditEntry next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            AuditEntry entry = batch.get(position++);
            lastId = entry.id();
            return entry;
        }
    }
}
