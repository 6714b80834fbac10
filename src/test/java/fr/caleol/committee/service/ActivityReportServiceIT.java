package fr.caleol.committee.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.caleol.base.errors.BusinessException;
import fr.caleol.committee.domain.ActivityReport;
import fr.caleol.committee.domain.FirstQuartileThreshold;
import fr.caleol.committee.domain.OfferState;
import fr.caleol.committee.domain.RefusalGround;
import fr.caleol.committee.domain.SittingMode;
import fr.caleol.security.domain.Role;
import fr.caleol.support.ActivityFixtures;
import fr.caleol.support.IntegrationTest;
import fr.caleol.support.TestUsers;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

/**
 * The activity report read from the database: a committee of its own with sittings in 2019 (so that no other test's
 * sittings fall in its period), decided through adopted rounds, with a known answer.
 */
@IntegrationTest
class ActivityReportServiceIT {

    static final int YEAR = ActivityFixtures.YEAR;

    @Autowired ActivityFixtures fixtures;
    @Autowired ActivityReportService reports;
    @Autowired JdbcTemplate jdbc;

    @BeforeEach
    void actAsSecretary() {
        TestUsers.actAs("secretaire-rapport", Role.SECRETARY, Role.ADMIN);
    }

    @AfterEach
    void logout() {
        TestUsers.anonymous();
    }

    @Test
    void the_report_of_a_committees_year_reads_its_closed_sittings_adopted_rounds_and_offers() {
        long committeeId = fixtures.decidedYear();

        ActivityReportService.Report report = reports.report(new ActivityReportService.Request(
                ActivityReport.Period.year(YEAR), committeeId));
        ActivityReport figures = report.figures();

        assertThat(figures.sittingsByMode()).containsOnly(Map.entry(SittingMode.LIVE_REMOTE, 1L),
                Map.entry(SittingMode.HYBRID, 1L));
        assertThat(figures.itemsExamined()).isEqualTo(3);
        assertThat(figures.itemsWithdrawn()).isEqualTo(1);
        assertThat(figures.itemsSentBack()).isEqualTo(1);
        assertThat(figures.decisions()).isEqualTo(5);
        assertThat(figures.refusalGrounds()).containsOnly(Map.entry(
                RefusalGround.RESOURCES_ABOVE_CEILING, 1L));
        assertThat(figures.decisionsByCommune()).containsOnlyKeys("Montreuil");
        assertThat(figures.offers()).containsOnly(Map.entry(OfferState.REFUSED, 1L),
                Map.entry(OfferState.ACCEPTED, 1L));
        assertThat(figures.vacancyToDecision().known()).isEqualTo(2);
        assertThat(figures.vacancyToDecision().unknown()).isEqualTo(1);
        assertThat(figures.vacancyToDecision().medianDays()).isEqualTo(60); // 30 and 90 days
        assertThat(figures.attributions()).isEqualTo(3);
        assertThat(figures.firstQuartile().count()).isEqualTo(1);
        assertThat(figures.firstQuartile().of()).isEqualTo(2);
        assertThat(figures.firstQuartile().percent()).contains(new BigDecimal("50.0"));
        assertThat(figures.priority().count()).isEqualTo(2);
        assertThat(figures.priority().of()).isEqualTo(3);
        assertThat(figures.dalo()).isEqualTo(1);
        assertThat(report.committeeName()).startsWith("Commission rapport");
    }

    @Test
    void the_yearly_report_prints_its_figures_in_a_real_pdf_and_a_csv() throws Exception {
        long committeeId = fixtures.decidedYear();
        ActivityReportService.Report report = reports.report(new ActivityReportService.Request(
                ActivityReport.Period.year(YEAR), committeeId));

        String text;
        try (var pdf = Loader.loadPDF(reports.pdf(report))) {
            text = new PDFTextStripper().getText(pdf);
        }
        assertThat(text).contains("Rapport d’activité de la commission d’attribution")
                .contains("du 1 janvier 2019 au 31 décembre 2019").contains("Séances tenues").contains("2 séances closes sur la période")
                .contains("Demandeurs du premier quartile, hors QPV").contains("50,0 %")
                .contains("Rapport établi le").contains("secretaire-rapport");
        String csv = new String(ActivityReportDocuments.csv(report), StandardCharsets.UTF_8);
        assertThat(csv).contains("Offres acceptées;1").contains("Ménages prioritaires ou DALO;66,7 %")
                .contains("Ressources supérieures au plafond;1");
        assertThat(new ByteArrayInputStream(ActivityReportDocuments.csv(report)).readNBytes(3))
                .containsExactly(0xEF, 0xBB, 0xBF);
    }

    @Test
    void a_committee_member_cannot_read_the_report_nor_a_secretary_enter_a_threshold() {
        TestUsers.actAs("membre-rapport", Role.COMMITTEE_MEMBER);
        assertThatThrownBy(() -> reports.report(new ActivityReportService.Request(ActivityReport.Period.year(YEAR),
                null))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> reports.thresholds()).isInstanceOf(AccessDeniedException.class);

        TestUsers.actAs("secretaire-rapport", Role.SECRETARY);
        assertThatThrownBy(() -> reports.setThreshold(2030, new BigDecimal("11000"), "Arrêté", null))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void a_threshold_needs_a_year_an_amount_and_a_source_and_a_concurrent_change_is_refused_not_overwritten() {
        assertThatThrownBy(() -> reports.setThreshold(2016, new BigDecimal("9000"), "Arrêté", null))
                .isInstanceOf(BusinessException.class).hasMessage("report.error.thresholdYear");
        assertThatThrownBy(() -> reports.setThreshold(2031, new BigDecimal("-1"), "Arrêté", null))
                .isInstanceOf(BusinessException.class).hasMessage("report.error.thresholdAmount");
        assertThatThrownBy(() -> reports.setThreshold(2031, new BigDecimal("9000"), "  ", null))
                .isInstanceOf(BusinessException.class).hasMessage("report.error.thresholdSource");

        int year = 2040 + (int) (System.nanoTime() % 50);
        jdbc.update("DELETE FROM first_quartile_threshold WHERE year = ?", year);
        FirstQuartileThreshold first = reports.setThreshold(year, new BigDecimal("10500.50"), "Arrêté du 2 mars",
                null);
        assertThatThrownBy(() -> reports.setThreshold(year, new BigDecimal("10600"), "Autre saisie", null))
                .isInstanceOf(BusinessException.class).hasMessage("error.staleData");
        reports.setThreshold(year, new BigDecimal("10600"), "Arrêté rectificatif", first.getVersion());
        assertThat(reports.thresholds()).filteredOn(t -> t.getYear() == year).singleElement()
                .satisfies(t -> {
                    assertThat(t.getAnnualPerUnit()).isEqualByComparingTo("10600");
                    assertThat(t.getSource()).isEqualTo("Arrêté rectificatif");
                });
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_event WHERE action = "
                + "'FIRST_QUARTILE_THRESHOLD_SET' AND object_id = ?", Long.class, String.valueOf(year)))
                .isEqualTo(2);
    }

    @Test
    void a_report_beyond_five_years_is_refused_with_its_reason() {
        assertThatThrownBy(() -> reports.report(new ActivityReportService.Request(new ActivityReport.Period(
                LocalDate.of(2019, 1, 1), LocalDate.of(2025, 1, 1)), null)))
                .isInstanceOf(BusinessException.class).hasMessage("report.error.periodTooLong");
    }
}
