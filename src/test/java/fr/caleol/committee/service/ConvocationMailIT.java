package fr.caleol.committee.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import fr.caleol.base.errors.BusinessException;
import fr.caleol.committee.domain.SittingRepository;
import fr.caleol.mail.domain.OutboxMailRepository;
import fr.caleol.mail.service.ReadMail;
import fr.caleol.security.domain.AppUser;
import fr.caleol.security.domain.AppUserRepository;
import fr.caleol.security.domain.Role;
import fr.caleol.support.CommitteeFixtures.LiveSitting;
import fr.caleol.support.CommitteeFixtures;
import fr.caleol.support.IntegrationTest;
import fr.caleol.support.Mailbox;
import fr.caleol.support.TestUsers;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Convocations reach the members by mail, with a calendar invitation that their mail client files as one event and
 * updates: checked on the real MIME messages the embedded SMTP server received, the invitation parsed back.
 */
@IntegrationTest
class ConvocationMailIT {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    @Autowired CommitteeFixtures fixtures;
    @Autowired SittingService sittings;
    @Autowired SittingRepository sittingRows;
    @Autowired SittingReminders reminders;
    @Autowired OutboxMailRepository outbox;
    @Autowired AppUserRepository users;
    @Autowired Mailbox mailbox;
    @Autowired TransactionTemplate tx;
    @Autowired JdbcTemplate jdbc;

    @AfterEach
    void logOut() {
        TestUsers.anonymous();
    }

    private static String address(String username) {
        return username + "@" + CommitteeFixtures.MAIL_DOMAIN;
    }

    private static VEvent event(ReadMail mail) {
        ICalendar calendar = Biweekly.parse(mail.calendar()).first();
        assertThat(calendar.getEvents()).hasSize(1);
        return calendar.getEvents().getFirst();
    }

    private static String method(ReadMail mail) {
        return Biweekly.parse(mail.calendar()).first().getMethod().getValue();
    }

    private LiveSitting inTenDays(LocalTime at) {
        return fixtures.preparedSitting(LocalDate.now(PARIS).plusDays(10), at, 5);
    }

    @Test
    void convening_mails_every_convened_member_a_convocation_with_a_calendar_request_in_paris_time() {
        LiveSitting s = inTenDays(LocalTime.of(9, 30));
        TestUsers.actAs(s.secretary(), Role.SECRETARY);
        sittings.setVideoLink(s.sittingId(), "https://webconf.numerique.gouv.fr/caleol-convocation");
        sittings.convene(s.sittingId());

        for (String member : List.of(s.president(), s.mayor(), s.prefect(), s.substitute(), s.secretary())) {
            ReadMail mail = mailbox.await(address(member), 1, m -> m.subject().startsWith("Convocation")).getFirst();
            assertThat(mail.calendarContentType()).contains("text/calendar").containsIgnoringCase("method=REQUEST");
            VEvent event = event(mail);
            assertThat(method(mail)).isEqualTo("REQUEST");
            assertThat(event.getUid().getValue()).isEqualTo("caleol-sitting-" + s.sittingId() + "@localhost");
            assertThat(event.getSequence().getValue()).isZero();
            ZonedDateTime start = LocalDate.now(PARIS).plusDays(10).atTime(9, 30).atZone(PARIS);
            assertThat(event.getDateStart().getValue().toInstant()).isEqualTo(start.toInstant());
            assertThat(mail.calendar()).contains("DTSTART;TZID=Europe/Paris:").contains("BEGIN:VTIMEZONE")
                    .contains("TZID:Europe/Paris");
            assertThat(event.getLocation().getValue()).isEqualTo("https://webconf.numerique.gouv.fr/caleol-convocation");
            assertThat(event.getAttendees()).singleElement()
                    .satisfies(a -> assertThat(a.getEmail()).isEqualTo(address(member)));
        }
        ReadMail president = mailbox.to(address(s.president())).getFirst();
        assertThat(president.text()).contains("09:30").contains("1 logement(s)")
                .contains("https://webconf.numerique.gouv.fr/caleol-convocation")
                .contains("/seances/" + s.sittingId() + "/direct").contains("Président(e)");
        ReadMail substitute = mailbox.to(address(s.substitute())).getFirst();
        assertThat(substitute.text()).as("the substitute is convened as such").contains("Suppléant(e)");
    }

