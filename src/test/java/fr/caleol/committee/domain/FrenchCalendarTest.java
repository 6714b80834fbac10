package fr.caleol.committee.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class FrenchCalendarTest {

    @Test
    void easter_sunday_is_computed_for_known_years() {
        assertThat(FrenchCalendar.easterSunday(2024)).isEqualTo(LocalDate.of(2024, 3, 31));
        assertThat(FrenchCalendar.easterSunday(2025)).isEqualTo(LocalDate.of(2025, 4, 20));
        assertThat(FrenchCalendar.easterSunday(2026)).isEqualTo(LocalDate.of(2026, 4, 5));
        assertThat(FrenchCalendar.easterSunday(2027)).isEqualTo(LocalDate.of(2027, 3, 28));
    }

    @Test
    void public_holidays_are_the_fixed_dates_plus_easter_monday_ascension_and_whit_monday() {
        assertThat(FrenchCalendar.isPublicHoliday(LocalDate.of(2026, 7, 14))).isTrue();
        assertThat(FrenchCalendar.isPublicHoliday(LocalDate.of(2026, 5, 8))).isTrue();
        assertThat(FrenchCalendar.isPublicHoliday(LocalDate.of(2026, 4, 6))).as("Easter Monday").isTrue();
        assertThat(FrenchCalendar.isPublicHoliday(LocalDate.of(2026, 5, 14))).as("Ascension").isTrue();
        assertThat(FrenchCalendar.isPublicHoliday(LocalDate.of(2026, 5, 25))).as("Whit Monday").isTrue();
        assertThat(FrenchCalendar.isPublicHoliday(LocalDate.of(2026, 4, 5))).as("Easter Sunday is a Sunday, not listed")
                .isFalse();
        assertThat(FrenchCalendar.isPublicHoliday(LocalDate.of(2026, 11, 30))).isFalse();
    }

    @Test
    void the_reply_deadline_is_the_tenth_day_after_notification_on_a_weekday() {
        // Notified Monday 2 November 2026: day 1 is Tuesday 3, day 10 is Thursday 12 November.
        assertThat(FrenchCalendar.replyDeadline(LocalDate.of(2026, 11, 2))).isEqualTo(LocalDate.of(2026, 11, 12));
    }

    @Test
    void a_deadline_on_a_saturday_or_sunday_moves_to_monday() {
        // Notified Wednesday 4 November 2026: day 10 is Saturday 14 → Monday 16.
        assertThat(FrenchCalendar.replyDeadline(LocalDate.of(2026, 11, 4))).isEqualTo(LocalDate.of(2026, 11, 16));
        // Notified Thursday 5 November: day 10 is Sunday 15 → Monday 16.
        assertThat(FrenchCalendar.replyDeadline(LocalDate.of(2026, 11, 5))).isEqualTo(LocalDate.of(2026, 11, 16));
    }

    @Test
    void a_deadline_on_a_public_holiday_moves_to_the_next_working_day() {
        // Notified Sunday 1 November 2026: day 10 is Wednesday 11 November (Armistice) → Thursday 12.
        assertThat(FrenchCalendar.replyDeadline(LocalDate.of(2026, 11, 1))).isEqualTo(LocalDate.of(2026, 11, 12));
        // Notified Friday 15 May 2026: day 10 is Monday 25 May (Whit Monday) → Tuesday 26.
        assertThat(FrenchCalendar.replyDeadline(LocalDate.of(2026, 5, 15))).isEqualTo(LocalDate.of(2026, 5, 26));
        // Notified Friday 15 December 2028? Day 10 is Monday 25 December (Christmas) → Tuesday 26.
        assertThat(FrenchCalendar.replyDeadline(LocalDate.of(2028, 12, 15))).isEqualTo(LocalDate.of(2028, 12, 26));
    }

    @Test
    void a_holiday_followed_by_a_weekend_pushes_further() {
        // Notified Tuesday 4 August 2026? Day 10 is Friday 14 August, a working day.
        assertThat(FrenchCalendar.replyDeadline(LocalDate.of(2026, 8, 4))).isEqualTo(LocalDate.of(2026, 8, 14));
        // Notified Wednesday 5 August 2026: day 10 is Saturday 15 August (holiday and Saturday) → Monday 17.
        assertThat(FrenchCalendar.replyDeadline(LocalDate.of(2026, 8, 5))).isEqualTo(LocalDate.of(2026, 8, 17));
        // Notified Friday 4 May 2029: day 10 is Monday 14 May; Ascension 2029 is Thursday 10 May. Working day.
        assertThat(FrenchCalendar.replyDeadline(LocalDate.of(2029, 5, 4))).isEqualTo(LocalDate.of(2029, 5, 14));
    }
}
