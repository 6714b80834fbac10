package fr.caleol.base.jobs;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Times the scheduled jobs that really ran on this node. With several nodes each job is locked in the database
 * (ShedLock, {@link SchedulingConfig}), so a run skipped here because another node holds the lock is not counted: the
 * sum of {@code caleol.jobs} over the nodes is the number of runs.
 *
 * <p>Meter: {@code caleol.jobs}, by job and outcome (ok, failed).
 */
@Component
public class JobRuns {

    private static final Logger log = LoggerFactory.getLogger(JobRuns.class);

    private final MeterRegistry meters;

    JobRuns(MeterRegistry meters) {
        this.meters = meters;
    }

    /** Runs the job's body and times it; a failure is logged (the next run tries again), never thrown at the scheduler. */
    public void run(String job, Runnable body) {
        long start = System.nanoTime();
        String outcome = "ok";
        try {
            body.run();
        } catch (RuntimeException e) {
            outcome = "failed";
            log.error("Scheduled job {} failed: {}", job, e.getMessage(), e);
        } finally {
            Timer.builder("caleol.jobs").description("Scheduled job runs on this node").tag("job", job)
                    .tag("outcome", outcome).register(meters).record(System.nanoTime() - start,
                            java.util.concurrent.TimeUnit.NANOSECONDS);
        }
    }
}
