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
import java.util.ArrayList;
import java.util.Date;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.data.domain.PageRequest;
import org.springframework.mail.MailException;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Delivers the due messages of the outbox by batches, each in three short steps: take them (QUEUED → SENDING, a
 * conditional update that only one dispatcher can win), hand them to the SMTP server over one connection, record the
 * outcomes (SENT; or QUEUED again after a back-off; or FAILED after the last attempt). No database transaction stays
 * open during the SMTP exchange, and a batch costs two commits whatever its size. A message found SENDING long after it was taken (its node stopped mid-delivery) is marked FAILED,
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
        List<OutboxMail> taken;
        do {
            taken = take();
            sent += deliver(smtp, taken);
        } while (taken.size() == BATCH);
        return sent;
    }

    /**
     * Takes up to a batch of due messages, in one transaction: each conditional update holds its row until the commit,
     * so a second dispatcher meeting the same rows waits, then finds them taken.
     */
    private List<OutboxMail> take() {
        return tx.execute(s -> {
            Instant now = clock.instant();
            List<OutboxMail> batch = new ArrayList<>();
            for (long id : mails.findDue(now, PageRequest.of(0, BATCH))) {
                if (mails.claim(id, now) == 1) {
                    mails.findById(id).ifPresent(batch::add);
                }
            }
            return batch;
        });
    }

    /**
     * Sends a batch over one SMTP connection, then records every outcome in one transaction: SENT, or QUEUED again
     * after the back-off, or FAILED after the last attempt. Returns how many were sent.
     */
    private int deliver(JavaMailSender smtp, List<OutboxMail> batch) {
        if (batch.isEmpty()) {
            return 0;
        }
        Map<Object, OutboxMail> byMessage = new IdentityHashMap<>();
        Map<OutboxMail, String> failures = new IdentityHashMap<>();
        List<MimeMessage> messages = new ArrayList<>();
        for (OutboxMail mail : batch) {
            try {
                MimeMessage message = message(smtp, mail);
                byMessage.put(message, mail);
                messages.add(message);
            } catch (MessagingException | UnsupportedEncodingException e) {
                failures.put(mail, describe(e));
            }
        }
        if (!messages.isEmpty()) {
            try {
                smtp.send(messages.toArray(MimeMessage[]::new));
            } catch (MailSendException e) {
                if (e.getFailedMessages().isEmpty()) {
                    messages.forEach(m -> failures.put(byMessage.get(m), describe(e)));
                }
                e.getFailedMessages().forEach((message, cause) -> failures.put(byMessage.get(message), describe(cause)));
            } catch (MailException e) {
                messages.forEach(m -> failures.put(byMessage.get(m), describe(e)));
            }
        }
        tx.executeWithoutResult(s -> {
            Instant now = clock.instant();
            for (OutboxMail mail : batch) {
                String error = failures.get(mail);
                if (error == null) {
                    mails.markSent(mail.getId(), now);
                    continue;
                }
                int attempts = mail.getAttempts();
                boolean last = attempts >= settings.maxAttempts();
                mails.markAttemptFailed(mail.getId(), last ? MailState.FAILED : MailState.QUEUED,
                        now.plus(settings.backoffAfter(attempts)), error);
                log.warn("Mail {} to {} not delivered (attempt {} of {}): {}", mail.getId(), mail.getRecipient(),
                        attempts, settings.maxAttempts(), error);
            }
        });
        return batch.size() - failures.size();
    }

    private static String describe(Exception e) {
        return abbreviate(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
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
