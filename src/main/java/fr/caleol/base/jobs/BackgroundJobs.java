package fr.caleol.base.jobs;

import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.security.concurrent.DelegatingSecurityContextExecutor;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Runs long jobs (a CSV import, a batch of letters) off the request thread, so that the screen stays responsive
 * and shows progress through server push. A job runs as the user who started it: Spring Security's delegating
 * executor carries the caller's security context to the worker for the job's duration, so the services' role
 * checks and the audit log see that user.
 *
 * <p>Two workers at most (the machines have two cores), ten jobs waiting at most; beyond, the job is refused.
 */
@Component
public class BackgroundJobs implements DisposableBean {

    private final ThreadPoolTaskExecutor pool = new ThreadPoolTaskExecutor();

    public BackgroundJobs() {
        pool.setCorePoolSize(2);
        pool.setMaxPoolSize(2);
        pool.setQueueCapacity(10);
        pool.setThreadNamePrefix("caleol-job-");
        pool.setWaitForTasksToCompleteOnShutdown(false);
        pool.initialize();
    }

    /** Starts the job as the current user; the future completes with its result or its exception. */
    public <T> CompletableFuture<T> submit(Supplier<T> job) {
        // the caller's context, taken now: Spring's delegating executor would otherwise read the worker's (empty) one
        SecurityContext caller = SecurityContextHolder.getContext();
        return CompletableFuture.supplyAsync(job, new DelegatingSecurityContextExecutor(pool, caller));
    }

    @Override
    public void destroy() {
        pool.shutdown();
    }
}
