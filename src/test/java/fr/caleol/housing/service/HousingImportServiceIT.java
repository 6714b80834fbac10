package fr.caleol.housing.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import fr.caleol.security.domain.Role;
import fr.caleol.support.IntegrationTest;
import fr.caleol.support.TestUsers;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

@IntegrationTest
class HousingImportServiceIT {

    static final String HEADER = String.join(";", ApplicationCsv.HEADER);
    private static final Pattern SAMPLE_NUMERO = Pattern.compile("^093\\d{10}[0-9A-Z]{5}", Pattern.MULTILINE);

    @Autowired HousingImportService imports;
    @Autowired JdbcTemplate jdbc;

    @BeforeEach
    void secretary() {
        TestUsers.actAs("secretaire", Role.SECRETARY);
    }

    @AfterEach
    void nobody() {
        TestUsers.anonymous();
    }

    @Test
    void a_file_with_two_bad_lines_out_of_five_imports_nothing_and_the_report_names_lines_and_reasons() {
        List<String> numeros = List.of(numero(), numero(), numero(), numero(), numero());
        String csv = HEADER + "\n"
                + line(numeros.get(0), "12/01/2024", "93066", "DUPONT|Marie|03/04/1980|DEMANDEUR|0|0|1 500,00", "18 000")
                + line(numeros.get(1), "32/01/2024", "93066", "MARTIN|Paul|03/04/1980|DEMANDEUR|0|0|1 200", "15000")
                + line(numeros.get(2), "12/01/2024", "93048", "BENALI|Sara|03/04/1985|DEMANDEUR|0|0|900", "11000")
                + line(numeros.get(3), "15/02/2024", "93001", "NGUYEN|Linh|03/04/1970|DEMANDEUR|0|0|2000", "23000")
                + line(numeros.get(4), "12/01/2024", "99999", "PETIT|Luc|03/04/1990|DEMANDEUR|0|0|1000", "-5");

        ImportReport report = imports.importApplications("cinq.csv", stream(csv), ImportProgress.NONE);

        assertThat(report.succeeded()).isFalse();
        assertThat(report.imported()).isZero();
        assertThat(report.lines()).isEqualTo(5);
        assertThat(report.linesInError()).isEqualTo(2);
        assertThat(report.errors()).extracting(ImportError::line, ImportError::column, ImportError::messageKey)
                .containsExactly(
                        tuple(3, "date_depot", "import.error.date"),
                        tuple(6, "communes", "housing.error.unknownCommune"),
                        tuple(6, "revenu_fiscal_n2", "validation.notNegative"));
        assertThat(report.errors().get(0).arguments()).containsExactly("32/01/2024");
        assertThat(report.errors().get(1).arguments()).containsExactly("99999");
        assertThat(countApplications(numeros)).isZero();
    }

