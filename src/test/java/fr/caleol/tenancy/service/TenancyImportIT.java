package fr.caleol.tenancy.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.caleol.security.domain.Role;
import fr.caleol.support.IntegrationTest;
import fr.caleol.support.TestUsers;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

@IntegrationTest
class TenancyImportIT {

    static final String HEADER = String.join(";", TenancyService.COLUMNS);

    @Autowired TenancyService tenancy;
    @Autowired JdbcTemplate jdbc;

    @AfterEach
    void nobody() {
        TestUsers.anonymous();
    }

    static ByteArrayInputStream csv(String... lines) {
        return new ByteArrayInputStream(("\uFEFF" + HEADER + "\n" + String.join("\n", lines))
                .getBytes(StandardCharsets.UTF_8));
    }

    static String ref() {
        return "I" + UUID.randomUUID().toString().substring(0, 8);
    }

    int tenants(String prefix) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM tenant WHERE reference LIKE ?", Integer.class, prefix + "%");
    }

    @Test
    void a_valid_file_imports_households_tenants_and_leases() {
        TestUsers.actAs("coordinatrice", Role.OUTREACH_COORDINATOR);
        String p = ref();
        TenancyImportReport report = tenancy.importCsv(csv(
                p + "-1;" + p + "-F1;titulaire;Martin;Jeanne;03/02/1940;01 48 12 34 56;;12 rue Pasteur;93066;" + p
                        + "-B1;" + p + "-D1;01/01/1990;412,50;80,00",
                p + "-2;" + p + "-F2;titulaire;Durand;René;10/10/1944;06 12 34 56 78;;3 allée des Tilleuls;93048;" + p
                        + "-B2;" + p + "-D2;15/06/2001;380;75,5",
                p + "-3;" + p + "-F2;conjoint;Durand;Odette;11/11/1946;;;3 allée des Tilleuls;93048;" + p
                        + "-B2;" + p + "-D2;15/06/2001;380;75,5"), "locataires.csv");
        assertThat(report.errors()).isEmpty();
        assertThat(report.imported()).isEqualTo(3);
        assertThat(report.households()).isEqualTo(2);
        assertThat(tenants(p)).isEqualTo(3);
    }

    @Test
    void a_file_with_errors_imports_nothing_and_says_which_lines_are_wrong() {
        TestUsers.actAs("admin", Role.ADMIN);
        String p = ref();
        TenancyImportReport report = tenancy.importCsv(csv(
                p + "-1;" + p + "-F1;titulaire;Martin;Jeanne;03/02/1940;;;12 rue Pasteur;93066;" + p + "-B1;" + p
                        + "-D1;01/01/1990;412,50;80",
                p + "-2;" + p + "-F2;cousin;Durand;René;31/02/1944;;;3 rue X;99999;" + p + "-B2;" + p
                        + "-D2;15/06/2001;-3;75",
                p + "-3;" + p + "-F1;conjoint;Martin;Paul;01/01/1941;;;AUTRE ADRESSE;93066;" + p + "-B1;" + p
                        + "-D1;01/01/1990;412,50;80"), "erreurs.csv");
        assertThat(report.succeeded()).isFalse();
        assertThat(report.imported()).isZero();
        assertThat(report.errors()).extracting(TenancyImportReport.LineError::line).contains(3, 4)
                .doesNotContain(2);
        assertThat(report.errors()).extracting(TenancyImportReport.LineError::messageKey).contains(
                "tenancy.import.badRole", "tenancy.import.badDate", "tenancy.import.unknownCommune",
                "tenancy.import.badAmount", "tenancy.import.inconsistentHousehold");
        assertThat(tenants(p)).isZero();
    }

    @Test
    void the_sample_file_offered_for_download_is_valid() throws java.io.IOException {
        TestUsers.actAs("coordinatrice", Role.OUTREACH_COORDINATOR);
        try (var in = TenancyImportIT.class.getResourceAsStream("/samples/locataires-exemple.csv")) {
            TenancyImportReport report = tenancy.importCsv(in, "locataires-exemple.csv");
            // imported the first time; later runs on the same database meet its references again
            assertThat(report.lines()).isEqualTo(3);
            assertThat(report.errors()).allSatisfy(
                    e -> assertThat(e.messageKey()).isEqualTo("tenancy.import.exists"));
        }
    }

    @Test
    void a_volunteer_cannot_import() {
        TestUsers.actAs("benevole", Role.VOLUNTEER);
        assertThatThrownBy(() -> tenancy.importCsv(csv(), "x.csv")).isInstanceOf(AccessDeniedException.class);
    }
}
