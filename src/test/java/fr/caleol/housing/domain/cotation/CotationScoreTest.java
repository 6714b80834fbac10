package fr.caleol.housing.domain.cotation;

import static org.assertj.core.api.Assertions.assertThat;

import fr.caleol.housing.domain.CurrentHousingType;
import fr.caleol.housing.domain.PriorityCategory;
import fr.caleol.housing.domain.RequestReason;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CotationScoreTest {

    static final LocalDate SITTING = LocalDate.of(2026, 12, 7);

    /** The sample grid shipped in {@code samples/cotation-exemple.csv}. */
    static final List<CotationCriterion> GRID = List.of(
            new CotationCriterion("Ancienneté", CotationKind.SENIORITY_MONTHS, null, 1, 120),
            new CotationCriterion("DALO", CotationKind.DALO, null, 200, null),
            new CotationCriterion("Handicap", CotationKind.PRIORITY, "DISABILITY", 80, null),
            new CotationCriterion("Violences", CotationKind.PRIORITY, "DOMESTIC_VIOLENCE", 150, null),
            new CotationCriterion("Sortie d'hébergement", CotationKind.PRIORITY, "LEAVING_SHELTER", 100, null),
            new CotationCriterion("Sans logement", CotationKind.CURRENT_HOUSING, "NO_HOME", 100, null),
            new CotationCriterion("Trop petit", CotationKind.REASON, "TOO_SMALL", 40, null),
            new CotationCriterion("Ressources < 600 €/pers.", CotationKind.RESOURCES_PER_PERSON_BELOW, "600", 50, null),
            new CotationCriterion("5 personnes et plus", CotationKind.HOUSEHOLD_AT_LEAST, "5", 30, null));

    @Test
    void a_dalo_family_without_a_home_filed_34_months_ago_scores_each_criterion_it_meets() {
        // Filed 7 February 2024: 34 full months on 7 December 2026. 1 500 € a month for 3 persons = 500 € each.
        CotationFacts facts = new CotationFacts(LocalDate.of(2024, 2, 7), true,
                Set.of(PriorityCategory.DOMESTIC_VIOLENCE), RequestReason.NO_HOME, CurrentHousingType.NO_HOME, 3,
                new BigDecimal("1500.00"));

        CotationScore score = CotationScore.of(GRID, facts, SITTING);

        assertThat(score.lines()).extracting(CotationScore.Line::label, CotationScore.Line::points).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Ancienneté", 34),
                org.assertj.core.groups.Tuple.tuple("DALO", 200),
                org.assertj.core.groups.Tuple.tuple("Violences", 150),
                org.assertj.core.groups.Tuple.tuple("Sans logement", 100),
                org.assertj.core.groups.Tuple.tuple("Ressources < 600 €/pers.", 50));
        assertThat(score.lines().getFirst().quantity()).isEqualTo(34);
        assertThat(score.total()).isEqualTo(34 + 200 + 150 + 100 + 50);
    }

    @Test
    void seniority_counts_full_months_up_to_its_cap_and_unknown_resources_give_no_points() {
        CotationFacts oneDayShort = new CotationFacts(LocalDate.of(2026, 11, 8), false, Set.of(), RequestReason.TOO_SMALL,
                CurrentHousingType.PRIVATE_TENANT, 5, null);
        assertThat(CotationScore.of(GRID, oneDayShort, SITTING).total()).as("0 month, too small, 5 persons")
                .isEqualTo(40 + 30);

        CotationFacts veteran = new CotationFacts(LocalDate.of(2010, 1, 1), false, Set.of(), RequestReason.OTHER,
                CurrentHousingType.SOCIAL_TENANT, 1, new BigDecimal("2000"));
        assertThat(CotationScore.of(GRID, veteran, SITTING).total()).as("203 months, capped at 120").isEqualTo(120);
    }

    @Test
    void exactly_at_the_resources_threshold_gives_no_points() {
        CotationFacts at = new CotationFacts(SITTING, false, Set.of(), RequestReason.OTHER, CurrentHousingType.OTHER, 2,
                new BigDecimal("1200"));
        assertThat(CotationScore.of(GRID, at, SITTING).total()).isZero();
        assertThat(CotationScore.of(GRID, at, SITTING).lines()).isEmpty();
    }

    @Test
    void a_criterion_names_what_is_wrong_with_it() {
        assertThat(new CotationCriterion(" ", CotationKind.DALO, null, 10, null).problem())
                .hasValue("cotation.error.label");
        assertThat(new CotationCriterion("Priorité", CotationKind.PRIORITY, "SOMETHING", 10, null).problem())
                .hasValue("cotation.error.parameter.PRIORITY");
        assertThat(new CotationCriterion("Ressources", CotationKind.RESOURCES_PER_PERSON_BELOW, "-5", 10, null)
                .problem()).hasValue("cotation.error.parameter.AMOUNT");
        assertThat(new CotationCriterion("DALO", CotationKind.DALO, "x", 10, null).problem())
                .hasValue("cotation.error.parameter.NONE");
        assertThat(new CotationCriterion("DALO", CotationKind.DALO, null, 10, 50).problem())
                .hasValue("cotation.error.capSeniorityOnly");
        assertThat(new CotationCriterion("DALO", CotationKind.DALO, null, 20_000, null).problem())
                .hasValue("cotation.error.points");
        assertThat(new CotationCriterion("Ménage", CotationKind.HOUSEHOLD_AT_LEAST, "4", -10, null).problem())
                .as("a deduction is allowed").isEmpty();
        assertThat(GRID).allSatisfy(c -> assertThat(c.problem()).isEmpty());
    }
}
