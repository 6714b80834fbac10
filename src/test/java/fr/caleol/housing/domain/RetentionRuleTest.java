package fr.caleol.housing.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class RetentionRuleTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 29);

    @Test
    void an_application_that_left_the_register_a_year_ago_is_anonymised_that_day_not_the_day_before() {
        assertThat(RetentionRule.expired(ApplicationStatus.ALLOCATED, TODAY.minusYears(1), TODAY, 12)).isTrue();
        assertThat(RetentionRule.expired(ApplicationStatus.ALLOCATED, TODAY.minusYears(1).plusDays(1), TODAY, 12))
                .isFalse();
    }

    @Test
    void allocated_inadmissible_and_removed_applications_have_left_the_register_the_others_have_not() {
        LocalDate longAgo = TODAY.minusYears(5);
        assertThat(RetentionRule.expired(ApplicationStatus.INADMISSIBLE, longAgo, TODAY, 12)).isTrue();
        assertThat(RetentionRule.expired(ApplicationStatus.REMOVED, longAgo, TODAY, 12)).isTrue();
        assertThat(RetentionRule.expired(ApplicationStatus.ACTIVE, longAgo, TODAY, 12)).isFalse();
        assertThat(RetentionRule.expired(ApplicationStatus.PROPOSED, longAgo, TODAY, 12)).isFalse();
        assertThat(RetentionRule.expired(ApplicationStatus.REFUSED, longAgo, TODAY, 12))
                .as("a refused candidate stays on the register for the next dwelling").isFalse();
    }

    @Test
    void an_application_whose_leaving_day_is_unknown_is_kept() {
        assertThat(RetentionRule.expired(ApplicationStatus.REMOVED, null, TODAY, 12)).isFalse();
    }
}
