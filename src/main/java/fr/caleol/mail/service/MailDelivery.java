package fr.caleol.mail.service;

import fr.caleol.base.config.LandlordProperties;
import fr.caleol.mail.domain.MailState;
import fr.caleol.mail.domain.OutboxMail;
import fr.caleol.mail.domain.OutboxMailRepository;
import jakarta.activation.DataHandler;
import jakarta.mail.MessagingException;
import jakarta.mail.Part;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.data.domain.PageRequest;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Delivers the due messages of the outbox, one at a time, each in three short steps: take it (QUEUED → SENDING, a
 * conditional update that only one dispatcher can win), hand it to the SMTP server, record the outcome (SENT; or
 * QUEUED again after a back-off; or FAILED after the last attempt). No database transaction stays open during the
 * SMTP exchange. A message found SENDING long after it was taken (its node stopped mid-delivery) is marked FAILED,
 * never sent again automatically: it may have reached the server.
 */
@Service
class MailDelivery {

    private static final Logger log = LoggerFactory.getLogger(MailDelivery.class);
    private static final int BATCH = 50;
    /** A message taken longer ago than this and still SENDING was interrupted. */
    static final Duration INTERRUPTED_AFTER = Duration.ofMinutes(10);

    private final OutboxMailRepository mails;
    private final ObjectProvider<JavaMailSender> sender;
    private final MailProperties settings;
    private final LandlordProperties landlord;
    private final TransactionTemplate tx;
    private final Clock clock;
    private volatile boolean warnedNoServer;

    MailDelivery(OutboxMailRepository mails, ObjectProvider<JavaMailSender> sender, MailProperties settings,
            LandlordProperties landlord, PlatformTransactionManager transactions, Clock clock) {
        this.mails = mails;
        this.sender = sender;
        this.settings = settings;
        this.landlord = landlord;
        this.tx = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    /** Whether an SMTP server is configured (SPRING_MAIL_HOST, or the embedded one). */
    boolean hasServer() {
        return sender.getIfAvailable() != null;
    }

    /** Delivers every message due now; returns how many were sent. */
    int deliverDue() {
        JavaMailSender smtp = sender.getIfAvailable();
        if (smtp == null) {
            if (!warnedNoServer) {
                warnedNoServer = true;
                log.warn("No SMTP server configured (SPRING_MAIL_HOST): mails wait in the outbox");
            }
            return 0;
        }
        int interrupted = tx.execute(s -> mails.failInterrupted(clock.instant().minus(INTERRUPTED_AFTER),
                "Interrupted during delivery: it may have reached the server; resend it if it did not"));
        if (interrupted > 0) {
            log.warn("{} mail(s) interrupted during delivery marked FAILED", interrupted);
        }
        int sent = 0;
        List<Long> due;
        do {
            due = tx.execute(s -> mails.findDue(clock.instant(), PageRequest.of(0, BATCH)));
            for (long id : due) {
                sent += deliver(smtp, id) ? 1 : 0;
            }
        } while (due.size() == BATCH);
        return sent;
    }

    private boolean deliver(JavaMailSender smtp, long id) {
        Optional<OutboxMail> taken = tx.execute(s -> mails.claim(id, clock.instant()) == 1
                ? mails.findById(id) : Optional.<OutboxMail>empty());
        if (taken.isEmpty()) {
            return false;
        }
        OutboxMail mail = taken.get();
        try {
            smtp.send(message(smtp, mail));
            tx.executeWithoutResult(s -> mails.markSent(id, clock.instant()));
            return true;
        } catch (MailException | MessagingException | UnsupportedEncodingException e) {
            int attempts = mail.getAttempts();
            boolean last = attempts >= settings.maxAttempts();
            String error = abbreviate(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
            Instant next = clock.instant().plus(settings.backoffAfter(attempts));
            tx.executeWithoutResult(s -> mails.markAttemptFailed(id, last ? MailState.FAILED : MailState.QUEUED,
                    next, error));
            log.warn("Mail {} to {} not delivered (attempt {} of {}): {}", id, mail.getRecipient(), attempts,
                    settings.maxAttempts(), error);
            return false;
        }
    }

    /**
     * The MIME message as a mail client reads it: the text, and with an invitation a {@code multipart/alternative}
     * holding the text and the {@code text/calendar} part (with its METHOD), plus the same object as an
     * {@code invitation.ics} attachment for clients that ignore the inline part.
     */
    MimeMessage message(JavaMailSender smtp, OutboxMail mail) throws MessagingException, UnsupportedEncodingException {
        MimeMessage message = smtp.createMimeMessage();
        message.setFrom(new InternetAddress(settings.from(), landlord.name(), StandardCharsets.UTF_8.name()));
        message.setRecipient(MimeMessage.RecipientType.TO, new InternetAddress(mail.getRecipient(),
                mail.getRecipientName(), StandardCharsets.UTF_8.name()));
        message.setSubject(mail.getSubject(), StandardCharsets.UTF_8.name());
        message.setSentDate(Date.from(clock.instant()));
        message.setHeader("X-CALEOL-Mail", String.valueOf(mail.getId()));
        if (mail.getCalendar() == null) {
            message.setText(mail.getBody(), StandardCharsets.UTF_8.name());
            return message;
        }
        byte[] calendar = mail.getCalendar().getBytes(StandardCharsets.UTF_8);
        MimeBodyPart text = new MimeBodyPart();
        text.setText(mail.getBody(), StandardCharsets.UTF_8.name());
        MimeBodyPart inline = new MimeBodyPart();
        inline.setDataHandler(new DataHandler(new ByteArrayDataSource(calendar,
                "text/calendar; charset=UTF-8; method=" + mail.getCalendarMethod())));
        MimeMultipart alternative = new MimeMultipart("alternative", text, inline);
        MimeBodyPart body = new MimeBodyPart();
        body.setContent(alternative);
        MimeBodyPart attachment = new MimeBodyPart();
        attachment.setDataHandler(new DataHandler(new ByteArrayDataSource(calendar, "application/ics")));
        attachment.setFileName("invitation.ics");
        attachment.setDisposition(Part.ATTACHMENT);
        message.setContent(new MimeMultipart("mixed", body, attachment));
        return message;
    }

    private static String abbreviate(String text) {
        String oneLine = text.replaceAll("\\s+", " ").strip();
        return oneLine.length() <= OutboxMail.ERROR_MAX ? oneLine : oneLine.substring(0, OutboxMail.ERROR_MAX - 1) + "…";
    }
}
