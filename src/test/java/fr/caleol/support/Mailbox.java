package fr.caleol.support;

import com.icegreen.greenmail.util.GreenMail;
import fr.caleol.mail.domain.MailState;
import fr.caleol.mail.domain.OutboxMailRepository;
import fr.caleol.mail.service.ReadMail;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;

/**
 * The mails the embedded SMTP server (GreenMail) received, read as a mail client reads them, and the outbox's record
 * of their delivery (written once the dispatcher's batch is through, a moment after the server received them).
 */
@Component
public class Mailbox {

    private static final Duration PATIENCE = Duration.ofSeconds(20);

    private final GreenMail server;
    private final OutboxMailRepository outbox;

    Mailbox(GreenMail server, OutboxMailRepository outbox) {
        this.server = server;
        this.outbox = outbox;
    }

    /** Every mail received for that address, oldest first. */
    public List<ReadMail> to(String address) {
        return Arrays.stream(server.getReceivedMessages()).map(ReadMail::of)
                .filter(m -> m.to().stream().anyMatch(to -> to.contains(address))).toList();
    }

    /** Waits until the mails for that address include {@code count} that match, and returns those. */
    public List<ReadMail> await(String address, int count, Predicate<ReadMail> which) {
        poll(() -> to(address).stream().filter(which).count() >= count, () -> "Expected " + count + " mail(s) to "
                + address + ", got: " + to(address).stream().map(ReadMail::subject).toList());
        return to(address).stream().filter(which).toList();
    }

    /** Waits until the outbox records that mail as SENT. */
    public void awaitSent(long mailId) {
        poll(() -> outbox.findById(mailId).orElseThrow().getState() == MailState.SENT,
                () -> "Mail " + mailId + " not recorded as sent: " + outbox.findById(mailId).orElseThrow().getState());
    }

    /** Waits until every outbox mail about that object (e.g. "sitting:12") is recorded as SENT. */
    public void awaitAllSent(String about) {
        poll(() -> outbox.findByAboutOrderById(about).stream().allMatch(m -> m.getState() == MailState.SENT),
                () -> "Mails about " + about + " not all recorded as sent");
    }

    /** The mails received for that address after waiting long enough for any queued one to be sent (3 s). */
    public List<ReadMail> settled(String address) {
        try {
            Thread.sleep(3000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return to(address);
    }

    public GreenMail server() {
        return server;
    }

    private static void poll(BooleanSupplier done, Supplier<String> failure) {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (!done.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError(failure.get());
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }
}
