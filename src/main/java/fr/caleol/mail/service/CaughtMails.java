package fr.caleol.mail.service;

import com.icegreen.greenmail.util.GreenMail;
import fr.caleol.security.domain.Role;
import jakarta.annotation.security.RolesAllowed;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/** The mails the embedded SMTP server caught (only with the embedded database): newest first, for ADMIN. */
public class CaughtMails {

    private final GreenMail server;

    CaughtMails(GreenMail server) {
        this.server = server;
    }

    /** Every mail caught since the application started, newest first. */
    @RolesAllowed(Role.Names.ADMIN)
    public List<ReadMail> all() {
        return Arrays.stream(server.getReceivedMessages()).map(ReadMail::of)
                .sorted(Comparator.comparing(ReadMail::receivedAt, Comparator.nullsLast(Comparator.reverseOrder())))
                .toList();
    }

    /** The port the embedded SMTP server listens on (127.0.0.1). */
    @RolesAllowed(Role.Names.ADMIN)
    public int port() {
        return server.getSmtp().getPort();
    }
}
