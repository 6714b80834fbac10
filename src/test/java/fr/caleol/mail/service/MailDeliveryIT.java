package fr.caleol.mail.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.caleol.base.config.LandlordProperties;
import fr.caleol.base.errors.BusinessException;
import fr.caleol.mail.domain.MailKind;
import fr.caleol.mail.domain.MailState;
import fr.caleol.mail.domain.OutboxMail;
import fr.caleol.mail.domain.OutboxMailRepository;
import fr.caleol.security.domain.AppUser;
import fr.caleol.security.domain.AppUserRepository;
import fr.caleol.security.domain.Role;
import fr.caleol.support.IntegrationTest;
import fr.caleol.support.Mailbox;
import fr.caleol.support.TestUsers;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The outbox's delivery: retried with back-off while the SMTP server refuses, then FAILED; resent by an
 * administrator; never sent twice when two dispatchers meet. Each test delivers its own message "in the future" (a
 * clock ten days ahead) so that the application's own dispatcher, on today's clock, leaves it alone.
 */
@IntegrationTest
class MailDeliveryIT {

    private static final Duration AHEAD = Duration.ofDays(10);

    @Autowired Outbox outbox;
    @Autowired OutboxMailRepository mails;
    @Autowired MailAdmin admin;
    @Autowired AppUserRepository users;
    @Autowired Mailbox mailbox;
    @Autowired LandlordProperties landlord;
    @Autowired PlatformTransactionManager transactions;
    @Autowired JdbcTemplate jdbc;
    @Autowired JavaMailSender realServer;

    @AfterEach
    void logOut() {
        TestUsers.anonymous();
    }

    private final AtomicReference<Instant> now = new AtomicReference<>(Instant.now().plus(AHEAD));

    private Clock clock() {
        return new Clock() {
            @Override public java.time.ZoneId getZone() { return ZoneOffset.UTC; }
            @Override public Clock withZone(java.time.ZoneId zone) { return this; }
            @Override public Instant instant() { return now.get(); }
        };
    }

    private MailDelivery delivery(JavaMailSender sender, int maxAttempts) {
        StaticListableBeanFactory beans = new StaticListableBeanFactory(Map.of("sender", sender));
        MailProperties settings = new MailProperties("caleol@localhost", "http://localhost:8080", Duration.ofSeconds(5),
                maxAttempts, Duration.ofMinutes(1), 0);
        return new MailDelivery(mails, beans.getBeanProvider(JavaMailSender.class), settings, landlord, transactions,
                clock());
    }

    /** A message queued ten days ahead (the application's dispatcher does not see it due). */
    private long queuedAhead(String subject) {
        AppUser user = new AppUser(TestUsers.unique("destinataire"), "Destinataire", "x", Set.of(Role.VOLUNTEER));
        user.setEmail(user.getUsername() + "@caleol.test");
        users.save(user);
        // Moved ahead in the queuing transaction itself: the application's dispatcher, woken by the commit, must
        // never find it due.
        return new TransactionTemplate(transactions).execute(s -> {
            long id = outbox.enqueue(MailKind.URGENT_CALL, user,
                    Map.of("campagne", subject, "lien", "http://localhost:8080/appels/tableau-de-bord"), "test")
                    .orElseThrow();
            mails.flush();
            jdbc.update("UPDATE mail_outbox SET next_attempt_at = ? WHERE id = ?",
                    java.sql.Timestamp.from(now.get()), id);
            return id;
        });
    }

    private static JavaMailSender refusing() throws IOException {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        JavaMailSenderImpl sender = new JavaMailSenderImpl();
        sender.setHost("127.0.0.1");
        sender.setPort(port);
        sender.getJavaMailProperties().put("mail.smtp.connectiontimeout", "2000");
        return sender;
    }

