package fr.caleol.housing.service;

import static fr.caleol.housing.HousingFixtures.applicant;
import static fr.caleol.housing.HousingFixtures.child;
import static fr.caleol.housing.HousingFixtures.newLastName;
import static fr.caleol.housing.HousingFixtures.newNumero;
import static fr.caleol.housing.HousingFixtures.single;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.caleol.base.errors.BusinessException;
import fr.caleol.housing.HousingFixtures;
import fr.caleol.housing.domain.HousingApplication;
import fr.caleol.housing.domain.IncomeCeilingRepository.Scale;
import fr.caleol.housing.domain.NumeroUnique;
import fr.caleol.housing.domain.PriorityCategory;
import fr.caleol.housing.domain.SupportingDocument;
import fr.caleol.housing.domain.eligibility.CeilingZone;
import fr.caleol.housing.domain.eligibility.Financing;
import fr.caleol.housing.service.ApplicationFilter.CeilingPosition;
import fr.caleol.security.domain.Role;
import fr.caleol.support.IntegrationTest;
import fr.caleol.support.TestUsers;
import java.io.StringWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

@IntegrationTest
class HousingApplicationServiceIT {

    @Autowired HousingApplicationService service;
    @Autowired EligibilityService eligibility;
    @Autowired JdbcTemplate jdbc;

    @BeforeEach
    void actAsSecretary() {
        TestUsers.actAs("secretaire", Role.SECRETARY);
    }

    @AfterEach
    void logout() {
        TestUsers.anonymous();
    }

    private static ApplicationFilter text(String text) {
        return new ApplicationFilter(text, null, null, null, null, null, null, null, null);
    }

    private List<HousingApplication> find(ApplicationFilter filter) {
        return service.list(filter, PageRequest.of(0, 50));
    }

    @Test
    void a_created_application_is_found_by_its_numero_unique_in_any_spelling_and_by_its_applicant_name() {
        String numero = newNumero();
        String lastName = newLastName("Martin");
        HousingApplication created = service.create(single(numero, lastName, 21000L));

        String formatted = NumeroUnique.parse(numero).orElseThrow().formatted();
        assertThat(find(text(formatted))).extracting(HousingApplication::getId).containsExactly(created.getId());
        assertThat(find(text(numero.toLowerCase()))).extracting(HousingApplication::getId)
                .containsExactly(created.getId());
        assertThat(find(text(numero.substring(0, 13)))).extracting(HousingApplication::getId)
                .contains(created.getId());
        assertThat(find(text(lastName.toLowerCase()))).extracting(HousingApplication::getId)
                .containsExactly(created.getId());
        assertThat(service.count(text(lastName))).isEqualTo(1);
        assertThat(created.getApplicantName()).isEqualTo(lastName.toUpperCase() + " Camille");
        assertThat(created.getHouseholdCategory()).isEqualTo(1);
        assertThat(created.getReferenceIncome()).isEqualTo(21000L);
    }

    @Test
    void a_malformed_numero_unique_is_refused_with_the_format_message() {
        assertThatThrownBy(() -> service.create(single("093 24 13 001234 G9301", newLastName("Petit"), null)))
                .isInstanceOf(BusinessException.class).hasMessage("housing.error.numeroFormat");
        assertThatThrownBy(() -> service.create(single("12345", newLastName("Petit"), null)))
                .isInstanceOf(BusinessException.class).hasMessage("housing.error.numeroFormat");
    }

    @Test
    void a_numero_unique_already_registered_is_refused() {
        String numero = newNumero();
        service.create(single(numero, newLastName("Bernard"), null));
        assertThatThrownBy(() -> service.create(single(numero, newLastName("Bernard"), null)))
                .isInstanceOf(BusinessException.class).hasMessage("housing.error.numeroTaken");
    }

    @Test
    void a_household_without_applicant_is_refused_and_nothing_is_saved() {
        String numero = newNumero();
        String lastName = newLastName("Robert");
        ApplicationForm noApplicant = HousingFixtures.application(numero, HousingFixtures.PARIS,
                List.of(child(lastName, "Léa", LocalDate.of(2015, 1, 1))), null);
        assertThatThrownBy(() -> service.create(noApplicant))
                .isInstanceOf(BusinessException.class).hasMessage("housing.error.household");
        assertThat(service.count(text(numero))).isZero();
    }

