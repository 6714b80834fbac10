package fr.caleol.base.events;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Carries small events ("look again at sitting 12") to whoever listens, typically open views.
 *
 * <p>An event published inside a transaction is delivered only after that transaction commits; a rolled-back
 * transaction delivers nothing. Outside a transaction it is delivered at once. The database stays the truth: a
 * listener re-reads what it shows, so a lost event is harmless.
 *
 * <p>With several nodes, a relay ({@link #relayTo}) also hands each {@link ClusterEvent} to the other nodes after the
 * commit; they deliver it to their own listeners through {@link #deliverFromAnotherNode}. A relay that fails loses the
 * other nodes' update, never the commit: the relay is called after the local delivery and must not block.
 *
 * <p>Meters: {@code caleol.events} counts the events delivered, by type; {@code caleol.push.latency} times, for each
 * screen, the wait from the commit to the screen updated (its maximum over a scrape is the fan-out time of an event).
 */
@Component
public class EventBus {

    private static final Logger log = LoggerFactory.getLogger(EventBus.class);

    private final List<Subscription<?>> subscriptions = new CopyOnWriteArrayList<>();
    private final List<Consumer<ClusterEvent>> relays = new CopyOnWriteArrayList<>();
    private final MeterRegistry meters;

    /** A bus whose meters go nowhere (unit tests). */
    public EventBus() {
        this(new SimpleMeterRegistry());
    }

    @Autowired
    public EventBus(MeterRegistry meters) {
        this.meters = meters;
    }

    public void publish(Object event) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    deliver(event);
                }
            });
        } else {
            deliver(event);
        }
    }

    /** Listens to events of a type; close the returned registration to stop. */
    public <T> Registration subscribe(Class<T> type, Consumer<? super T> listener) {
        Subscription<T> subscription = new Subscription<>(type, listener);
        subscriptions.add(subscription);
        return () -> subscriptions.remove(subscription);
    }

    /** Hands every {@link ClusterEvent} delivered here to {@code relay} as well (the other nodes). */
    public Registration relayTo(Consumer<ClusterEvent> relay) {
        relays.add(relay);
        return () -> relays.remove(relay);
    }

    /** Delivers to this node's listeners an event committed on another node (it is not relayed again). */
    public void deliverFromAnotherNode(ClusterEvent event) {
        deliverHere(event);
    }

    int subscriberCount() {
        return subscriptions.size();
    }

    /** Records that a screen shows an event, {@code nanos} after the event was delivered. */
    public void recordPush(Object event, long nanos) {
        recordPush(event.getClass(), nanos);
    }

    /** Records that a screen shows a change of this type, {@code nanos} after its commit. */
    public void recordPush(Class<?> change, long nanos) {
        Timer.builder("caleol.push.latency").description("From the commit of a change to one screen updated")
                .tag("event", change.getSimpleName()).register(meters).record(nanos, TimeUnit.NANOSECONDS);
    }

    private void deliver(Object event) {
        deliverHere(event);
        if (event instanceof ClusterEvent shared) {
            for (Consumer<ClusterEvent> relay : relays) {
                try {
                    relay.accept(shared);
                } catch (RuntimeException e) {
                    log.warn("The other nodes will not hear of {}", event, e);
                }
            }
        }
    }

    private void deliverHere(Object event) {
        meters.counter("caleol.events", "event", event.getClass().getSimpleName()).increment();
        for (Subscription<?> subscription : subscriptions) {
            try {
                subscription.offer(event);
            } catch (RuntimeException e) {
                log.warn("A listener failed on {}", event, e);
            }
        }
    }

    /** A subscription that can be cancelled. */
    @FunctionalInterface
    public interface Registration extends AutoCloseable {
        @Override
        void close();
    }

    private record Subscription<T>(Class<T> type, Consumer<? super T> listener) {
        void offer(Object event) {
            if (type.isInstance(event)) {
                listener.accept(type.cast(event));
            }
        }
    }
}
