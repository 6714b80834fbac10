package fr.caleol.committee.service;

import fr.caleol.base.jobs.JobRuns;
import fr.caleol.security.service.SystemActor;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Closes written-procedure votes when their window ends, whether or not anyone is connected. */
@Component
class WrittenProcedureCloser {

    private static final Logger log = LoggerFactory.getLogger(WrittenProcedureCloser.class);

    private final LiveVoting voting;
    private final JobRuns runs;

    WrittenProcedureCloser(LiveVoting voting, JobRuns runs) {
        this.voting = voting;
        this.runs = runs;
    }

    @Scheduled(fixedDelayString = "${caleol.committee.written-close-check:" + CommitteeProperties.WRITTEN_CLOSE_CHECK + "}")
    @SchedulerLock(name = "written-procedure-close", lockAtMostFor = "PT10M")
    void closeDueRounds() {
        runs.run("written-procedure-close", () -> {
            // The server acts on its own here: it authenticates as "system", with no role.
            int closed = SystemActor.call(voting::closeDueWrittenRounds);
            if (closed > 0) {
                log.info("Closed {} written-procedure vote round(s) at the end of their window", closed);
            }
        });
    }
}
