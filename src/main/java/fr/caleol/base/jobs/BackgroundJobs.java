package fr.caleol.base.jobs;

import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.stereotype.Component;

/**
 * Runs long jobs (a CSV import, a batch of letters) off the request thread, so that the screen stays responsive
 * and shows progress through server push. A job runs as the user who started it: the caller's security context is
 * set on the worker thread for the job's duration, so the services' role checks and the audit log see that user.
 *
 * <p>Two workers at most (the machines have two cores), ten jobs waiting at most; beyond, the job is refused.
 */
@Component
public class BackgroundJobs implements DisposableBean {

    private final ThreadPoolTaskExecutor executor = new ThreadPoolTaskExecutor();

    public BackgroundJobs() {
        executor.setCorePoolSize(2);
        executor.setMaxPoolSize(2);
        executor.setQueueCapacity(10);
        executor.setThreadNamePrefix("caleol-job-");
        executor.setWaitForTasksToCompleteOnShutdown(false);
        executor.initialize();
    }

    /** Starts the job as the current user; the future completes with its result or its exception. */
    public <T> CompletableFuture<T> submit(Supplier<T> job) {
        SecurityContext context = SecurityContextHolder.getContext();
        return CompletableFuture.supplyAsync(() -> {
            SecurityContextHolder.setContext(context);
            try {
                return job.get();
            } finally {
                SecurityContextHolder.clearContext();
            }
        }, executor);
    }

    @Override
    public void destroy() {
        executor.shutdown();
    }
}
