package fr.caleol.security.ui;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.WrappedSession;
import fr.caleol.base.events.EventBus;
import fr.caleol.security.service.UserChangedEvent;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.stereotype.Component;

/**
 * Keeps track of open sessions so that deactivating an account, changing its roles or resetting its password ends its
 * sessions at once.
 */
@Component
class ActiveSessions implements VaadinServiceInitListener {

    private static final Logger log = LoggerFactory.getLogger(ActiveSessions.class);

    private final Set<VaadinSession> sessions = ConcurrentHashMap.newKeySet();

    ActiveSessions(EventBus eventBus) {
        eventBus.subscribe(UserChangedEvent.class, event -> {
            if (event.endSessions()) {
                endSessionsOf(event.username());
            }
        });
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(init -> sessions.add(init.getSession()));
        event.getSource().addSessionDestroyListener(destroy -> sessions.remove(destroy.getSession()));
    }

    void endSessionsOf(String username) {
        for (VaadinSession session : sessions) {
            if (username.equals(usernameOf(session))) {
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
        }
    }

    private static String usernameOf(VaadinSession session) {
        WrappedSession http = session.getSession();
        if (http == null) {
            return null;
        }
        try {
            Object context = http.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);
            return context instanceof SecurityContext security && security.getAuthentication() != null
                    ? security.getAuthentication().getName()
                    : null;
        } catch (IllegalStateException invalidated) {
            return null;
        }
    }
}