    /**
     * The list filter compares with the ceilings of the current year, or of the most recent earlier year stored when
     * an administrator has not added this year's yet (never a later year typed in advance), instead of silently
     * ignoring the filter. At the ceiling is within; one euro more is above; an unknown income is in neither.
     */
    @Test
    void the_ceiling_filter_uses_the_latest_ceilings_up_to_this_year_at_is_within_and_one_euro_more_is_above() {
        int thisYear = LocalDate.now().getYear();
        TestUsers.actAs("admin", Role.ADMIN);
        int futureYear = ThreadLocalRandom.current().nextInt(3000, 32000);
        if (!eligibility.ceilingYears().contains(futureYear)) {
            eligibility.addCeilingYear(futureYear, tinyScales(futureYear));
        }
        int expectedYear = eligibility.ceilingYears().stream().filter(y -> y <= thisYear).max(Integer::compare)
                .orElseThrow();
        long ceiling = eligibility.ceilingScales(expectedYear).stream()
                .filter(s -> s.zone() == CeilingZone.PARIS_AND_ADJACENT && s.financing() == Financing.PLUS)
                .findFirst().orElseThrow().categoryAmounts().getFirst();
        TestUsers.actAs("secretaire", Role.SECRETARY);
        assertThat(service.ceilingFilterYear()).hasValue(expectedYear);
        assertThat(expectedYear).isLessThanOrEqualTo(thisYear);

        String family = newLastName("Plafond");
        HousingApplication at = service.create(single(newNumero(), family, ceiling));
        HousingApplication above = service.create(single(newNumero(), family, ceiling + 1));
        HousingApplication unknown = service.create(single(newNumero(), family, null));

        assertThat(find(new ApplicationFilter(family, null, null, null, null, null, CeilingPosition.WITHIN, null,
                null))).extracting(HousingApplication::getId).containsExactly(at.getId());
        assertThat(find(new ApplicationFilter(family, null, null, null, null, null, CeilingPosition.ABOVE, null,
                null))).extracting(HousingApplication::getId).containsExactly(above.getId());
        assertThat(service.count(text(family))).isEqualTo(3);
        assertThat(unknown.getReferenceIncome()).isNull();
    }

    private static List<Scale> tinyScales(int year) {
        List<Scale> scales = new ArrayList<>();
        for (CeilingZone zone : CeilingZone.values()) {
            for (Financing financing : List.of(Financing.PLUS, Financing.PLAI)) {
                scales.add(new Scale(year, zone, financing, List.of(10L, 11L, 12L, 13L, 14L, 15L), 1));
            }
        }
        return scales;
    }

