package fr.caleol.audit.service;

import fr.caleol.audit.domain.AuditAction;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authorization.event.AuthorizationDeniedEvent;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * Every access a logged-in user was refused by a role rule ({@code @RolesAllowed} on a service, an actuator
 * endpoint) goes to the audit log: who, and what. An anonymous visitor sent to the login page is not a denial
 * worth a trace.
 */
@Component
class AccessDenialAudit {

    private final AuditLog auditLog;

    AccessDenialAudit(AuditLog auditLog) {
        this.auditLog = auditLog;
    }

    @EventListener
    public void onDenied(AuthorizationDeniedEvent<?> event) {
        Authentication authentication = event.getAuthentication().get();
        if (authentication == null || authentication instanceof AnonymousAuthenticationToken
                || !authentication.isAuthenticated()) {
            return;
        }
        Object source = event.getSource();
        String target = source instanceof org.aopalliance.intercept.MethodInvocation invocation
                ? invocation.getMethod().getDeclaringClass().getSimpleName() + "." + invocation.getMethod().getName()
                : source instanceof jakarta.servlet.http.HttpServletRequest request ? request.getRequestURI()
                : String.valueOf(source);
        auditLog.recordAs(authentication.getName(), AuditAction.ACCESS_DENIED, "access", null, target);
    }
}