    @Test
    void a_correct_file_imports_every_application_with_its_household_its_history_and_one_audit_entry()
            throws IOException {
        String csv = withFreshNumeros(sample("/samples/demandes-exemple.csv"));
        List<String> numeros = numerosOf(csv);
        long auditBefore = auditCount("APPLICATIONS_IMPORTED");
        List<String> progress = new ArrayList<>();

        ImportReport report = imports.importApplications("demandes-exemple.csv", stream("\uFEFF" + csv),
                (phase, done, total) -> progress.add(phase + " " + done + "/" + total));

        assertThat(report.errors()).isEmpty();
        assertThat(report.succeeded()).isTrue();
        assertThat(report.imported()).isEqualTo(6);
        assertThat(progress).contains("CHECKING 6/6", "SAVING 6/6");
        assertThat(countApplications(numeros)).isEqualTo(6);

        // The family of five: household in order, derived figures, wishes, documents, history.
        Map<String, Object> family = jdbc.queryForMap("""
                SELECT id, applicant_name, household_size, household_category, monthly_resources, reference_income,
                       ceiling_zone, status, dalo, current_rent
                FROM housing_application WHERE numero_unique = ?""", numeros.get(4));
        long id = ((Number) family.get("id")).longValue();
        assertThat(family).containsEntry("applicant_name", "BENALI Karim").containsEntry("household_size", 5)
                .containsEntry("household_category", 5).containsEntry("reference_income", 41200L)
                .containsEntry("ceiling_zone", "PARIS_AND_ADJACENT").containsEntry("status", "ACTIVE")
                .containsEntry("dalo", false);
        assertThat(family.get("monthly_resources").toString()).isEqualTo("3050.00");
        assertThat(family.get("current_rent").toString()).isEqualTo("1050.00");
        assertThat(jdbc.queryForList("SELECT CONCAT(first_name, ' ', role, ' ', dependant) FROM household_person "
                + "WHERE application_id = ? ORDER BY position", String.class, id))
                .containsExactly("Karim APPLICANT 0", "Samira SPOUSE_OR_PARTNER 0", "Yanis CHILD 1", "Inès CHILD 1",
                        "Adam CHILD 1");
        assertThat(jdbc.queryForList("SELECT c.insee_code FROM application_wished_commune w JOIN commune c "
                + "ON c.id = w.commune_id WHERE w.application_id = ? ORDER BY w.rank_order", String.class, id))
                .containsExactly("93001", "93066");
        assertThat(jdbc.queryForList("SELECT dwelling_type FROM application_wished_type WHERE application_id = ? "
                + "ORDER BY dwelling_type", String.class, id)).containsExactly("T4", "T5");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM application_document WHERE application_id = ?",
                Integer.class, id)).isEqualTo(6);
        assertThat(jdbc.queryForList("SELECT CONCAT(kind, ' ', actor, ' ', status, ' ', details) "
                + "FROM application_history WHERE application_id = ?", String.class, id))
                .containsExactly("IMPORTED secretaire ACTIVE demandes-exemple.csv");

        // The DALO applicant and his priority; one audit entry for the whole import.
        Map<String, Object> dalo = jdbc.queryForMap("SELECT id, dalo, renewal_date FROM housing_application "
                + "WHERE numero_unique = ?", numeros.get(2));
        assertThat(dalo.get("dalo")).isEqualTo(true);
        assertThat(dalo.get("renewal_date").toString()).isEqualTo("2025-01-12");
        assertThat(jdbc.queryForList("SELECT priority FROM application_priority WHERE application_id = ?",
                String.class, dalo.get("id"))).containsExactly("LEAVING_SHELTER");
        assertThat(auditCount("APPLICATIONS_IMPORTED")).isEqualTo(auditBefore + 1);
        assertThat(jdbc.queryForObject("SELECT CONCAT(actor, ' ', details) FROM audit_event "
                + "WHERE action = 'APPLICATIONS_IMPORTED' ORDER BY id DESC LIMIT 1", String.class))
                .isEqualTo("secretaire 6 demandes, fichier demandes-exemple.csv");
    }

    @Test
    void duplicates_inside_the_file_and_against_the_database_are_refused() {
        String registered = numero();
        String twice = numero();
        String ok = line(registered, "12/01/2024", "93066", "DUPONT|Marie|03/04/1980|DEMANDEUR|0|0|1500", "18000");
        assertThat(imports.importApplications("a.csv", stream(HEADER + "\n" + ok), ImportProgress.NONE).succeeded())
                .isTrue();

        String csv = HEADER + "\n"
                + line(twice, "12/01/2024", "93066", "MARTIN|Paul|03/04/1980|DEMANDEUR|0|0|1200", "15000")
                + line(spaced(twice), "12/01/2024", "93066", "MARTIN|Paula|03/04/1981|DEMANDEUR|0|0|1200", "15000")
                + ok;
        ImportReport report = imports.importApplications("b.csv", stream(csv), ImportProgress.NONE);

        assertThat(report.errors()).extracting(ImportError::line, ImportError::column, ImportError::messageKey)
                .containsExactly(
                        tuple(3, "numero_unique", "import.error.duplicateInFile"),
                        tuple(4, "numero_unique", "housing.error.numeroTaken"));
        assertThat(report.errors().getFirst().arguments()).element(1).isEqualTo(2);
        assertThat(countApplications(List.of(twice))).isZero();
    }

    @Test
    void every_rule_of_the_form_applies_to_each_line_and_to_each_member() {
        String csv = HEADER + "\n"
                // two applicants, a future birth date, a member with a field missing, a bad flag
                + line(numero(), "12/01/2024", "93066",
                        "DUPONT|Marie|03/04/1980|DEMANDEUR|0|0|1500+DUPONT|Jean|03/04/2090|DEMANDEUR|0|0|0", "1")
                + line(numero(), "12/01/2024", "93066", "DUPONT|Marie|03/04/1980|DEMANDEUR|0|0", "1")
                + line("093 24 13 000001 X", "12/01/2024", "93066", "DUPONT|Marie|03/04/1980|CHEF|peut-être|0|1", "1")
                + numero() + ";12/01/2024;01/01/2020;93066;T9;NOPE;;peut-être;;;"
                + "DUPONT|Marie|03/04/1980|DEMANDEUR|0|0|1;1,5;;OWNER;;;\n";

        ImportReport report = imports.importApplications("rules.csv", stream(csv), ImportProgress.NONE);

        assertThat(report.errors()).extracting(ImportError::line, ImportError::column, ImportError::messageKey)
                .containsExactly(
                        tuple(2, "membres", "housing.error.household"),
                        tuple(2, "membres (2)", "validation.notFuture"),
                        tuple(3, "membres (1)", "import.error.memberFields"),
                        tuple(4, "numero_unique", "housing.error.numeroFormat"),
                        tuple(4, "membres (1)", "import.error.code"),
                        tuple(4, "membres (1)", "import.error.flag"),
                        tuple(5, "date_renouvellement", "housing.error.renewalBeforeFiling"),
                        tuple(5, "types", "import.error.code"),
                        tuple(5, "motif", "import.error.code"),
                        tuple(5, "dalo", "import.error.flag"),
                        tuple(5, "revenu_fiscal_n2", "import.error.wholeNumber"));
        assertThat(report.linesInError()).isEqualTo(4);
    }

    @Test
    void two_applicants_in_one_household_are_refused_with_the_household_rule() {
        String csv = HEADER + "\n" + line(numero(), "12/01/2024", "93066",
                "DUPONT|Marie|03/04/1980|DEMANDEUR|0|0|1500+DUPONT|Jean|03/04/1979|DEMANDEUR|0|0|0", "1");

        ImportReport report = imports.importApplications("menage.csv", stream(csv), ImportProgress.NONE);

        assertThat(report.errors()).extracting(ImportError::line, ImportError::column, ImportError::messageKey)
                .containsExactly(tuple(2, "membres", "housing.error.household"));
    }

    @Test
    void an_excel_file_saved_in_windows_1252_is_read_with_its_accents() {
        String numero = numero();
        byte[] excel = (HEADER + "\n" + line(numero, "12/01/2024", "93066", "DUPRÉ|Zoé|03/04/1980|DEMANDEUR|0|0|1",
                "1")).getBytes(java.nio.charset.Charset.forName("windows-1252"));

        ImportReport report = imports.importApplications("excel.csv", new ByteArrayInputStream(excel),
                ImportProgress.NONE);

        assertThat(report.errors()).isEmpty();
        assertThat(jdbc.queryForObject("SELECT applicant_name FROM housing_application WHERE numero_unique = ?",
                String.class, numero)).contains("DUPRÉ").contains("Zoé");
    }

    @Test
    void a_file_that_is_not_what_is_expected_says_why_on_its_first_line() {
        byte[] invalid = (HEADER + "\n" + line(numero(), "12/01/2024", "93066", "DUPRÉ|Zoé|03/04/1980|DEMANDEUR|0|0|1",
                "1")).getBytes(StandardCharsets.ISO_8859_1);
        invalid[HEADER.length() + 1] = (byte) 0x81; // neither UTF-8 nor Windows-1252
        assertThat(imports.importApplications("octets.csv", new ByteArrayInputStream(invalid), ImportProgress.NONE)
                .errors()).extracting(ImportError::messageKey, ImportError::arguments)
                .containsExactly(tuple("import.error.encoding", List.of(HEADER.length() + 2, "0x81")));

        assertThat(imports.importApplications("virgules.csv", stream(HEADER.replace(';', ',') + "\n1,2\n"),
                ImportProgress.NONE).errors()).extracting(ImportError::messageKey)
                .containsExactly("import.error.separator");

        String missing = HEADER.replace("membres;", "").replace("date_depot", "date_du_depot");
        assertThat(imports.importApplications("colonnes.csv", stream(missing + "\n"), ImportProgress.NONE).errors())
                .extracting(ImportError::line, ImportError::column, ImportError::messageKey)
                .containsExactly(
                        tuple(1, "date_du_depot", "import.error.unknownColumn"),
                        tuple(1, "date_depot", "import.error.missingColumn"),
                        tuple(1, "membres", "import.error.missingColumn"));

        assertThat(imports.importApplications("vide.csv", stream(HEADER + "\n\n"), ImportProgress.NONE).errors())
                .extracting(ImportError::messageKey).containsExactly("import.error.noLines");
    }

    @Test
    void a_correct_dwellings_file_imports_every_dwelling() throws IOException {
        String prefix = TestUsers.unique("EX").toUpperCase();
        String csv = sample("/samples/logements-exemple.csv").replace("EX-", prefix + "-");
        long auditBefore = auditCount("DWELLINGS_IMPORTED");

        ImportReport report = imports.importDwellings("logements-exemple.csv", stream(csv), ImportProgress.NONE);

        assertThat(report.errors()).isEmpty();
        assertThat(report.imported()).isEqualTo(5);
        Map<String, Object> first = jdbc.queryForMap("""
                SELECT d.address, c.insee_code, d.type, d.surface_m2, d.floor, d.lift, d.reduced_mobility,
                       d.monthly_rent, d.monthly_charges, d.financing, d.reservataire, d.status
                FROM dwelling d JOIN commune c ON c.id = d.commune_id WHERE d.reference = ?""",
                prefix + "-93066-0001");
        assertThat(first).containsEntry("address", "12 rue Gabriel Péri").containsEntry("insee_code", "93066")
                .containsEntry("type", "T3").containsEntry("floor", 3).containsEntry("lift", true)
                .containsEntry("reduced_mobility", false).containsEntry("financing", "PLUS")
                .containsEntry("reservataire", "PREFECTURE").containsEntry("status", "VACANT");
        assertThat(first.get("surface_m2").toString()).isEqualTo("64.50");
        assertThat(first.get("monthly_rent").toString()).isEqualTo("452.30");
        assertThat(jdbc.queryForObject("SELECT status FROM dwelling WHERE reference = ?", String.class,
                prefix + "-93001-0003")).isEqualTo("LET");
        Map<String, Object> tilleuls = jdbc.queryForMap("SELECT qpv, vacant_since FROM dwelling WHERE reference = ?",
                prefix + "-93048-0002");
        assertThat(tilleuls).containsEntry("qpv", true);
        assertThat(tilleuls.get("vacant_since").toString()).isEqualTo("2026-10-15");
        assertThat(jdbc.queryForObject("SELECT vacant_since FROM dwelling WHERE reference = ?", String.class,
                prefix + "-93008-0004")).as("an ISO date is read as well").isEqualTo("2026-09-30");
        assertThat(jdbc.queryForObject("SELECT vacant_since FROM dwelling WHERE reference = ?", String.class,
                prefix + "-93029-0005")).as("an empty vacancy date stays unknown").isNull();
        assertThat(auditCount("DWELLINGS_IMPORTED")).isEqualTo(auditBefore + 1);
    }

    @Test
    void a_dwellings_file_with_errors_imports_nothing() {
        String prefix = TestUsers.unique("BAD").toUpperCase();
        String header = String.join(";", DwellingCsv.HEADER);
        String csv = header + "\n"
                + prefix + "-1;1 rue A;93066;T2;45;1;non;non;300;80;PLUS;COMMUNE;;;\n"
                + prefix + "-2;2 rue B;12345;T2;-45;1;non;non;300;80;PLUS;COMMUNE;;;\n"
                + prefix + "-3;;93066;T2;45;99;non;non;300;80;PLAFOND;COMMUNE;;;\n"
                + prefix + "-1;4 rue D;93066;T2;45;1;non;non;300;80;PLUS;COMMUNE;VENDU;;\n"
                + prefix + "-5;5 rue E;93066;T2;45;1;non;non;300;80;PLUS;COMMUNE;;peut-être;01/01/2999\n";

        ImportReport report = imports.importDwellings("logements.csv", stream(csv), ImportProgress.NONE);

        assertThat(report.errors()).extracting(ImportError::line, ImportError::column, ImportError::messageKey)
                .containsExactly(
                        tuple(3, "commune", "housing.error.unknownCommune"),
                        tuple(3, "surface", "validation.min"),
                        tuple(4, "adresse", "validation.required"),
                        tuple(4, "etage", "validation.max"),
                        tuple(4, "financement", "import.error.code"),
                        tuple(5, "reference", "import.error.duplicateInFile"),
                        tuple(5, "statut", "import.error.code"),
                        tuple(6, "qpv", "import.error.flag"),
                        tuple(6, "vacant_depuis", "housing.error.vacantSinceFuture"));
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM dwelling WHERE reference LIKE ?", Integer.class,
                prefix + "%")).isZero();
    }

    @Test
    void only_secretaries_and_administrators_may_import() {
        String csv = HEADER + "\n" + line(numero(), "12/01/2024", "93066", "DUPONT|Marie|03/04/1980|DEMANDEUR|0|0|1",
                "1");
        for (Role role : List.of(Role.COMMITTEE_MEMBER, Role.VOLUNTEER, Role.SOCIAL_ADVISER,
                Role.OUTREACH_COORDINATOR)) {
            TestUsers.actAs("someone", role);
            assertThatThrownBy(() -> imports.importApplications("x.csv", stream(csv), ImportProgress.NONE))
                    .as(role.name()).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> imports.importDwellings("x.csv", stream(csv), ImportProgress.NONE))
                    .as(role.name()).isInstanceOf(AccessDeniedException.class);
        }
        TestUsers.actAs("admin", Role.ADMIN);
        assertThat(imports.importApplications("x.csv", stream(csv), ImportProgress.NONE).succeeded()).isTrue();
    }

    /** One application line with the columns the tests vary; the other columns get plain values. */
    static String line(String numero, String filingDate, String communes, String members, String taxIncome) {
        return numero + ";" + filingDate + ";;" + communes + ";T2,T3;TOO_SMALL;;non;;IDENTITY;" + members + ";"
                + taxIncome + ";;PRIVATE_TENANT;650,00;;\n";
    }

    /** A numéro unique no other test uses (random sequence and registering body). */
    static String numero() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return String.format("0932403%06dT%04d", random.nextInt(1_000_000), random.nextInt(10_000));
    }

    private static String spaced(String numero) {
        return numero.substring(0, 3) + " " + numero.substring(3, 5) + " " + numero.substring(5, 7) + " "
                + numero.substring(7, 13) + " " + numero.substring(13);
    }

    static String sample(String resource) throws IOException {
        try (InputStream in = HousingImportServiceIT.class.getResourceAsStream(resource)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** The sample file with numéros uniques no other run has imported (same département, year and month). */
    static String withFreshNumeros(String csv) {
        Matcher m = SAMPLE_NUMERO.matcher(csv);
        StringBuilder fresh = new StringBuilder();
        ThreadLocalRandom random = ThreadLocalRandom.current();
        while (m.find()) {
            String numero = m.group();
            m.appendReplacement(fresh, numero.substring(0, 7) + String.format("%06dT%04d",
                    random.nextInt(1_000_000), random.nextInt(10_000)));
        }
        m.appendTail(fresh);
        return fresh.toString();
    }

    static List<String> numerosOf(String csv) {
        return csv.lines().skip(1).map(l -> l.substring(0, 18)).toList();
    }

    private int countApplications(List<String> numeros) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM housing_application WHERE numero_unique IN ("
                + String.join(",", numeros.stream().map(n -> "'" + n.replace(" ", "") + "'").toList()) + ")",
                Integer.class);
    }

    private long auditCount(String action) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM audit_event WHERE action = ?", Long.class, action);
    }

    static InputStream stream(String csv) {
        return new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8));
    }
}