    @Test
    void the_convocation_holds_no_candidate_personal_data() {
        LiveSitting s = inTenDays(LocalTime.of(10, 0));
        TestUsers.actAs(s.secretary(), Role.SECRETARY);
        sittings.convene(s.sittingId());
        List<String> applicants = jdbc.queryForList("SELECT a.applicant_name FROM housing_application a WHERE a.id IN ("
                + String.join(",", s.applicationIds().stream().map(String::valueOf).toList()) + ")", String.class);

        ReadMail mail = mailbox.await(address(s.mayor()), 1, m -> m.subject().startsWith("Convocation")).getFirst();
        assertThat(applicants).isNotEmpty().allSatisfy(name -> {
            assertThat(mail.text()).doesNotContain(name);
            assertThat(mail.calendar()).doesNotContain(name);
        });
    }

    @Test
    void moving_the_sitting_sends_the_same_event_at_the_next_sequence_and_the_new_time() {
        LiveSitting s = inTenDays(LocalTime.of(14, 0));
        TestUsers.actAs(s.secretary(), Role.SECRETARY);
        sittings.convene(s.sittingId());
        LocalDate later = LocalDate.now(PARIS).plusDays(12);
        sittings.reschedule(s.sittingId(), later, LocalTime.of(16, 15), null);

        ReadMail update = mailbox.await(address(s.president()), 1, m -> m.subject().startsWith("Séance modifiée"))
                .getFirst();
        VEvent event = event(update);
        assertThat(method(update)).isEqualTo("REQUEST");
        assertThat(event.getUid().getValue()).isEqualTo("caleol-sitting-" + s.sittingId() + "@localhost");
        assertThat(event.getSequence().getValue()).isEqualTo(1);
        assertThat(event.getDateStart().getValue().toInstant())
                .isEqualTo(later.atTime(16, 15).atZone(PARIS).toInstant());
        assertThat(update.text()).contains("16:15");
    }

    @Test
    void changing_the_video_link_of_a_convened_sitting_sends_the_updated_invitation() {
        LiveSitting s = inTenDays(LocalTime.of(11, 0));
        TestUsers.actAs(s.secretary(), Role.SECRETARY);
        sittings.convene(s.sittingId());
        sittings.setVideoLink(s.sittingId(), "https://visio.example.org/salle-2");

        ReadMail update = mailbox.await(address(s.mayor()), 1, m -> m.subject().startsWith("Séance modifiée"))
                .getFirst();
        assertThat(event(update).getSequence().getValue()).isEqualTo(1);
        assertThat(event(update).getLocation().getValue()).isEqualTo("https://visio.example.org/salle-2");
        assertThat(update.text()).contains("https://visio.example.org/salle-2");
    }

    @Test
    void cancelling_a_convened_sitting_sends_a_calendar_cancel_for_the_same_event() {
        LiveSitting s = inTenDays(LocalTime.of(9, 0));
        TestUsers.actAs(s.secretary(), Role.SECRETARY);
        sittings.convene(s.sittingId());
        sittings.cancel(s.sittingId(), "Ordre du jour reporté : logement retiré de la location");

        ReadMail cancel = mailbox.await(address(s.prefect()), 1, m -> m.subject().startsWith("Séance annulée"))
                .getFirst();
        assertThat(method(cancel)).isEqualTo("CANCEL");
        assertThat(cancel.calendarContentType()).containsIgnoringCase("method=CANCEL");
        VEvent event = event(cancel);
        assertThat(event.getUid().getValue()).isEqualTo("caleol-sitting-" + s.sittingId() + "@localhost");
        assertThat(event.getSequence().getValue()).isEqualTo(1);
        assertThat(event.getStatus().getValue()).isEqualTo("CANCELLED");
        assertThat(cancel.text()).contains("logement retiré de la location");
        assertThatThrownBy(() -> sittings.reschedule(s.sittingId(), LocalDate.now(PARIS).plusDays(20),
                LocalTime.NOON, null)).isInstanceOf(BusinessException.class)
                .hasMessageContaining("committee.error.notReschedulable");
    }