    @Test
    void pages_sorted_on_a_shared_name_neither_overlap_nor_skip_rows() {
        String family = newLastName("Page");
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            ids.add(service.create(single(newNumero(), family, null)).getId());
        }
        List<Long> seen = new ArrayList<>();
        for (int page = 0; page < 3; page++) {
            service.list(text(family), PageRequest.of(page, 1, Sort.by("applicantName"))).forEach(a -> seen.add(a.getId()));
        }
        assertThat(seen).containsExactlyInAnyOrderElementsOf(ids);
    }

    @Test
    void every_role_but_secretary_and_administrator_is_refused_the_list_the_dossier_and_creation() {
        HousingApplication application = service.create(single(newNumero(), newLastName("Secret"), 20000L));
        for (Role role : List.of(Role.COMMITTEE_MEMBER, Role.VOLUNTEER, Role.OUTREACH_COORDINATOR,
                Role.SOCIAL_ADVISER)) {
            TestUsers.actAs("someone", role);
            assertThatThrownBy(() -> service.list(ApplicationFilter.none(), PageRequest.of(0, 10))).as(role.name())
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> service.dossier(application.getId())).as(role.name())
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> service.create(single(newNumero(), newLastName("Intrus"), null))).as(role.name())
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> service.exportCsv(ApplicationFilter.none(), new StringWriter())).as(role.name())
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> service.candidateSummaries(List.of(application.getId()))).as(role.name())
                    .isInstanceOf(AccessDeniedException.class);
        }
    }

    @Test
    void reading_a_dossier_writes_a_dossier_read_row_to_the_audit_log() {
        HousingApplication application = service.create(single(newNumero(), newLastName("Audit"), 20000L));
        long before = dossierReads(application.getId());
        ApplicationDossier dossier = service.dossier(application.getId());
        assertThat(dossier.persons()).hasSize(1);
        assertThat(dossierReads(application.getId())).isEqualTo(before + 1);
        assertThat(jdbc.queryForObject("""
                SELECT actor FROM audit_event WHERE action = 'DOSSIER_READ' AND object_id = ? ORDER BY id DESC LIMIT 1""",
                String.class, String.valueOf(application.getId()))).isEqualTo("secretaire");
    }

    private long dossierReads(long applicationId) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM audit_event WHERE action = 'DOSSIER_READ' AND object_id = ?",
                Long.class, String.valueOf(applicationId));
    }

    @Test
    void an_edit_made_from_a_version_someone_else_has_changed_since_is_refused() {
        String numero = newNumero();
        String lastName = newLastName("Durand");
        ApplicationForm original = HousingFixtures.application(numero, HousingFixtures.PARIS, List.of(
                applicant(lastName, LocalDate.of(1988, 4, 4), "1500.00"),
                child(lastName, "Léo", LocalDate.of(2016, 6, 6))), 18000L);
        HousingApplication created = service.create(original);
        long readVersion = created.getVersion();

        ApplicationForm renamedChild = HousingFixtures.application(numero, HousingFixtures.PARIS, List.of(
                applicant(lastName, LocalDate.of(1988, 4, 4), "1500.00"),
                child(lastName, "Léon", LocalDate.of(2016, 6, 6))), 18000L);
        service.update(created.getId(), readVersion, renamedChild);

        assertThatThrownBy(() -> service.update(created.getId(), readVersion, original))
                .isInstanceOf(BusinessException.class).hasMessage("error.staleData");
        assertThat(service.dossier(created.getId()).persons()).extracting(p -> p.getFirstName())
                .containsExactly("Camille", "Léon");
    }

    @Test
    void candidate_summaries_come_in_the_order_asked_with_the_whole_household_and_the_missing_documents() {
        String lastName = newLastName("Famille");
        HousingApplication family = service.create(HousingFixtures.application(newNumero(), HousingFixtures.PARIS,
                List.of(applicant(lastName, LocalDate.of(1988, 4, 4), "1500.00"),
                        child(lastName, "Léo", LocalDate.of(2016, 6, 6)),
                        child(lastName, "Zoé", LocalDate.of(2019, 9, 9))), 18000L));
        HousingApplication alone = service.create(single(newNumero(), newLastName("Seul"), null));

        List<CandidateSummary> summaries = service.candidateSummaries(List.of(alone.getId(), family.getId()));
        assertThat(summaries).extracting(CandidateSummary::applicationId).containsExactly(alone.getId(), family.getId());
        assertThat(summaries.get(1).persons()).extracting(p -> p.getFirstName()).containsExactly("Camille", "Léo", "Zoé");
        assertThat(summaries.get(1).missingDocuments()).doesNotContain(SupportingDocument.IDENTITY)
                .contains(SupportingDocument.RESIDENCE_PERMIT);
        assertThat(summaries.get(1).priorities()).containsExactly(PriorityCategory.BADLY_HOUSED);
    }

    @Test
    void the_numero_unique_of_an_application_never_changes() {
        HousingApplication created = service.create(single(newNumero(), newLastName("Fixe"), null));
        assertThatThrownBy(() -> service.update(created.getId(), created.getVersion(),
                single(newNumero(), newLastName("Fixe"), null)))
                .isInstanceOf(BusinessException.class).hasMessage("housing.error.numeroImmutable");
    }

    @Test
    void the_csv_export_writes_the_filtered_applications_with_semicolons() {
        String family = newLastName("Export");
        String numero = newNumero();
        service.create(single(numero, family, 20000L));
        StringWriter out = new StringWriter();
        assertThat(service.exportCsv(text(family), out)).isEqualTo(1);
        assertThat(out.toString().lines().toList()).hasSize(2)
                .first().asString().startsWith("numero_unique;demandeur;");
        assertThat(out.toString()).contains(numero + ";" + family.toUpperCase() + " Camille;ACTIVE;2024-03-15;1;");
    }

    @Test
    void an_applicant_name_that_a_spreadsheet_would_run_is_exported_as_text() {
        String unique = newLastName("Injection");
        service.create(single(newNumero(), "=cmd|' /C calc'!A0 " + unique, 20000L));
        StringWriter out = new StringWriter();
        assertThat(service.exportCsv(text(unique), out)).isEqualTo(1);
        assertThat(out.toString().lines().skip(1))
                .allSatisfy(line -> assertThat(line.split(";")[1]).doesNotStartWith("=").doesNotStartWith("\"="));
        assertThat(out.toString()).contains(";'=CMD|' /C CALC'!A0 ");
    }
}
