package fr.caleol.committee.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.caleol.committee.domain.ActivityReport.DecisionFact;
import fr.caleol.committee.domain.ActivityReport.HouseholdFact;
import fr.caleol.committee.domain.ActivityReport.ItemFact;
import fr.caleol.committee.domain.ActivityReport.OfferFact;
import fr.caleol.committee.domain.ActivityReport.Period;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ActivityReportTest {

    static final LocalDate MARCH = LocalDate.of(2026, 3, 1);
    static final LocalDate APRIL = LocalDate.of(2026, 4, 1);
    static final ActivityReport.Targets TARGETS = new ActivityReport.Targets(25, 25,
            Map.of(2025, new BigDecimal("10000.00")));

    /**
     * Five decided dwellings and two withdrawn ones, with a worked answer:
     * <ul>
     *   <li>item 1, Montreuil, vacant 59 days: 11 attributed (alone, 700 €/month: 8 400 € per unit, first quartile),
     *       12 not attributed;</li>
     *   <li>item 2, Bagnolet in a QPV, vacancy unknown: 21 attributed (DALO), 22 inadmissible;</li>
     *   <li>item 3, Montreuil, vacant 59 days: ranked 31 (refused), 32 (accepted: a couple and a child of 10, 1 400 €:
     *       9 333,33 € per unit, first quartile, priority), 33 (still waiting);</li>
     *   <li>item 4, Montreuil, vacant 121 days: 41 conditional, condition met (two adults, 2 000 €: 16 000 €);</li>
     *   <li>item 5, Montreuil, vacant 31 days: 51 attributed, two persons not detailed, 1 250 €: exactly 10 000 € per
     *       unit, so not below the threshold.</li>
     * </ul>
     * Attributions that took effect: 11, 21, 32, 41, 51. Outside QPV: 11, 32, 41, 51, of which 11 and 32 in the
     * first quartile (50 %). Priority: 21 and 32 (40 %).
     */
    static ActivityReport workedExample(ActivityReport.Targets targets) {
        List<ItemFact> items = List.of(new ItemFact(1, ItemState.DECIDED, false), new ItemFact(2, ItemState.DECIDED,
                false), new ItemFact(3, ItemState.DECIDED, false), new ItemFact(4, ItemState.DECIDED, false),
                new ItemFact(5, ItemState.DECIDED, false), new ItemFact(6, ItemState.WITHDRAWN, true),
                new ItemFact(7, ItemState.WITHDRAWN, false));
        LocalDate jan = LocalDate.of(2026, 1, 1);
        List<DecisionFact> decisions = List.of(
                new DecisionFact(1, 11, DecisionType.ATTRIBUTION, null, "Montreuil", false, jan, MARCH),
                new DecisionFact(1, 12, DecisionType.NON_ATTRIBUTION, RefusalGround.OTHER_CANDIDATE_PRIORITY,
                        "Montreuil", false, jan, MARCH),
                new DecisionFact(2, 21, DecisionType.ATTRIBUTION, null, "Bagnolet", true, null, MARCH),
                new DecisionFact(2, 22, DecisionType.INADMISSIBLE, RefusalGround.INCOMPLETE_FILE, "Bagnolet", true,
                        null, MARCH),
                new DecisionFact(3, 31, DecisionType.RANKED_ATTRIBUTION, null, "Montreuil", false,
                        LocalDate.of(2026, 2, 1), APRIL),
                new DecisionFact(3, 32, DecisionType.RANKED_ATTRIBUTION, null, "Montreuil", false,
                        LocalDate.of(2026, 2, 1), APRIL),
                new DecisionFact(3, 33, DecisionType.RANKED_ATTRIBUTION, null, "Montreuil", false,
                        LocalDate.of(2026, 2, 1), APRIL),
                new DecisionFact(4, 41, DecisionType.CONDITIONAL_ATTRIBUTION, null, "Montreuil", false,
                        LocalDate.of(2025, 12, 1), APRIL),
                new DecisionFact(5, 51, DecisionType.ATTRIBUTION, null, "Montreuil", false, MARCH, APRIL));
        List<OfferFact> offers = List.of(new OfferFact(3, 31, Offer.Kind.OFFER, OfferState.REFUSED),
                new OfferFact(3, 32, Offer.Kind.OFFER, OfferState.ACCEPTED),
                new OfferFact(3, 33, Offer.Kind.OFFER, OfferState.WAITING),
                new OfferFact(4, 41, Offer.Kind.CONDITION, OfferState.ACCEPTED));
        LocalDate adult = LocalDate.of(1980, 5, 5);
        List<HouseholdFact> households = List.of(
                new HouseholdFact(11, new BigDecimal("700.00"), 1, List.of(adult), false, false),
                new HouseholdFact(21, new BigDecimal("900.00"), 1, List.of(adult), true, false),
                new HouseholdFact(31, new BigDecimal("1000.00"), 1, List.of(adult), false, false),
                new HouseholdFact(32, new BigDecimal("1400.00"), 3, List.of(adult, adult, LocalDate.of(2016, 1, 1)),
                        false, true),
                new HouseholdFact(33, new BigDecimal("1000.00"), 1, List.of(adult), false, false),
                new HouseholdFact(41, new BigDecimal("2000.00"), 2, List.of(adult, adult), false, false),
                new HouseholdFact(51, new BigDecimal("1250.00"), 2, List.of(), false, false));
        return ActivityReport.of(Period.year(2026), Map.of(SittingMode.LIVE_REMOTE, 3L, SittingMode.HYBRID, 1L),
                items, decisions, offers, households, targets);
    }

    @Test
    void the_worked_example_counts_sittings_items_and_decisions_by_type_commune_and_ground() {
        ActivityReport report = workedExample(TARGETS);

        assertThat(report.sittingsHeld()).isEqualTo(4);
        assertThat(report.itemsExamined()).isEqualTo(5);
        assertThat(report.itemsWithdrawn()).isEqualTo(2);
        assertThat(report.itemsSentBack()).isEqualTo(1);
        assertThat(report.decisions()).isEqualTo(9);
        assertThat(report.decisionsByType()).containsEntry(DecisionType.ATTRIBUTION, 3L)
                .containsEntry(DecisionType.RANKED_ATTRIBUTION, 3L)
                .containsEntry(DecisionType.CONDITIONAL_ATTRIBUTION, 1L)
                .containsEntry(DecisionType.NON_ATTRIBUTION, 1L).containsEntry(DecisionType.INADMISSIBLE, 1L);
        assertThat(report.decisionsByCommune().keySet()).containsExactly("Bagnolet", "Montreuil");
        assertThat(ActivityReport.of(report.period(), Map.of(), List.of(), List.of(
                new DecisionFact(1, 1, DecisionType.NON_ATTRIBUTION, RefusalGround.OTHER, "Épinay-sur-Seine", false,
                        null, MARCH),
                new DecisionFact(2, 2, DecisionType.NON_ATTRIBUTION, RefusalGround.OTHER, "Stains", false, null,
                        MARCH),
                new DecisionFact(3, 3, DecisionType.NON_ATTRIBUTION, RefusalGround.OTHER, "Drancy", false, null,
                        MARCH)), List.of(), List.of(), TARGETS).decisionsByCommune().keySet())
                .as("French alphabetical order").containsExactly("Drancy", "Épinay-sur-Seine", "Stains");
        assertThat(report.decisionsByCommune().get("Montreuil").values().stream().mapToLong(Long::longValue).sum())
                .isEqualTo(7);
        assertThat(report.refusalGrounds()).containsOnly(Map.entry(RefusalGround.OTHER_CANDIDATE_PRIORITY, 1L),
                Map.entry(RefusalGround.INCOMPLETE_FILE, 1L));
        assertThat(report.offers()).containsOnly(Map.entry(OfferState.REFUSED, 1L),
                Map.entry(OfferState.ACCEPTED, 1L), Map.entry(OfferState.WAITING, 1L));
    }

    @Test
    void the_delay_from_vacancy_to_decision_is_counted_once_per_dwelling_whose_vacancy_is_known() {
        ActivityReport.Delay delay = workedExample(TARGETS).vacancyToDecision();

        assertThat(delay.known()).isEqualTo(4);
        assertThat(delay.unknown()).isEqualTo(1);
        assertThat(delay.medianDays()).isEqualTo(59);
        assertThat(delay.averageDays()).isEqualTo(67.5);
        assertThat(delay.maxDays()).isEqualTo(121);
    }

    @Test
    void only_attributions_that_took_effect_count_and_the_first_quartile_share_is_measured_outside_qpv() {
        ActivityReport report = workedExample(TARGETS);

        assertThat(report.attributions()).isEqualTo(5);
        assertThat(report.firstQuartile().count()).isEqualTo(2);
        assertThat(report.firstQuartile().of()).isEqualTo(4);
        assertThat(report.firstQuartile().percent()).contains(new BigDecimal("50.0"));
        assertThat(report.firstQuartile().met()).contains(true);
        assertThat(report.thresholds()).containsOnly(Map.entry(2025, new BigDecimal("10000.00")));
        assertThat(report.firstQuartileUnknown()).isZero();
        assertThat(report.priority().count()).isEqualTo(2);
        assertThat(report.priority().of()).isEqualTo(5);
        assertThat(report.priority().percent()).contains(new BigDecimal("40.0"));
        assertThat(report.dalo()).isEqualTo(1);
    }

    @Test
    void a_higher_target_is_missed_with_the_same_figures() {
        ActivityReport report = workedExample(new ActivityReport.Targets(60, 50, TARGETS.thresholdsByYear()));

        assertThat(report.firstQuartile().met()).contains(false);
        assertThat(report.priority().met()).contains(false);
    }

    @Test
    void without_a_threshold_for_the_year_or_before_the_first_quartile_share_is_not_measured_but_said() {
        ActivityReport report = workedExample(new ActivityReport.Targets(25, 25, Map.of(2027,
                new BigDecimal("12000.00"))));

        assertThat(report.firstQuartile().of()).isZero();
        assertThat(report.firstQuartile().percent()).isEmpty();
        assertThat(report.firstQuartile().met()).isEmpty();
        assertThat(report.firstQuartileUnknown()).isEqualTo(4);
        assertThat(report.thresholds()).isEmpty();
    }

    @Test
    void the_threshold_of_a_year_is_its_own_else_the_latest_earlier_one() {
        ActivityReport.Targets targets = new ActivityReport.Targets(25, 25, Map.of(2024, new BigDecimal("9000"),
                2026, new BigDecimal("11000")));

        assertThat(targets.thresholdFor(2023)).isNull();
        assertThat(targets.thresholdFor(2025)).isEqualByComparingTo("9000");
        assertThat(targets.thresholdFor(2026)).isEqualByComparingTo("11000");
        assertThat(targets.thresholdFor(2030)).isEqualByComparingTo("11000");
    }

    @Test
    void a_period_ending_before_it_starts_is_refused() {
        assertThatThrownBy(() -> new Period(APRIL, MARCH)).isInstanceOf(IllegalArgumentException.class);
        assertThat(Period.year(2026)).isEqualTo(new Period(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31)));
    }
}
