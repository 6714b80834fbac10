package fr.caleol.committee.service;

import fr.caleol.base.domain.LandlordTime;
import fr.caleol.base.jobs.JobRuns;
import fr.caleol.committee.domain.Sitting;
import fr.caleol.committee.domain.SittingRepository;
import fr.caleol.mail.domain.MailKind;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Reminds the convened members of a sitting by mail the day before (24 hours ahead) and one hour before it starts.
 * Each reminder goes once (a flag on the sitting, set in the transaction that queues it); a reminder whose moment had
 * already passed when the members were convened is not sent (the convocation said it all).
 */
@Component
class SittingReminders {

    private static final Logger log = LoggerFactory.getLogger(SittingReminders.class);
    static final Duration DAY_BEFORE = Duration.ofHours(24);
    static final Duration HOUR_BEFORE = Duration.ofHours(1);

    private final SittingRepository sittings;
    private final SittingMails mails;
    private final JobRuns runs;
    private final Clock clock;
    private final TransactionTemplate tx;

    SittingReminders(SittingRepository sittings, SittingMails mails, JobRuns runs, Clock clock,
            PlatformTransactionManager transactions) {
        this.tx = new TransactionTemplate(transactions);
        this.sittings = sittings;
        this.mails = mails;
        this.runs = runs;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${caleol.committee.reminder-check:PT1M}")
    @SchedulerLock(name = "sitting-reminders", lockAtMostFor = "PT10M")
    public void remind() {
        runs.run("sitting-reminders", () -> {
            int sent = tx.execute(status -> sendDue());
            if (sent > 0) {
                log.info("Queued {} sitting reminder(s)", sent);
            }
        });
    }

    /** Queues the reminders due now; returns the mails queued. */
    @Transactional
    int sendDue() {
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, LandlordTime.ZONE);
        int queued = 0;
        for (Sitting sitting : sittings.lockOwingReminders(today, today.plusDays(2))) {
            Instant starts = sitting.startsAt();
            if (!starts.isAfter(now)) {
                sitting.markRemindedHourBefore();
            } else if (!now.isBefore(starts.minus(HOUR_BEFORE))) {
                queued += mails.reminder(sitting, MailKind.REMINDER_HOUR);
                sitting.markRemindedHourBefore();
            } else if (!sitting.isRemindedDayBefore() && !now.isBefore(starts.minus(DAY_BEFORE))) {
                queued += mails.reminder(sitting, MailKind.REMINDER_DAY);
                sitting.markRemindedDayBefore();
            }
        }
        return queued;
    }

    /** Marks as done the reminders whose moment has passed (when convening or moving a sitting close to its date). */
    static void skipPassed(Sitting sitting, Instant now) {
        Instant starts = sitting.startsAt();
        if (!now.isBefore(starts.minus(HOUR_BEFORE))) {
            sitting.markRemindedHourBefore();
        } else if (!now.isBefore(starts.minus(DAY_BEFORE))) {
            sitting.markRemindedDayBefore();
        }
    }
}
