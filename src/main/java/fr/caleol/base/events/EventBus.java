package fr.caleol.base.events;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Carries small events ("look again at sitting 12") to whoever listens, typically open views.
 *
 * <p>An event published inside a transaction is delivered only after that transaction commits; a rolled-back
 * transaction delivers nothing. Outside a transaction it is delivered at once. The database stays the truth: a
 * listener re-reads what it shows, so a lost event is harmless.
 */
@Component
public class EventBus {

    private static final Logger log = LoggerFactory.getLogger(EventBus.class);

    private final List<Subscription<?>> subscriptions = new CopyOnWriteArrayList<>();

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

    int subscriberCount() {
        return subscriptions.size();
    }

    private void deliver(Object event) {
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
