package fr.caleol.committee.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The convocation notice in clear days: neither the day of sending nor the day of the sitting counts. */
class NoticePeriodTest {

    private static Committee withNotice(int days) {
        Committee committee = new Committee("Commission", "Est ensemble");
        committee.setNoticeDays(days);
        return committee;
    }

    @Test
    void five_clear_days_from_monday_first_allow_a_sitting_on_the_sunday_after() {
        LocalDate monday = LocalDate.of(2026, 12, 7);
        assertThat(withNotice(5).givesNotice(monday, LocalDate.of(2026, 12, 13))).isTrue();
        assertThat(withNotice(5).givesNotice(monday, LocalDate.of(2026, 12, 12))).isFalse();
    }

    @Test
    void no_notice_required_allows_a_sitting_the_same_day() {
        assertThat(withNotice(0).givesNotice(LocalDate.of(2026, 12, 7), LocalDate.of(2026, 12, 7))).isTrue();
    }
}
