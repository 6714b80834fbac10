package fr.caleol.committee.service;

import fr.caleol.base.cluster.ClusterReconnectedEvent;
import fr.caleol.base.events.EventBus;
import fr.caleol.security.domain.Role;
import fr.caleol.security.service.CurrentUser;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.security.PermitAll;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

/**
 * The live sittings' states: one {@link LiveState} per watched sitting, read from the database once per change and
 * handed to every screen that watches it.
 *
 * <p>After a commit that changes a sitting ({@link SittingChangedEvent}), its state is read again, at most once per
 * {@link #WINDOW} per sitting: a burst of changes (fifteen ballots within a second) yields a few reads, each with
 * everything committed before it began. A change that arrives while a read is under way marks the sitting for
 * another read, so nothing is missed. Watchers receive states in version order; one that would receive an older
 * state than it has is handed the newest instead ({@link #latest}). The database stays the truth: a screen that
 * opens reads the sitting afresh ({@link #open}); a state nobody watches is dropped.
 *
 * <p>Meter: {@code caleol.live.reads} counts the reads made after changes.
 *
 * <p>{@link #open} checks that the caller holds a convened seat in the sitting or is staff (secretary, admin).
 */
@Service
@PermitAll
public class LiveStates {

    /** The shortest interval between two reads of one sitting. */
    static final Duration WINDOW = Duration.ofMillis(100);

    private static final Logger log = LoggerFactory.getLogger(LiveStates.class);

    private final LiveStateReader reader;
    private final CurrentUser currentUser;
    private final Map<Long, Watched> watched = new ConcurrentHashMap<>();
    private final AtomicLong versions = new AtomicLong();
    private final ScheduledExecutorService reads = Executors.newScheduledThreadPool(2,
            Thread.ofPlatform().name("live-state-", 0).daemon().factory());
    private final EventBus.Registration subscription;
    private final EventBus.Registration reconnection;
    private final Counter changeReads;

    LiveStates(LiveStateReader reader, CurrentUser currentUser, EventBus eventBus, MeterRegistry meters) {
        this.reader = reader;
        this.currentUser = currentUser;
        this.changeReads = Counter.builder("caleol.live.reads")
                .description("Reads of a live sitting's state after its changes (once per change burst, not per screen)")
                .register(meters);
        this.subscription = eventBus.subscribe(SittingChangedEvent.class, event -> changed(event.sittingId()));
        // Back in touch with the other nodes: what they changed meanwhile went unheard, so every watched sitting is
        // read again.
        this.reconnection = eventBus.subscribe(ClusterReconnectedEvent.class,
                event -> watched.keySet().forEach(this::changed));
    }

    @PreDestroy
    void stop() {
        subscription.close();
        reconnection.close();
        reads.shutdownNow();
    }

    /**
     * The sitting as the caller sees it, read afresh from the database, on {@code viewedItemId} (or the current
     * item when null). Refused to whoever is neither convened nor staff.
     */
    public ViewerState open(long sittingId, Long viewedItemId) {
        LiveState state = reader.read(sittingId, versions.incrementAndGet(), System.nanoTime());
        String username = currentUser.username().orElse(null);
        if ((username == null || state.seatOf(username).isEmpty())
                && !currentUser.hasAnyRole(Role.SECRETARY, Role.ADMIN)) {
            throw new AccessDeniedException("Not convened to sitting " + sittingId);
        }
        Watched entry = watched.get(sittingId);
        if (entry != null) {
            entry.install(state);
        }
        return ViewerState.of(state, username, viewedItemId, currentUser.hasAnyRole(Role.SECRETARY, Role.ADMIN));
    }

    /**
     * Opens the sitting for a screen and hands {@code listener} every newer state of it until the returned watch is
     * closed; the watch holds the state read afresh at the opening, as the caller sees it. Refused, with nothing left
     * watching, to whoever is neither convened nor staff. The listener runs on a reading thread and must hand the
     * work over quickly (to the screen's UI).
     */
    public Watch watch(long sittingId, Consumer<LiveState> listener) {
        // Added and removed inside the map's atomic updates: a last screen leaving never drops the entry that a
        // screen opening at the same moment has just joined.
        watched.compute(sittingId, (id, existing) -> {
            Watched entry = existing != null ? existing : new Watched(id);
            entry.listeners.add(listener);
            return entry;
        });
        Runnable stop = () -> watched.computeIfPresent(sittingId, (id, entry) -> {
            entry.listeners.remove(listener);
            return entry.listeners.isEmpty() ? null : entry;
        });
        try {
            return new Watch(open(sittingId, null), stop);
        } catch (RuntimeException refused) {
            stop.run();
            throw refused;
        }
    }

    /** A screen's watch of a sitting: the state at its opening; closing it stops the updates. */
    public record Watch(ViewerState opened, Runnable stop) implements AutoCloseable {
        @Override
        public void close() {
            stop.run();
        }
    }

    /** The newest state of a watched sitting on this node, or null when nobody watches it or none was read yet. */
    public LiveState latest(long sittingId) {
        Watched entry = watched.get(sittingId);
        return entry == null ? null : entry.state;
    }

    private void changed(long sittingId) {
        Watched entry = watched.get(sittingId);
        if (entry != null) {
            entry.changed(System.nanoTime());
        }
    }

    /** A sitting that screens watch: its newest state and the coalescing of its reads. */
    private final class Watched {
        final long sittingId;
        final List<Consumer<LiveState>> listeners = new CopyOnWriteArrayList<>();
        volatile LiveState state;
        private boolean reading;
        private boolean again;
        private long firstChange;
        private long lastReadStart = System.nanoTime() - WINDOW.toNanos();

        Watched(long sittingId) {
            this.sittingId = sittingId;
        }

        synchronized void changed(long at) {
            if (firstChange == 0) {
                firstChange = at;
            }
            if (reading) {
                again = true;
                return;
            }
            reading = true;
            schedule();
        }

        /** Called with the monitor held. */
        private void schedule() {
            long wait = Math.max(0, lastReadStart + WINDOW.toNanos() - System.nanoTime());
            reads.schedule(this::read, wait, TimeUnit.NANOSECONDS);
        }

        private void read() {
            long since;
            synchronized (this) {
                lastReadStart = System.nanoTime();
                since = firstChange;
                firstChange = 0;
            }
            try {
                changeReads.increment();
                install(reader.read(sittingId, versions.incrementAndGet(), since));
            } catch (RuntimeException e) {
                log.warn("Could not read live sitting {}; its screens keep the previous state", sittingId, e);
            } finally {
                synchronized (this) {
                    if (again) {
                        again = false;
                        schedule();
                    } else {
                        reading = false;
                    }
                }
            }
        }

        /**
         * Keeps the newer of the states and hands it to the listeners, under the lock so that they receive states in
         * version order (listeners only hand the state over to their screen's thread).
         */
        synchronized void install(LiveState fresh) {
            if (state != null && state.version() >= fresh.version()) {
                return;
            }
            state = fresh;
            for (Consumer<LiveState> listener : listeners) {
                try {
                    listener.accept(fresh);
                } catch (RuntimeException e) {
                    log.warn("A screen of sitting {} failed on its new state", sittingId, e);
                }
            }
        }
    }
}
