package fr.caleol.base.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class LandlordTimeTest {

    @Test
    void at_half_past_midnight_in_paris_today_is_the_paris_date_not_the_utc_one() {
        // 7 December 2026, 00:30 in Paris (UTC+1) is still 6 December at 23:30 in UTC
        Clock utc = Clock.fixed(Instant.parse("2026-12-06T23:30:00Z"), ZoneOffset.UTC);

        assertThat(LocalDate.now(utc)).isEqualTo(LocalDate.of(2026, 12, 6));
        assertThat(LandlordTime.today(utc)).isEqualTo(LocalDate.of(2026, 12, 7));
    }

    @Test
    void in_summer_time_the_paris_date_changes_two_hours_before_utc() {
        Clock utc = Clock.fixed(Instant.parse("2026-07-13T22:30:00Z"), ZoneOffset.UTC);

        assertThat(LandlordTime.today(utc)).isEqualTo(LocalDate.of(2026, 7, 14));
    }

    @Test
    void now_is_the_clocks_instant_and_the_stored_timestamp_its_utc_reading() {
        Instant at = Instant.parse("2026-12-06T23:30:00.123456Z");
        Clock clock = Clock.fixed(at, ZoneOffset.UTC);

        assertThat(LandlordTime.now(clock)).isEqualTo(at);
        assertThat(LandlordTime.utcNow(clock)).isEqualTo(LocalDateTime.of(2026, 12, 6, 23, 30, 0, 123_456_000));
    }
}
