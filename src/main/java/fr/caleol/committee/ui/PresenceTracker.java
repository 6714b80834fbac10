package fr.caleol.committee.ui;

import fr.caleol.base.cluster.NodeRevivedEvent;
import fr.caleol.base.events.EventBus;
import fr.caleol.committee.service.LivePresence;
import fr.caleol.security.service.SystemActor;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongConsumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * Counts each member's open sitting screens on this node, so that the member joins with the first tab and leaves with
 * the last (closing one of two tabs does not make them absent). Leaving runs with the identity captured on joining,
 * since a screen may be closed by the server after the session ended. Should this node have been taken for dead by the
 * others (which then ended its presences), every member with a screen open here joins again.
 */
@Component
class PresenceTracker {

    private static final Logger log = LoggerFactory.getLogger(PresenceTracker.class);

    private record Key(long sittingId, String username) {}

    private record Screens(int count, Authentication who) {}

    private final Map<Key, Screens> openScreens = new ConcurrentHashMap<>();
    private final LivePresence live;

    PresenceTracker(LivePresence live, EventBus events) {
        this.live = live;
        events.subscribe(NodeRevivedEvent.class, revived -> openScreens.forEach(
                (key, screens) -> as(screens.who(), "join again", key.sittingId(), live::join)));
    }

    /** Called when a seated member's screen opens. */
    void opened(long sittingId, Authentication who) {
        Key key = new Key(sittingId, who.getName());
        if (openScreens.merge(key, new Screens(1, who), (a, b) -> new Screens(a.count() + 1, a.who())).count() == 1) {
            live.join(sittingId);
        }
    }

    /** Called when that screen closes, whatever the reason. */
    void closed(long sittingId, Authentication who) {
        Key key = new Key(sittingId, who.getName());
        Screens left = openScreens.computeIfPresent(key,
                (k, screens) -> screens.count() <= 1 ? null : new Screens(screens.count() - 1, screens.who()));
        if (left == null) {
            as(who, "leave", sittingId, live::leave);
        }
    }

    private static void as(Authentication who, String what, long sittingId, LongConsumer action) {
        try {
            SystemActor.callAs(who, () -> {
                action.accept(sittingId);
                return null;
            });
        } catch (RuntimeException e) {
            log.warn("Could not record that {} {} sitting {}", who.getName(), what, sittingId, e);
        }
    }
}
