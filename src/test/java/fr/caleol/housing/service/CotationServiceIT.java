package fr.caleol.housing.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.caleol.base.errors.BusinessException;
import fr.caleol.committee.service.SittingService;
import fr.caleol.housing.domain.cotation.CotationCriterion;
import fr.caleol.housing.domain.cotation.CotationKind;
import fr.caleol.housing.domain.cotation.CotationScore;
import fr.caleol.security.domain.Role;
import fr.caleol.support.CommitteeFixtures;
import fr.caleol.support.CommitteeFixtures.LiveSitting;
import fr.caleol.support.IntegrationTest;
import fr.caleol.support.TestUsers;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

/**
 * Cotation grids published by version, imported from CSV, and the scores they give: a grid change never rewrites the
 * scores of a sitting convened before it; only readers of a dossier see its score.
 */
@IntegrationTest
class CotationServiceIT {

    static final LocalDate DAY = LocalDate.of(2026, 12, 7);

    @Autowired CotationService cotation;
    @Autowired SittingService sittings;
    @Autowired CommitteeFixtures fixtures;
    @Autowired JdbcTemplate jdbc;

    @AfterEach
    void logout() {
        TestUsers.anonymous();
    }

    private static List<CotationCriterion> seniority(int pointsPerMonth) {
        return List.of(new CotationCriterion("Ancienneté", CotationKind.SENIORITY_MONTHS, null, pointsPerMonth, null),
                new CotationCriterion("DALO", CotationKind.DALO, null, 200, null));
    }

