package fr.caleol.housing.service;

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

/** Nightly at 03:00 (Paris), as the system: the applications whose retention period is over are anonymised. */
@Component
class RetentionNightly {

    private static final Logger log = LoggerFactory.getLogger(RetentionNightly.class);

    private final ApplicationRetention retention;
    private final JobRuns runs;
    private final Clock clock;

    RetentionNightly(ApplicationRetention retention, JobRuns runs, Clock clock) {
        this.clock = clock;
        this.retention = retention;
        this.runs = runs;
    }

    @Scheduled(cron = "${caleol.housing.retention-cron:" + HousingProperties.RETENTION_CRON + "}", zone = "Europe/Paris")
    @SchedulerLock(name = "retention-nightly", lockAtLeastFor = SchedulingConfig.CALENDAR_LOCK)
    void run() {
        runs.run("retention-nightly", () -> {
            LocalDate today = LandlordTime.today(clock);
            log.info("Retention: {} applications anonymised",
                    SystemActor.call(() -> retention.anonymiseExpired(today), Role.ADMIN));
        });
    }
}
