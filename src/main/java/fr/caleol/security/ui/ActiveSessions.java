package fr.caleol.security.ui;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.WrappedSession;
import fr.caleol.base.cluster.ClusterReconnectedEvent;
import fr.caleol.base.events.EventBus;
import fr.caleol.security.service.UserChangedEvent;
import fr.caleol.security.service.UserService;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.stereotype.Component;

/**
 * Keeps track of open sessions so that deactivating an account, changing its roles or resetting its password ends its
 * sessions at once, on every node. A node that was cut from the others (Redis down) may have missed such a change: when
 * the link is back, it checks each of its sessions against the accounts and ends those whose account was deactivated
 * or whose roles changed.
 */
@Component
class ActiveSessions implements VaadinServiceInitListener {

    private static final Logger log = LoggerFactory.getLogger(ActiveSessions.class);

    private final Set<VaadinSession> sessions = ConcurrentHashMap.newKeySet();

    private final UserService users;

    ActiveSessions(EventBus eventBus, UserService users) {
        this.users = users;
        eventBus.subscribe(UserChangedEvent.class, event -> {
            if (event.endSessions()) {
                endSessionsOf(event.username());
            }
        });
        eventBus.subscribe(ClusterReconnectedEvent.class,
                event -> Thread.ofVirtual().name("caleol-session-check").start(this::endOutdatedSessions));
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(init -> sessions.add(init.getSession()));
        event.getSource().addSessionDestroyListener(destroy -> sessions.remove(destroy.getSession()));
    }

    void endSessionsOf(String username) {
        for (VaadinSession session : sessions) {
            Authentication who = authenticationOf(session);
            if (who != null && username.equals(who.getName())) {
                end(session, username);
            }
        }
    }

    void endOutdatedSessions() {
        for (VaadinSession session : sessions) {
            Authentication who = authenticationOf(session);
            if (who != null && !users.sessionStillHolds(who.getName(), who.getAuthorities().stream()
                    .map(GrantedAuthority::getAuthority).collect(Collectors.toSet()))) {
                end(session, who.getName());
            }
        }
    }

    private static void end(VaadinSession session, String username) {
        WrappedSession http = session.getSession();
        // Send the open pages to the login page, then end the HTTP session (and its security context).
        // Should the redirect lose the race, the page's next request meets an ended session anyway.
        session.access(() -> session.getUIs().forEach(ui -> ui.getPage().setLocation("login")));
        try {
            http.invalidate();
        } catch (IllegalStateException alreadyInvalidated) {
            // nothing left to end
        }
        log.info("Ended a session of user {} (deactivated, roles changed or password reset)", username);
    }

    private static Authentication authenticationOf(VaadinSession session) {
        WrappedSession http = session.getSession();
        if (http == null) {
            return null;
        }
        try {
            Object context = http.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);
            return context instanceof SecurityContext security ? security.getAuthentication() : null;
        } catch (IllegalStateException invalidated) {
            return null;
        }
    }
}
