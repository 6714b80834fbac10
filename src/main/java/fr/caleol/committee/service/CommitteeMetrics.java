package fr.caleol.committee.service;

import fr.caleol.base.events.EventBus;
import fr.caleol.committee.service.SittingChangedEvent.Change;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.stereotype.Component;

/**
 * The committee's meters, counted from the committed changes of the sittings (so a refused or rolled-back ballot
 * counts nothing): {@code caleol.ballots} the ballots cast, {@code caleol.sitting.changes} every change by kind.
 */
@Component
class CommitteeMetrics {

    CommitteeMetrics(EventBus bus, MeterRegistry meters) {
        Counter ballots = Counter.builder("caleol.ballots").description("Ballots cast and committed").register(meters);
        bus.subscribe(SittingChangedEvent.class, event -> {
            meters.counter("caleol.sitting.changes", "what", event.what().tag()).increment();
            if (event.what() == Change.BALLOT) {
                ballots.increment();
            }
        });
    }
}
