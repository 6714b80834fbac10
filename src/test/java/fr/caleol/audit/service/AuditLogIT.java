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
            jdbc.update("UPDATE audit_event SET details = 'roles=[ADMIN]' WHERE id = ?", id);
            Verification result = auditService.verify();
            assertThat(result.intact()).isFalse();
            assertThat(result.firstBrokenId()).isEqualTo(id);
            assertThat(result.reason()).isEqualTo(Verification.Reason.CONTENT_CHANGED);
        } finally {
            jdbc.update("UPDATE audit_event SET details = ? WHERE id = ?", marker, id);
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
}
