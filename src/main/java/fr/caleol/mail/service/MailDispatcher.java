package fr.caleol.mail.service;

import fr.caleol.base.jobs.JobRuns;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * The outbox's dispatcher: a scheduled job (locked, so one node at a time delivers) that sends the due mails, woken
 * right after each commit that queued one, so that a convocation leaves within a second rather than at the next
 * firing. A wake-up that finds the job running on another node does nothing: the next firing sends what is left.
 */
@Component
class MailDispatcher {

    private final MailDelivery delivery;
    private final JobRuns runs;
    private final ObjectProvider<MailDispatcher> locked;
    private final ExecutorService waker = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "caleol-mail-dispatch");
        thread.setDaemon(true);
        return thread;
    });
    private final AtomicBoolean wakeUpPending = new AtomicBoolean();

    MailDispatcher(MailDelivery delivery, JobRuns runs, ObjectProvider<MailDispatcher> locked) {
        this.delivery = delivery;
        this.runs = runs;
        this.locked = locked;
    }

    @Scheduled(fixedDelayString = "${caleol.mail.dispatch-interval:PT5S}")
    @SchedulerLock(name = "mail-dispatch", lockAtMostFor = "PT15M")
    public void dispatch() {
        runs.run("mail-dispatch", delivery::deliverDue);
    }

    @jakarta.annotation.PreDestroy
    void stop() {
        waker.shutdownNow();
    }

    @TransactionalEventListener
    void afterCommit(Outbox.MailQueuedEvent queued) {
        if (wakeUpPending.compareAndSet(false, true)) {
            waker.execute(() -> {
                wakeUpPending.set(false);
                locked.getObject().dispatch();
            });
        }
    }
}
