package fr.caleol.audit.service;

import fr.caleol.audit.domain.AuditAction;
import org.aopalliance.intercept.MethodInterceptor;
import org.springframework.aop.Advisor;
import org.springframework.aop.support.DefaultPointcutAdvisor;
import org.springframework.aop.support.annotation.AnnotationMatchingPointcut;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Role;
import org.springframework.core.Ordered;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;

/**
 * Audits the refusals of the object checks (a member asking for a sitting he is not convened to, an adviser for a
 * colleague's ledger): every {@code @Service} method that ends with an {@link AccessDeniedException} thrown by the
 * service itself leaves an ACCESS_DENIED row, outside the refused transaction (which rolls back) and once per
 * refusal, however deep the service calls went. Role refusals are audited from Spring Security's events
 * ({@link AccessDenialAudit}).
 */
@Configuration(proxyBeanMethods = false)
class ObjectDenialAudit {

    private static final ThreadLocal<int[]> DEPTH = ThreadLocal.withInitial(() -> new int[1]);

    @Bean
    @Role(BeanDefinition.ROLE_INFRASTRUCTURE)
    static Advisor objectDenialAuditor(ObjectProvider<AuditLog> auditLog) {
        MethodInterceptor interceptor = invocation -> {
            int[] depth = DEPTH.get();
            depth[0]++;
            try {
                return invocation.proceed();
            } catch (AccessDeniedException denied) {
                if (depth[0] == 1 && !(denied instanceof AuthorizationDeniedException)) {
                    record(auditLog.getObject(), invocation.getMethod().getDeclaringClass().getSimpleName() + "."
                            + invocation.getMethod().getName() + ": " + denied.getMessage());
                }
                throw denied;
            } finally {
                depth[0]--;
            }
        };
        DefaultPointcutAdvisor advisor = new DefaultPointcutAdvisor(
                new AnnotationMatchingPointcut(Service.class, true), interceptor);
        advisor.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return advisor;
    }

    private static void record(AuditLog auditLog, String what) {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || authentication instanceof AnonymousAuthenticationToken) {
            return;
        }
        auditLog.recordAs(authentication.getName(), AuditAction.ACCESS_DENIED, "access", null, what);
    }
}
