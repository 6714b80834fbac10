package fr.caleol.committee.domain;

import static org.assertj.core.api.Assertions.assertThat;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class SittingInvitationTest {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    private static SittingInvitation.Event at(LocalDateTime start, int sequence) {
        Instant begins = start.atZone(PARIS).toInstant();
        return new SittingInvitation.Event(SittingInvitation.uid(42, "caleol.example"), sequence, begins,
                begins.plusSeconds(7200), "CALEOL – Commission Est", "1 logement", "https://caleol.example/seances/42/direct",
                null);
    }

    private static final SittingInvitation.People PEOPLE = new SittingInvitation.People("caleol@caleol.example",
            "Commission Est", "maire@caleol.example", "Michel Roussel");

    private static VEvent parsed(String text) {
        ICalendar calendar = Biweekly.parse(text).first();
        return calendar.getEvents().getFirst();
    }

    @Test
    void a_winter_sitting_is_at_utc_plus_one_and_a_summer_sitting_at_utc_plus_two() {
        String winter = SittingInvitation.request(at(LocalDateTime.of(2026, 12, 14, 9, 30), 0), PEOPLE, Instant.now());
        String summer = SittingInvitation.request(at(LocalDateTime.of(2027, 6, 14, 9, 30), 0), PEOPLE, Instant.now());
        assertThat(winter).contains("DTSTART;TZID=Europe/Paris:20261214T093000");
        assertThat(summer).contains("DTSTART;TZID=Europe/Paris:20270614T093000");
        assertThat(parsed(winter).getDateStart().getValue().toInstant()).isEqualTo(Instant.parse("2026-12-14T08:30:00Z"));
        assertThat(parsed(summer).getDateStart().getValue().toInstant()).isEqualTo(Instant.parse("2027-06-14T07:30:00Z"));
    }

    @Test
    void a_request_and_its_cancel_name_the_same_event() {
        String request = SittingInvitation.request(at(LocalDateTime.of(2026, 12, 14, 9, 30), 0), PEOPLE, Instant.now());
        String cancel = SittingInvitation.cancel(at(LocalDateTime.of(2026, 12, 14, 9, 30), 1), PEOPLE, Instant.now());
        assertThat(Biweekly.parse(request).first().getMethod().getValue()).isEqualTo("REQUEST");
        assertThat(Biweekly.parse(cancel).first().getMethod().getValue()).isEqualTo("CANCEL");
        assertThat(parsed(request).getUid().getValue()).isEqualTo(parsed(cancel).getUid().getValue())
                .isEqualTo("caleol-sitting-42@caleol.example");
        assertThat(parsed(cancel).getSequence().getValue()).isEqualTo(1);
        assertThat(parsed(cancel).getStatus().getValue()).isEqualTo("CANCELLED");
        assertThat(parsed(request).getOrganizer().getEmail()).isEqualTo("caleol@caleol.example");
    }

    @Test
    void without_a_video_link_the_location_is_the_sitting_in_caleol() {
        VEvent event = parsed(SittingInvitation.request(at(LocalDateTime.of(2026, 12, 14, 9, 30), 0), PEOPLE,
                Instant.now()));
        assertThat(event.getLocation().getValue()).isEqualTo("https://caleol.example/seances/42/direct");
        assertThat(event.getUrl().getValue()).isEqualTo("https://caleol.example/seances/42/direct");
    }
}
