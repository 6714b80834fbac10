package fr.caleol.socialcell.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.caleol.socialcell.domain.FiguresPeriod.Range;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class FiguresPeriodTest {

    static final LocalDate THURSDAY = LocalDate.of(2020, 4, 16);

    @Test
    void this_week_runs_from_monday_to_sunday() {
        assertThat(FiguresPeriod.THIS_WEEK.range(THURSDAY))
                .isEqualTo(new Range(LocalDate.of(2020, 4, 13), LocalDate.of(2020, 4, 19)));
        assertThat(FiguresPeriod.week(LocalDate.of(2020, 4, 19)).from()).isEqualTo(LocalDate.of(2020, 4, 13));
    }

    @Test
    void this_month_and_the_last_twelve_months_end_today() {
        assertThat(FiguresPeriod.THIS_MONTH.range(THURSDAY)).isEqualTo(new Range(LocalDate.of(2020, 4, 1), THURSDAY));
        assertThat(FiguresPeriod.LAST_12_MONTHS.range(THURSDAY))
                .isEqualTo(new Range(LocalDate.of(2019, 4, 17), THURSDAY));
    }

    @Test
    void since_the_crisis_starts_on_30_march_2020() {
        assertThat(FiguresPeriod.SINCE_CRISIS.range(THURSDAY)).isEqualTo(new Range(LocalDate.of(2020, 3, 30), THURSDAY));
    }

    @Test
    void a_reversed_period_is_refused() {
        assertThatThrownBy(() -> new Range(THURSDAY, THURSDAY.minusDays(1))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> FiguresPeriod.CUSTOM.range(THURSDAY)).isInstanceOf(IllegalStateException.class);
    }
}