    @Test
    void a_refused_delivery_is_retried_with_back_off_and_finally_marked_failed() throws IOException {
        long id = queuedAhead(TestUsers.unique("Campagne"));
        MailDelivery delivery = delivery(refusing(), 3);

        delivery.deliverDue();
        OutboxMail first = mails.findById(id).orElseThrow();
        assertThat(first.getState()).isEqualTo(MailState.QUEUED);
        assertThat(first.getAttempts()).isEqualTo(1);
        assertThat(first.getLastError()).isNotBlank();
        assertThat(first.getNextAttemptAt()).isCloseTo(now.get().plus(Duration.ofMinutes(1)),
                org.assertj.core.api.Assertions.within(1, java.time.temporal.ChronoUnit.SECONDS));

        delivery.deliverDue();
        assertThat(mails.findById(id).orElseThrow().getAttempts()).as("not due yet: no attempt").isEqualTo(1);

        now.set(now.get().plus(Duration.ofMinutes(1)));
        delivery.deliverDue();
        OutboxMail second = mails.findById(id).orElseThrow();
        assertThat(second.getAttempts()).isEqualTo(2);
        assertThat(second.getNextAttemptAt()).as("the wait doubles").isCloseTo(now.get().plus(Duration.ofMinutes(2)),
                org.assertj.core.api.Assertions.within(1, java.time.temporal.ChronoUnit.SECONDS));

        now.set(now.get().plus(Duration.ofMinutes(2)));
        delivery.deliverDue();
        OutboxMail last = mails.findById(id).orElseThrow();
        assertThat(last.getState()).isEqualTo(MailState.FAILED);
        assertThat(last.getAttempts()).isEqualTo(3);
        now.set(now.get().plus(Duration.ofDays(1)));
        delivery.deliverDue();
        assertThat(mails.findById(id).orElseThrow().getAttempts()).as("a failed mail is left alone").isEqualTo(3);
    }

    @Test
    void an_administrator_resends_a_failed_mail_and_it_is_delivered() throws IOException {
        String campaign = TestUsers.unique("Campagne");
        long id = queuedAhead(campaign);
        MailDelivery delivery = delivery(refusing(), 1);
        delivery.deliverDue();
        OutboxMail failed = mails.findById(id).orElseThrow();
        assertThat(failed.getState()).isEqualTo(MailState.FAILED);

        TestUsers.actAs("secretaire", Role.SECRETARY);
        assertThatThrownBy(() -> admin.resend(id, failed.getVersion()))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
        TestUsers.actAs("admin", Role.ADMIN);
        admin.resend(id, failed.getVersion());
        assertThatThrownBy(() -> admin.resend(id, failed.getVersion())).as("a second click")
                .isInstanceOf(BusinessException.class);

        mailbox.await(failed.getRecipient(), 1, m -> m.subject().contains(campaign));
        mailbox.awaitSent(id);
        assertThat(mails.findById(id).orElseThrow().getState()).as("recorded once the batch is through")
                .isEqualTo(MailState.SENT);
    }

    @Test
    void two_dispatchers_meeting_on_the_same_mails_send_each_once() throws Exception {
        String campaign = TestUsers.unique("Campagne");
        long first = queuedAhead(campaign);
        long second = queuedAhead(campaign);
        MailDelivery one = delivery(realServer, 5);
        MailDelivery other = delivery(realServer, 5);
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<Integer> a = pool.submit(() -> { start.await(); return one.deliverDue(); });
            Future<Integer> b = pool.submit(() -> { start.await(); return other.deliverDue(); });
            start.countDown();
            int sentByBoth = a.get(30, TimeUnit.SECONDS) + b.get(30, TimeUnit.SECONDS);
            assertThat(sentByBoth).isGreaterThanOrEqualTo(2);
        } finally {
            pool.shutdownNow();
        }
        for (long id : new long[] {first, second}) {
            OutboxMail mail = mails.findById(id).orElseThrow();
            assertThat(mail.getState()).isEqualTo(MailState.SENT);
            assertThat(mail.getAttempts()).isEqualTo(1);
            assertThat(mailbox.settled(mail.getRecipient())).hasSize(1);
        }
    }

    @Test
    void a_mail_interrupted_during_delivery_is_marked_failed_not_sent_again() {
        long id = queuedAhead(TestUsers.unique("Campagne"));
        jdbc.update("UPDATE mail_outbox SET state = 'SENDING', attempts = 1, next_attempt_at = ? WHERE id = ?",
                java.sql.Timestamp.from(now.get().minus(Duration.ofMinutes(11))), id);
        delivery(realServer, 5).deliverDue();
        OutboxMail mail = mails.findById(id).orElseThrow();
        assertThat(mail.getState()).isEqualTo(MailState.FAILED);
        assertThat(mail.getLastError()).contains("Interrupted");
        assertThat(mailbox.settled(mail.getRecipient())).isEmpty();
    }
}
