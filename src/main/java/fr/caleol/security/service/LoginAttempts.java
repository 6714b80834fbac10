package fr.caleol.security.service;

import fr.caleol.audit.domain.AuditAction;
import fr.caleol.audit.service.AuditLog;
import fr.caleol.security.domain.AppUser;
import fr.caleol.security.domain.AppUserRepository;
import java.time.Clock;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.authentication.event.LogoutSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counts failed logins and locks an account after {@value AppUser#MAX_FAILED_ATTEMPTS} failures in a row for
 * {@link AppUser#LOCK_DURATION} (stored in the database, so the lock survives a restart); audits every login.
 */
@Component
class LoginAttempts {

    private final AppUserRepository users;
    private final AuditLog auditLog;
    private final Clock clock;

    LoginAttempts(AppUserRepository users, AuditLog auditLog, Clock clock) {
        this.users = users;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    @EventListener
    @Transactional
    public void onSuccess(AuthenticationSuccessEvent event) {
        String username = event.getAuthentication().getName();
        users.findByUsername(username).ifPresent(AppUser::registerSuccessfulLogin);
        auditLog.recordAs(username, AuditAction.LOGIN_SUCCESS, "user", username, null);
    }

    @EventListener
    @Transactional
    public void onFailure(AbstractAuthenticationFailureEvent event) {
        String attempted = String.valueOf(event.getAuthentication().getName()).trim().toLowerCase();
        String reason = event.getException().getClass().getSimpleName();
        auditLog.recordAs(attempted, AuditAction.LOGIN_FAILURE, "user", attempted, reason);
        if (event instanceof AuthenticationFailureBadCredentialsEvent) {
            users.findByUsername(attempted).ifPresent(user -> {
                if (user.registerFailedLogin(clock.instant())) {
                    auditLog.recordAs(attempted, AuditAction.ACCOUNT_LOCKED, "user", attempted,
                            "locked until " + user.getLockedUntil());
                }
            });
        }
    }

    @EventListener
    @Transactional
    public void onLogout(LogoutSuccessEvent event) {
        String username = event.getAuthentication().getName();
        auditLog.recordAs(username, AuditAction.LOGOUT, "user", username, null);
    }
}
