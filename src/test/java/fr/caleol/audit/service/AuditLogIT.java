package fr.caleol.audit.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.caleol.audit.domain.AuditAction;
import fr.caleol.audit.domain.AuditChain.Verification;
import fr.caleol.security.domain.Role;
import fr.caleol.support.IntegrationTest;
import fr.caleol.support.TestUsers;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.support.TransactionTemplate;

@IntegrationTest
class AuditLogIT {

    @Autowired AuditLog auditLog;
    @Autowired AuditService auditService;
    @Autowired JdbcTemplate jdbc;

    /**
     * What someone with database access beyond the application's would do: through CALEOL_TEST_TAMPER_URL /
     * _USER / _PASSWORD when set (CI runs the suite with an application account that may not UPDATE or DELETE
     * the audit rows), else through the application's own connection.
     */
    private JdbcTemplate tamper() {
        String url = System.getenv("CALEOL_TEST_TAMPER_URL");
        if (url == null || url.isBlank()) {
            return jdbc;
        }
        return new JdbcTemplate(new org.springframework.jdbc.datasource.DriverManagerDataSource(url,
                System.getenv("CALEOL_TEST_TAMPER_USER"), System.getenv("CALEOL_TEST_TAMPER_PASSWORD")));
    }
    @Autowired TransactionTemplate transaction;

    @AfterEach
    void logout() {
        TestUsers.anonymous();
    }