    @Test
    void each_publication_is_a_new_version_and_the_earlier_ones_stay_as_they_were() {
        String territory = TestUsers.unique("Territoire");
        TestUsers.actAs("admin", Role.ADMIN);
        CotationService.Grid first = cotation.publish(territory, seniority(1));
        CotationService.Grid second = cotation.publish(territory, seniority(3));

        assertThat(first.version()).isEqualTo(1);
        assertThat(second.version()).isEqualTo(2);
        assertThat(cotation.currentGridId(territory)).hasValue(second.id());
        assertThat(cotation.history(territory)).extracting(CotationService.Grid::version).containsExactly(2, 1);
        assertThat(cotation.grid(first.id()).criteria().getFirst().points()).isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_event WHERE action = 'COTATION_GRID_PUBLISHED'"
                + " AND details LIKE ?", Integer.class, territory + " version %")).isEqualTo(2);
    }

    @Test
    void a_sitting_keeps_the_grid_it_was_convened_with_when_the_grid_changes() {
        String territory = TestUsers.unique("Territoire");
        TestUsers.actAs("admin", Role.ADMIN);
        long v1 = cotation.publish(territory, seniority(1)).id();
        LiveSitting s = fixtures.preparedSittingIn(territory);
        TestUsers.actAs("admin", Role.ADMIN);
        sittings.convene(s.sittingId());
        Map<Long, CotationScore> before = cotation.scores(s.applicationIds(), v1, DAY);

        long v2 = cotation.publish(territory, seniority(5)).id();

        assertThat(sittings.get(s.sittingId()).getCotationGridId()).as("the version at convocation").isEqualTo(v1);
        assertThat(cotation.scores(s.applicationIds(), v1, DAY)).isEqualTo(before);
        long applicationId = s.applicationIds().getFirst();
        int months = before.get(applicationId).lines().stream()
                .filter(l -> l.kind() == CotationKind.SENIORITY_MONTHS).mapToInt(CotationScore.Line::quantity)
                .findFirst().orElse(0);
        assertThat(months).as("filed 15 March 2024, scored on 7 December 2026").isEqualTo(32);
        assertThat(cotation.scores(s.applicationIds(), v2, DAY).get(applicationId).total())
                .as("the new version scores differently").isEqualTo(before.get(applicationId).total() + 4 * months);
        assertThat(cotation.currentScores(applicationId, DAY)).containsKey(cotation.grid(v2));
    }

    @Test
    void a_member_reads_the_scores_of_the_candidates_of_a_sitting_they_are_convened_to_and_no_others() {
        String territory = TestUsers.unique("Territoire");
        TestUsers.actAs("admin", Role.ADMIN);
        long grid = cotation.publish(territory, seniority(1)).id();
        LiveSitting s = fixtures.preparedSittingIn(territory);
        LiveSitting other = fixtures.preparedSittingIn(territory);
        TestUsers.actAs("admin", Role.ADMIN);
        sittings.convene(s.sittingId());

        TestUsers.actAs(s.president(), Role.COMMITTEE_MEMBER);
        assertThat(cotation.scores(s.applicationIds(), grid, DAY)).hasSize(3);
        assertThatThrownBy(() -> cotation.scores(other.applicationIds(), grid, DAY))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> cotation.publish(territory, seniority(9))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> cotation.currentScores(s.applicationIds().getFirst(), DAY))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void the_sample_csv_publishes_a_grid_and_a_wrong_file_publishes_nothing_and_lists_every_problem() throws Exception {
        String territory = TestUsers.unique("Territoire");
        TestUsers.actAs("admin", Role.ADMIN);
        try (InputStream sample = CotationServiceIT.class.getResourceAsStream("/samples/cotation-exemple.csv")) {
            CotationService.Grid grid = cotation.importCsv(territory, sample);
            assertThat(grid.criteria()).hasSize(9);
            assertThat(grid.criteria().getFirst().cap()).isEqualTo(120);
        }
        String wrong = """
                libelle;critere;parametre;points;plafond
                Ancienneté;SENIORITY_MONTHS;;1;120
                Inconnu;FAVOURITE;;10;
                Priorité;PRIORITY;SOMETHING;10;
                Points;DALO;;beaucoup;
                """;
        assertThatThrownBy(() -> cotation.importCsv(territory,
                new ByteArrayInputStream(wrong.getBytes(StandardCharsets.UTF_8))))
                .isInstanceOfSatisfying(CotationService.CotationImportException.class, e -> assertThat(e.errors())
                        .extracting(ImportError::line, ImportError::messageKey).containsExactly(
                                org.assertj.core.groups.Tuple.tuple(3, "cotation.error.kind"),
                                org.assertj.core.groups.Tuple.tuple(4, "cotation.error.parameter.PRIORITY"),
                                org.assertj.core.groups.Tuple.tuple(5, "cotation.error.integer")));
        assertThat(cotation.history(territory)).hasSize(1);
    }

    @Test
    void a_grid_without_criteria_or_with_a_wrong_one_is_refused_with_its_rank() {
        TestUsers.actAs("admin", Role.ADMIN);
        assertThatThrownBy(() -> cotation.publish("Nulle part", List.of())).isInstanceOf(BusinessException.class)
                .hasMessage("cotation.error.criteriaCount");
        assertThatThrownBy(() -> cotation.publish("Nulle part", List.of(
                new CotationCriterion("DALO", CotationKind.DALO, null, 10, null),
                new CotationCriterion("", CotationKind.DALO, null, 10, null))))
                .isInstanceOfSatisfying(BusinessException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("cotation.error.label");
                    assertThat(e.arguments()).containsExactly(2);
                });
    }

    @Test
    void the_spread_scores_every_active_application() {
        TestUsers.actAs("admin", Role.ADMIN);
        long grid = cotation.publish(TestUsers.unique("Territoire"), seniority(1)).id();
        CotationService.Spread spread = cotation.spread(grid, DAY);
        Integer active = jdbc.queryForObject("SELECT COUNT(*) FROM housing_application WHERE status = 'ACTIVE'",
                Integer.class);
        assertThat(spread.applications()).isEqualTo(active);
        assertThat(spread.min()).isLessThanOrEqualTo(spread.median());
        assertThat(spread.median()).isLessThanOrEqualTo(spread.p90());
        assertThat(spread.p90()).isLessThanOrEqualTo(spread.max());
    }
}
