package fr.caleol.security.service;

import fr.caleol.audit.domain.AuditAction;
import fr.caleol.audit.service.AuditLog;
import fr.caleol.security.domain.AppUser;
import fr.caleol.security.domain.AppUserRepository;
import java.time.Clock;
import java.util.Locale;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.authentication.event.LogoutSuccessEvent;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
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

    private final LoginThrottle throttle;

    LoginAttempts(AppUserRepository users, AuditLog auditLog, Clock clock, LoginThrottle throttle) {
        this.throttle = throttle;
        this.users = users;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    @EventListener
    @Transactional
    public void onSuccess(AuthenticationSuccessEvent event) {
        String username = event.getAuthentication().getName();
        throttle.succeeded(address(event.getAuthentication()));
        users.findByUsername(username).ifPresent(AppUser::registerSuccessfulLogin);
        auditLog.recordAs(username, AuditAction.LOGIN_SUCCESS, "user", username, null);
    }

    /**
     * Counts the failure on the account first (a user name that is no account's, however long or odd, counts nothing),
     * then audits the attempt; the audit cuts what does not fit its columns, so nothing here can fail on input.
     */
    @EventListener
    @Transactional
    public void onFailure(AbstractAuthenticationFailureEvent event) {
        String attempted = String.valueOf(event.getAuthentication().getName()).strip().toLowerCase(Locale.ROOT);
        String reason = event.getException().getClass().getSimpleName();
        String address = address(event.getAuthentication());
        throttle.failed(address);
        AppUser locked = null;
        if (event instanceof AuthenticationFailureBadCredentialsEvent && attempted.length() <= AppUser.USERNAME_MAX) {
            AppUser user = users.lockByUsername(attempted).orElse(null);
            if (user != null && user.registerFailedLogin(clock.instant())) {
                locked = user;
            }
        }
        auditLog.recordAs(attempted, AuditAction.LOGIN_FAILURE, "user", attempted,
                address == null ? reason : reason + " from " + address);
        if (locked != null) {
            auditLog.recordAs(attempted, AuditAction.ACCOUNT_LOCKED, "user", attempted,
                    "locked until " + locked.getLockedUntil());
        }
    }

    @EventListener
    @Transactional
    public void onLogout(LogoutSuccessEvent event) {
        String username = event.getAuthentication().getName();
        auditLog.recordAs(username, AuditAction.LOGOUT, "user", username, null);
    }

    private static String address(org.springframework.security.core.Authentication authentication) {
        return authentication.getDetails() instanceof WebAuthenticationDetails details ? details.getRemoteAddress()
                : null;
    }
}
