package fr.caleol.committee.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class AttributionTargetsTest {

    static final LocalDate ON = LocalDate.of(2026, 6, 15);
    static final LocalDate ADULT = LocalDate.of(1985, 1, 1);

    @Test
    void consumption_units_count_one_for_the_first_person_half_for_each_other_from_14_and_three_tenths_below() {
        LocalDate fourteenToday = ON.minusYears(14);
        LocalDate fourteenTomorrow = ON.minusYears(14).plusDays(1);

        assertThat(AttributionTargets.consumptionUnits(List.of(ADULT), 1, ON)).isEqualByComparingTo("1");
        assertThat(AttributionTargets.consumptionUnits(List.of(ADULT, ADULT, fourteenToday, fourteenTomorrow), 4, ON))
                .isEqualByComparingTo("2.3");
        // a child heading the file still counts as the first person
        assertThat(AttributionTargets.consumptionUnits(List.of(ON.minusYears(12)), 1, ON)).isEqualByComparingTo("1");
    }

    @Test
    void a_household_recorded_without_its_members_counts_its_size_as_adults() {
        assertThat(AttributionTargets.consumptionUnits(List.of(), 3, ON)).isEqualByComparingTo("2");
        assertThat(AttributionTargets.consumptionUnits(List.of(), 0, ON)).isEqualByComparingTo("1");
    }

    @Test
    void the_first_quartile_is_strictly_below_the_threshold_of_annual_resources_per_unit() {
        BigDecimal perUnit = AttributionTargets.annualPerUnit(new BigDecimal("1400.00"), new BigDecimal("1.8"));

        assertThat(perUnit).isEqualByComparingTo("9333.33");
        assertThat(AttributionTargets.inFirstQuartile(perUnit, new BigDecimal("9333.34"))).isTrue();
        assertThat(AttributionTargets.inFirstQuartile(perUnit, new BigDecimal("9333.33"))).isFalse();
    }

    @Test
    void a_share_is_one_decimal_percent_and_met_from_its_target_up_and_unmeasured_when_empty() {
        assertThat(new AttributionTargets.Share(1, 3, 33).percent()).contains(new BigDecimal("33.3"));
        assertThat(new AttributionTargets.Share(1, 3, 33).met()).contains(true);
        assertThat(new AttributionTargets.Share(1, 4, 25).met()).contains(true);
        assertThat(new AttributionTargets.Share(0, 4, 25).met()).contains(false);
        assertThat(new AttributionTargets.Share(0, 0, 25).percent()).isEmpty();
        assertThatThrownBy(() -> new AttributionTargets.Share(3, 2, 25)).isInstanceOf(IllegalArgumentException.class);
    }
}
