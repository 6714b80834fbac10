package fr.caleol.committee.ui;

import fr.caleol.committee.service.LivePresence;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Counts each member's open sitting screens, so that the member joins with the first tab and leaves with the last
 * (closing one of two tabs does not make them absent). Leaving runs with the identity captured on joining, since a
 * screen may be closed by the server after the session ended.
 */
@Component
class PresenceTracker {

    private static final Logger log = LoggerFactory.getLogger(PresenceTracker.class);

    private record Key(long sittingId, String username) {}

    private final Map<Key, Integer> openScreens = new ConcurrentHashMap<>();
    private final LivePresence live;

    PresenceTracker(LivePresence live) {
        this.live = live;
    }

    /** Called when a seated member's screen opens. */
    void opened(long sittingId, Authentication who) {
        Key key = new Key(sittingId, who.getName());
        if (openScreens.merge(key, 1, Integer::sum) == 1) {
            live.join(sittingId);
        }
    }

    /** Called when that screen closes, whatever the reason. */
    void closed(long sittingId, Authentication who) {
        Key key = new Key(sittingId, who.getName());
        Integer left = openScreens.computeIfPresent(key, (k, count) -> count <= 1 ? null : count - 1);
        if (left == null) {
            var previous = SecurityContextHolder.getContext();
            var context = SecurityContextHolder.createEmptyContext();
            context.setAuthentication(who);
            SecurityContextHolder.setContext(context);
            try {
                live.leave(sittingId);
            } catch (RuntimeException e) {
                log.warn("Could not record that {} left sitting {}", who.getName(), sittingId, e);
            } finally {
                SecurityContextHolder.setContext(previous);
            }
        }
    }
}
