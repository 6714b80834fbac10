package fr.caleol.base.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class EventBusTest {

    record SittingChanged(long sittingId) {}

    record Other() {}

    private final EventBus bus = new EventBus();

    @Test
    void outside_a_transaction_an_event_reaches_every_subscriber_of_its_type_at_once() {
        List<Long> first = new ArrayList<>();
        List<Long> second = new ArrayList<>();
        bus.subscribe(SittingChanged.class, e -> first.add(e.sittingId()));
        bus.subscribe(SittingChanged.class, e -> second.add(e.sittingId()));
        bus.publish(new SittingChanged(12));
        bus.publish(new Other());
        assertThat(first).containsExactly(12L);
        assertThat(second).containsExactly(12L);
    }

    @Test
    void a_closed_subscription_receives_nothing_more() {
        List<Long> received = new ArrayList<>();
        EventBus.Registration registration = bus.subscribe(SittingChanged.class, e -> received.add(e.sittingId()));
        registration.close();
        bus.publish(new SittingChanged(1));
        assertThat(received).isEmpty();
        assertThat(bus.subscriberCount()).isZero();
    }

    @Test
    void a_failing_subscriber_does_not_stop_the_others() {
        List<Long> received = new ArrayList<>();
        bus.subscribe(SittingChanged.class, e -> {
            throw new IllegalStateException("broken view");
        });
        bus.subscribe(SittingChanged.class, e -> received.add(e.sittingId()));
        bus.publish(new SittingChanged(3));
        assertThat(received).containsExactly(3L);
    }
}
