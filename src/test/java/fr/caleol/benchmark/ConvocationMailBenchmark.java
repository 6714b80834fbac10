package fr.caleol.benchmark;

import fr.caleol.committee.service.SittingService;
import fr.caleol.mail.service.ReadMail;
import fr.caleol.security.domain.Role;
import fr.caleol.support.CommitteeFixtures.LiveSitting;
import fr.caleol.support.CommitteeFixtures;
import fr.caleol.support.IntegrationTest;
import fr.caleol.support.Mailbox;
import fr.caleol.support.TestUsers;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Convening a sitting of 15 seats, printed (not asserted): from the secretary's click (the service call, its commit
 * included) to the 15 convocation mails received by the SMTP server (the embedded GreenMail: a real SMTP exchange over
 * TCP on 127.0.0.1), {@value #RUNS} sittings in a row; then one convocation and its calendar event as a mail client
 * reads them.
 *
 * <p>Run on the production build: {@code ./mvnw -B -Pproduction,benchmark verify -Dit.test=ConvocationMailBenchmark}.
 */
@IntegrationTest
class ConvocationMailBenchmark {

    static final int RUNS = Integer.getInteger("caleol.mail.runs", 20);
    static final int SEATS = 15;

    @Autowired CommitteeFixtures fixtures;
    @Autowired SittingService sittings;
    @Autowired Mailbox mailbox;

    @Test
    void print_the_time_from_convening_15_seats_to_15_mails_delivered() throws Exception {
        double[] convene = new double[RUNS];
        double[] delivered = new double[RUNS];
        LiveSitting last = null;
        for (int run = 0; run < RUNS; run++) {
            LiveSitting s = fixtures.preparedSitting(LocalDate.now(ZoneId.of("Europe/Paris")).plusDays(10 + run),
                    LocalTime.of(9, 30), 5, SEATS - 5);
            Set<String> addresses = Stream.of(Stream.of(s.president(), s.mayor(), s.prefect(), s.secretary(),
                    s.substitute()), s.boardMembers().stream()).flatMap(x -> x)
                    .map(u -> u + "@" + CommitteeFixtures.MAIL_DOMAIN).collect(Collectors.toSet());
            if (addresses.size() != SEATS) {
                throw new IllegalStateException("Expected " + SEATS + " seats, got " + addresses.size());
            }
            TestUsers.actAs(s.secretary(), Role.SECRETARY);
            long start = System.nanoTime();
            sittings.convene(s.sittingId());
            convene[run] = Stats.ms(start);
            while (received(addresses) < SEATS) {
                Thread.sleep(2);
            }
            delivered[run] = Stats.ms(start);
            TestUsers.anonymous();
            last = s;
        }
        System.out.printf("%n=== Convocation mails: %d sittings of %d seats (SMTP: embedded GreenMail on 127.0.0.1) ===%n",
                RUNS, SEATS);
        System.out.printf("convene (service call, commit)      median %.0f ms, p95 %.0f ms, max %.0f ms%n",
                Stats.median(convene), Stats.p95(convene), Stats.max(convene));
        System.out.printf("convene -> %d mails at the server    median %.0f ms, p95 %.0f ms, max %.0f ms%n", SEATS,
                Stats.median(delivered), Stats.p95(delivered), Stats.max(delivered));
        ReadMail mail = mailbox.to(last.mayor() + "@" + CommitteeFixtures.MAIL_DOMAIN).getFirst();
        System.out.println("\n--- One convocation, as a mail client reads it ---");
        System.out.println("From: " + mail.from());
        System.out.println("To: " + String.join(", ", mail.to()));
        System.out.println("Subject: " + mail.subject());
        System.out.println();
        System.out.println(mail.text());
        System.out.println("--- Its calendar part (" + mail.calendarContentType() + ") ---");
        System.out.println(mail.calendar());
    }

    private int received(Set<String> addresses) {
        List<String> to = new ArrayList<>();
        for (var message : mailbox.server().getReceivedMessages()) {
            try {
                for (var address : message.getAllRecipients()) {
                    String text = address.toString();
                    addresses.stream().filter(text::contains).forEach(to::add);
                }
            } catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException(e);
            }
        }
        return (int) to.stream().distinct().count();
    }
}
