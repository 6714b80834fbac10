package fr.caleol.base.events;

import static org.assertj.core.api.Assertions.assertThat;

import fr.caleol.support.IntegrationTest;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

@IntegrationTest
class EventBusIT {

    record Probe(String id) {}

    @Autowired EventBus bus;
    @Autowired TransactionTemplate transaction;

    @Test
    void an_event_published_in_a_transaction_arrives_only_after_the_commit() {
        List<String> received = new CopyOnWriteArrayList<>();
        try (EventBus.Registration r = bus.subscribe(Probe.class, p -> received.add(p.id()))) {
            transaction.executeWithoutResult(status -> {
                bus.publish(new Probe("committed"));
                assertThat(received).as("nothing before the commit").isEmpty();
            });
            assertThat(received).containsExactly("committed");
        }
    }

    @Test
    void a_rolled_back_transaction_publishes_nothing() {
        List<String> received = new CopyOnWriteArrayList<>();
        try (EventBus.Registration r = bus.subscribe(Probe.class, p -> received.add(p.id()))) {
            transaction.executeWithoutResult(status -> {
                bus.publish(new Probe("rolled back"));
                status.setRollbackOnly();
            });
            assertThat(received).isEmpty();
        }
    }
}
