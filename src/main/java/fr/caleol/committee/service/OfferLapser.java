package fr.caleol.committee.service;

import fr.caleol.base.jobs.JobRuns;
import fr.caleol.security.domain.Role;
import fr.caleol.security.service.SystemActor;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Lapses the offers whose reply deadline has passed (no answer counts as a refusal) and passes them on. */
@Component
class OfferLapser {

    private static final Logger log = LoggerFactory.getLogger(OfferLapser.class);

    private final FollowUpService followUp;
    private final JobRuns runs;

    OfferLapser(FollowUpService followUp, JobRuns runs) {
        this.followUp = followUp;
        this.runs = runs;
    }

    @Scheduled(fixedDelayString = "${caleol.committee.offer-lapse-check:" + CommitteeProperties.OFFER_LAPSE_CHECK + "}")
    @SchedulerLock(name = "offer-lapse", lockAtMostFor = "PT30M")
    void lapseOverdueOffers() {
        runs.run("offer-lapse", () -> {
            int lapsed = SystemActor.call(followUp::lapseOverdueOffers);
            if (lapsed > 0) {
                log.info("Lapsed {} offer(s) not answered by their deadline", lapsed);
            }
            int announced = SystemActor.call(followUp::announceOverdueConditions, Role.SECRETARY);
            if (announced > 0) {
                log.info("Told the secretaries of overdue conditions ({} mail(s))", announced);
            }
        });
    }
}