    @Test
    void recorded_events_form_an_intact_chain_even_when_written_concurrently() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Future<?>> writes = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            int n = i;
            writes.add(pool.submit(() -> auditLog.recordAs("tester", AuditAction.USER_UPDATED, "user", n, "concurrent")));
        }
        for (Future<?> write : writes) {
            write.get(30, TimeUnit.SECONDS);
        }
        pool.shutdown();
        TestUsers.actAs("admin", Role.ADMIN);
        assertThat(auditService.verify().intact()).isTrue();
    }

    @Test
    void a_row_changed_behind_the_application_is_found_by_the_verifier() {
        String marker = TestUsers.unique("tamper");
        auditLog.recordAs("tester", AuditAction.USER_UPDATED, "user", 1, marker);
        auditLog.recordAs("tester", AuditAction.USER_UPDATED, "user", 2, "after");
        long id = jdbc.queryForObject("SELECT id FROM audit_event WHERE details = ?", Long.class, marker);
        TestUsers.actAs("admin", Role.ADMIN);
        try {
            tamper().update("UPDATE audit_event SET details = 'roles=[ADMIN]' WHERE id = ?", id);
            Verification result = auditService.verify();
            assertThat(result.intact()).isFalse();
            assertThat(result.firstBrokenId()).isEqualTo(id);
            assertThat(result.reason()).isEqualTo(Verification.Reason.CONTENT_CHANGED);
        } finally {
            tamper().update("UPDATE audit_event SET details = ? WHERE id = ?", marker, id);
        }
        assertThat(auditService.verify().intact()).isTrue();
    }

    @Test
    void a_rolled_back_action_leaves_no_audit_row() {
        String marker = TestUsers.unique("rollback");
        transaction.executeWithoutResult(status -> {
            auditLog.recordAs("tester", AuditAction.USER_UPDATED, "user", 1, marker);
            status.setRollbackOnly();
        });
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_event WHERE details = ?", Integer.class, marker))
                .isZero();
    }

    @Test
    void only_an_administrator_may_read_or_verify_the_log() {
        for (Role role : Role.values()) {
            if (role == Role.ADMIN) {
                continue;
            }
            TestUsers.actAs("someone", role);
            assertThatThrownBy(() -> auditService.verify()).as(role.name()).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> auditService.count(AuditService.Filter.none())).as(role.name())
                    .isInstanceOf(AccessDeniedException.class);
        }
        TestUsers.anonymous();
        assertThatThrownBy(() -> auditService.verify())
                .isInstanceOf(org.springframework.security.core.AuthenticationException.class);
    }

    @Test
    void the_list_filters_by_actor_and_action() {
        String actor = TestUsers.unique("actor");
        auditLog.recordAs(actor, AuditAction.PASSWORD_CHANGED, "user", 1, null);
        auditLog.recordAs(actor, AuditAction.USER_UPDATED, "user", 1, null);
        TestUsers.actAs("admin", Role.ADMIN);
        var filter = new AuditService.Filter(actor, AuditAction.PASSWORD_CHANGED, null, null);
        assertThat(auditService.count(filter)).isEqualTo(1);
        assertThat(auditService.list(filter, org.springframework.data.domain.PageRequest.of(0, 10)))
                .singleElement().satisfies(e -> assertThat(e.getActor()).isEqualTo(actor));
    }

    @Test
    void a_middle_row_altered_with_every_later_hash_recomputed_is_found_without_the_key() {
        for (int i = 0; i < 4; i++) {
            auditLog.recordAs("tester", AuditAction.USER_UPDATED, "user", i, TestUsers.unique("recompute"));
        }
        TestUsers.actAs("admin", Role.ADMIN);
        assertThat(auditService.verify().intact()).isTrue();
        long last = jdbc.queryForObject("SELECT MAX(id) FROM audit_event", Long.class);
        long middle = last - 2;
        List<java.util.Map<String, Object>> saved = jdbc.queryForList(
                "SELECT id, details, previous_hash, hash, keyed FROM audit_event WHERE id >= ? ORDER BY id", middle);
        String headHash = jdbc.queryForObject("SELECT last_hash FROM audit_chain_head WHERE id = 1", String.class);
        try {
            // Someone with database access rewrites the row and recomputes the chain after it, as SHA-256 would.
            String previous = (String) saved.getFirst().get("previous_hash");
            for (var row : saved) {
                long id = ((Number) row.get("id")).longValue();
                var e = jdbc.queryForMap("SELECT occurred_at, actor, action, object_type, object_id FROM audit_event "
                        + "WHERE id = ?", id);
                String details = id == middle ? "roles=[ADMIN]" : (String) row.get("details");
                String hash = fr.caleol.audit.domain.AuditChain.hash(previous, id,
                        jdbc.queryForObject("SELECT occurred_at FROM audit_event WHERE id = ?",
                                java.time.LocalDateTime.class, id),
                        (String) e.get("actor"), (String) e.get("action"), (String) e.get("object_type"),
                        (String) e.get("object_id"), details);
                tamper().update("UPDATE audit_event SET details = ?, previous_hash = ?, hash = ? WHERE id = ?", details,
                        previous, hash, id);
                previous = hash;
            }
            tamper().update("UPDATE audit_chain_head SET last_hash = ? WHERE id = 1", previous);
            Verification result = auditService.verify();
            assertThat(result.intact()).isFalse();
            assertThat(result.firstBrokenId()).isEqualTo(middle);
            assertThat(result.reason()).isEqualTo(Verification.Reason.CONTENT_CHANGED);
        } finally {
            // the verification's own trace was chained after the rewritten rows: the test puts the chain back
            tamper().update("DELETE FROM audit_event WHERE id > ?", last);
            for (var row : saved) {
                tamper().update("UPDATE audit_event SET details = ?, previous_hash = ?, hash = ? WHERE id = ?",
                        row.get("details"), row.get("previous_hash"), row.get("hash"), row.get("id"));
            }
            tamper().update("UPDATE audit_chain_head SET last_seq = ?, last_hash = ? WHERE id = 1", last, headHash);
        }
        assertThat(auditService.verify().intact()).isTrue();
    }

    @Test
    void the_last_rows_deleted_with_the_head_rewound_are_found_by_the_signed_checkpoint() {
        for (int i = 0; i < 3; i++) {
            auditLog.recordAs("tester", AuditAction.USER_UPDATED, "user", i, TestUsers.unique("tail"));
        }
        TestUsers.actAs("admin", Role.ADMIN);
        assertThat(auditService.verify().intact()).as("and a checkpoint of this head is written").isTrue();
        var head = jdbc.queryForMap("SELECT last_seq, last_hash FROM audit_chain_head WHERE id = 1");
        long last = ((Number) head.get("last_seq")).longValue();
        List<java.util.Map<String, Object>> removed = jdbc.queryForList(
                "SELECT * FROM audit_event WHERE id > ? ORDER BY id", last - 3);
        try {
            tamper().update("DELETE FROM audit_event WHERE id > ?", last - 3);
            tamper().update("UPDATE audit_chain_head SET last_seq = ?, last_hash = ? WHERE id = 1", last - 3,
                    removed.getFirst().get("previous_hash"));
            Verification result = auditService.verify();
            assertThat(result.intact()).isFalse();
            assertThat(result.reason()).isEqualTo(Verification.Reason.ROWS_REMOVED_SINCE_CHECKPOINT);
        } finally {
            // the verification's own trace was chained onto the rewound head: the test puts the chain back as it was
            tamper().update("DELETE FROM audit_event WHERE id > ?", last - 3);
            restore(removed, head);
        }
        assertThat(auditService.verify().intact()).isTrue();
    }

    @Test
    void a_head_rewound_alone_is_found() {
        auditLog.recordAs("tester", AuditAction.USER_UPDATED, "user", 1, TestUsers.unique("rewind"));
        TestUsers.actAs("admin", Role.ADMIN);
        var head = jdbc.queryForMap("SELECT last_seq, last_hash FROM audit_chain_head WHERE id = 1");
        long last = ((Number) head.get("last_seq")).longValue();
        String previous = jdbc.queryForObject("SELECT previous_hash FROM audit_event WHERE id = ?", String.class, last);
        try {
            tamper().update("UPDATE audit_chain_head SET last_seq = ?, last_hash = ? WHERE id = 1", last - 1, previous);
            assertThat(auditService.verify().intact()).isFalse();
        } finally {
            // the verification's trace could not be chained onto the rewound head (its id is taken): drop it
            tamper().update("DELETE FROM audit_pending");
            tamper().update("UPDATE audit_chain_head SET last_seq = ?, last_hash = ? WHERE id = 1", head.get("last_seq"),
                    head.get("last_hash"));
        }
        assertThat(auditService.verify().intact()).isTrue();
    }

    private void restore(List<java.util.Map<String, Object>> rows, java.util.Map<String, Object> head) {
        for (var row : rows) {
            tamper().update("""
                    INSERT INTO audit_event (id, occurred_at, actor, action, object_type, object_id, details,
                                             previous_hash, hash, keyed) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                    row.get("id"), row.get("occurred_at"), row.get("actor"), row.get("action"),
                    row.get("object_type"), row.get("object_id"), row.get("details"), row.get("previous_hash"),
                    row.get("hash"), row.get("keyed"));
        }
        tamper().update("UPDATE audit_chain_head SET last_seq = ?, last_hash = ? WHERE id = 1", head.get("last_seq"),
                head.get("last_hash"));
    }

    @Test
    void the_application_account_may_only_add_audit_rows_where_the_grants_say_so() {
        org.junit.jupiter.api.Assumptions.assumeTrue("true".equals(System.getenv("CALEOL_TEST_INSERT_ONLY_AUDIT")),
                "run by .ci/run with the INSERT-only audit grants");
        assertThatThrownBy(() -> jdbc.update("UPDATE audit_event SET details = 'x' WHERE id = 1"))
                .isInstanceOf(org.springframework.dao.DataAccessException.class);
        assertThatThrownBy(() -> jdbc.update("DELETE FROM audit_event WHERE id = 1"))
                .isInstanceOf(org.springframework.dao.DataAccessException.class);
    }
}
