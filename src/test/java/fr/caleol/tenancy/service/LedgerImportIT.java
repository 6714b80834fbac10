package fr.caleol.tenancy.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.caleol.security.domain.Role;
import fr.caleol.support.IntegrationTest;
import fr.caleol.support.OutreachFixtures;
import fr.caleol.support.TestUsers;
import fr.caleol.tenancy.service.TenancyImportReport.LineError;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

@IntegrationTest
class LedgerImportIT {

    static final DateTimeFormatter FR = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    @Autowired LedgerImportService imports;
    @Autowired RentLedgerService ledger;
    @Autowired OutreachFixtures fixtures;
    @Autowired JdbcTemplate jdbc;

    @AfterEach
    void nobody() {
        TestUsers.anonymous();
    }

    @Test
    void a_valid_file_imports_every_line_and_a_file_with_an_error_imports_nothing() {
        LocalDate day = OutreachFixtures.uniqueDay().withDayOfMonth(5);
        long tenant = fixtures.household(day, "Import", day.minusYears(40)).getFirst();
        long lease = jdbc.queryForObject("SELECT l.id FROM lease l JOIN tenant t ON t.household_id = l.household_id "
                + "WHERE t.id = ?", Long.class, tenant);
        String ref = jdbc.queryForObject("SELECT reference FROM lease WHERE id = ?", String.class, lease);
        String d = day.format(FR);
        TestUsers.actAs("responsable", Role.SOCIAL_CELL_LEAD);
        String bad = "bail;type;date;echeance;montant;moyen;reference\n"
                + ref + ";APPEL;" + d + ";" + d + ";480.00;;\n"
                + "INCONNU;PAIEMENT;" + d + ";;100;CHEQUE;\n"
                + ref + ";PAIEMENT;31/02/2020;;100;;\n"
                + ref + ";PAIEMENT;" + d + ";;100;CARD_BY_PHONE;4970101234567890\n";
        LedgerImportService.Report report = imports.importCsv(bad);
        assertThat(report.imported()).isZero();
        assertThat(report.errors()).extracting(LineError::line, LineError::messageKey).containsExactly(
                org.assertj.core.groups.Tuple.tuple(3, "ledger.import.unknownLease"),
                org.assertj.core.groups.Tuple.tuple(4, "ledger.import.date"),
                org.assertj.core.groups.Tuple.tuple(4, "ledger.import.means"),
                org.assertj.core.groups.Tuple.tuple(5, "socialcell.error.cardNumber"));
        assertThat(ledger.movements(lease)).isEmpty();

        String good = "bail;type;date;echeance;montant;moyen;reference\n"
                + ref + ";APPEL;" + d + ";" + d + ";480.00;;\n"
                + ref + ";APL;" + d + ";;200,00;;\n"
                + ref + ";PAIEMENT;" + d + ";;250.00;TRANSFER;VIR-1\n"
                + ref + ";REGUL;" + d + ";;-5.00;;\n";
        report = imports.importCsv(good);
        assertThat(report.succeeded()).isTrue();
        assertThat(report.imported()).isEqualTo(4);
        assertThat(ledger.balance(lease, day)).isEqualByComparingTo("25.00");

        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_event WHERE action = 'LEDGER_IMPORTED' "
                + "AND object_type = 'lease' AND object_id = ?", Integer.class, String.valueOf(lease)))
                .as("the regularisation is traced on its lease").isEqualTo(1);

        TestUsers.actAs("benevole", Role.VOLUNTEER);
        assertThatThrownBy(() -> imports.importCsv(good)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void an_adviser_cannot_post_on_a_lease_outside_his_cases_nor_any_regularisation() {
        LocalDate day = OutreachFixtures.uniqueDay().withDayOfMonth(5);
        long tenant = fixtures.household(day, "Collegue", day.minusYears(40)).getFirst();
        String ref = jdbc.queryForObject("SELECT l.reference FROM lease l JOIN tenant t ON t.household_id = "
                + "l.household_id WHERE t.id = ?", String.class, tenant);
        String d = day.format(FR);
        TestUsers.actAs(TestUsers.unique("cons"), Role.SOCIAL_ADVISER);
        LedgerImportService.Report report = imports.importCsv("bail;type;date;echeance;montant;moyen;reference\n"
                + ref + ";PAIEMENT;" + d + ";;100;CHEQUE;\n"
                + ref + ";REGUL;" + d + ";;-900.00;;\n");
        assertThat(report.imported()).isZero();
        assertThat(report.errors()).extracting(LineError::line, LineError::messageKey).containsExactly(
                org.assertj.core.groups.Tuple.tuple(2, "ledger.import.notYourLease"),
                org.assertj.core.groups.Tuple.tuple(3, "ledger.import.notYourLease"),
                org.assertj.core.groups.Tuple.tuple(3, "ledger.import.adjustmentByLead"));
    }
}