    @Test
    void a_convocation_within_the_notice_period_needs_a_reason_which_is_recorded() {
        LiveSitting s = fixtures.preparedSitting(LocalDate.now(PARIS).plusDays(3), LocalTime.of(9, 0), 5);
        TestUsers.actAs(s.secretary(), Role.SECRETARY);
        assertThat(sittings.notice(s.sittingId(), null)).isEqualTo(new SittingService.Notice(false, 5));

        assertThatThrownBy(() -> sittings.convene(s.sittingId()))
                .isInstanceOf(BusinessException.class).hasMessageContaining("committee.error.shortNotice");
        assertThat(outbox.findByAboutOrderById("sitting:" + s.sittingId())).as("a refused convocation sends nothing")
                .isEmpty();

        sittings.convene(s.sittingId(), "Logement vacant à attribuer avant la fin du mois");
        assertThat(sittingRows.findById(s.sittingId()).orElseThrow().getShortNoticeReason())
                .isEqualTo("Logement vacant à attribuer avant la fin du mois");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_event WHERE action = 'SITTING_CONVENED' "
                + "AND object_id = ? AND details LIKE '%short notice: Logement vacant%'", Long.class,
                String.valueOf(s.sittingId()))).isEqualTo(1);
    }

    @Test
    void five_clear_days_of_notice_are_enough_without_a_reason() {
        LiveSitting s = fixtures.preparedSitting(LocalDate.now(PARIS).plusDays(6), LocalTime.of(9, 0), 5);
        TestUsers.actAs(s.secretary(), Role.SECRETARY);
        assertThat(sittings.notice(s.sittingId(), null).given()).isTrue();
        sittings.convene(s.sittingId());
        assertThat(sittingRows.findById(s.sittingId()).orElseThrow().getShortNoticeReason()).isNull();
    }

    @Test
    void a_convocation_rolled_back_with_its_transaction_sends_nothing() {
        LiveSitting s = inTenDays(LocalTime.of(15, 0));
        TestUsers.actAs(s.secretary(), Role.SECRETARY);
        tx.executeWithoutResult(status -> {
            sittings.convene(s.sittingId());
            assertThat(outbox.findByAboutOrderById("sitting:" + s.sittingId())).as("queued inside the transaction")
                    .isNotEmpty();
            status.setRollbackOnly();
        });
        assertThat(outbox.findByAboutOrderById("sitting:" + s.sittingId())).isEmpty();
        assertThat(mailbox.settled(address(s.president()))).isEmpty();
    }

    @Test
    void the_members_are_reminded_the_day_before_and_one_hour_before_once_each() {
        LiveSitting s = inTenDays(LocalTime.of(10, 0));
        TestUsers.actAs(s.secretary(), Role.SECRETARY);
        sittings.convene(s.sittingId());
        TestUsers.anonymous();
        // Time passes: the sitting is now 20 hours away, then 40 minutes away.
        moveTo(s, ZonedDateTime.now(PARIS).plusHours(20));
        reminders.sendDue();
        reminders.sendDue();
        mailbox.await(address(s.president()), 1, m -> m.subject().startsWith("Rappel"));

        moveTo(s, ZonedDateTime.now(PARIS).plusMinutes(40));
        reminders.sendDue();
        reminders.sendDue();
        mailbox.await(address(s.president()), 1, m -> m.subject().startsWith("Dans une heure"));
        assertThat(mailbox.settled(address(s.president()))).extracting(ReadMail::subject).as("each reminder once")
                .filteredOn(subject -> subject.startsWith("Rappel") || subject.startsWith("Dans une heure"))
                .hasSize(2);
    }

    @Test
    void a_member_who_turned_alerts_off_gets_the_convocation_but_not_the_reminders() {
        LiveSitting s = inTenDays(LocalTime.of(10, 0));
        AppUser mayor = users.findByUsername(s.mayor()).orElseThrow();
        mayor.setMailAlerts(false);
        users.save(mayor);
        TestUsers.actAs(s.secretary(), Role.SECRETARY);
        sittings.convene(s.sittingId());
        TestUsers.anonymous();
        moveTo(s, ZonedDateTime.now(PARIS).plusMinutes(30));
        reminders.sendDue();

        mailbox.await(address(s.president()), 1, m -> m.subject().startsWith("Dans une heure"));
        assertThat(mailbox.settled(address(s.mayor()))).extracting(ReadMail::subject)
                .anyMatch(subject -> subject.startsWith("Convocation"))
                .noneMatch(subject -> subject.startsWith("Dans une heure"));
    }

    @Test
    void a_member_may_neither_move_nor_cancel_a_sitting() {
        LiveSitting s = inTenDays(LocalTime.of(10, 0));
        TestUsers.actAs(s.president(), Role.COMMITTEE_MEMBER);
        assertThatThrownBy(() -> sittings.cancel(s.sittingId(), "non"))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
        assertThatThrownBy(() -> sittings.reschedule(s.sittingId(), LocalDate.now(PARIS).plusDays(11),
                LocalTime.NOON, null)).isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
        assertThatThrownBy(() -> sittings.convene(s.sittingId(), "motif"))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
    }

    /** Moves the sitting's start to {@code at}, as if that much time had passed since it was convened. */
    private void moveTo(LiveSitting s, ZonedDateTime at) {
        jdbc.update("UPDATE sitting SET sitting_date = ?, start_time = ? WHERE id = ?", at.toLocalDate(),
                at.toLocalTime().withNano(0), s.sittingId());
    }
}
