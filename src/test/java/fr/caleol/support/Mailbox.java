package fr.caleol.support;

import com.icegreen.greenmail.util.GreenMail;
import fr.caleol.mail.service.ReadMail;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.function.Predicate;
import org.springframework.stereotype.Component;

/** The mails the embedded SMTP server (GreenMail) received, read as a mail client reads them. */
@Component
public class Mailbox {

    private final GreenMail server;

    Mailbox(GreenMail server) {
        this.server = server;
    }

    /** Every mail received for that address, oldest first. */
    public List<ReadMail> to(String address) {
        return Arrays.stream(server.getReceivedMessages()).map(ReadMail::of)
                .filter(m -> m.to().stream().anyMatch(to -> to.contains(address))).toList();
    }

    /** Waits (at most 20 s) until the mails for that address include {@code count} that match, and returns those. */
    public List<ReadMail> await(String address, int count, Predicate<ReadMail> which) {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        List<ReadMail> found;
        do {
            found = to(address).stream().filter(which).toList();
            if (found.size() >= count) {
                return found;
            }
            sleep();
        } while (System.nanoTime() < deadline);
        throw new AssertionError("Expected " + count + " mail(s) to " + address + ", got " + found.size() + ": "
                + to(address).stream().map(ReadMail::subject).toList());
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

    private static void sleep() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
