package fr.caleol.socialcell.service;

import fr.caleol.base.domain.LandlordTime;
import fr.caleol.base.jobs.JobRuns;
import fr.caleol.base.jobs.SchedulingConfig;
import fr.caleol.security.domain.Role;
import fr.caleol.security.service.SystemActor;
import java.time.Clock;
import java.time.LocalDate;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Nightly: the same path as after a ledger import ({@link LedgerUpdates#daily}): plan payments, detection, breaches. */
@Component
class SocialCellNightly {

    private static final Logger log = LoggerFactory.getLogger(SocialCellNightly.class);

    private final LedgerUpdates updates;
    private final JobRuns runs;
    private final Clock clock;

    SocialCellNightly(LedgerUpdates updates, JobRuns runs, Clock clock) {
        this.clock = clock;
        this.updates = updates;
        this.runs = runs;
    }

    @Scheduled(cron = "${caleol.socialcell.nightly:" + SocialCellProperties.NIGHTLY + "}", zone = "Europe/Paris")
    @SchedulerLock(name = "socialcell-nightly", lockAtLeastFor = SchedulingConfig.CALENDAR_LOCK)
    void run() {
        runs.run("socialcell-nightly", () -> {
            LocalDate today = LandlordTime.today(clock);
            log.info("Nightly social cell run: {}", SystemActor.call(() -> updates.daily(today), Role.ADMIN));
        });
    }
}
