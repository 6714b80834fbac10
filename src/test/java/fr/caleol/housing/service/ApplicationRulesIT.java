package fr.caleol.housing.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.caleol.base.errors.BusinessException;
import fr.caleol.housing.domain.Commune;
import fr.caleol.housing.domain.CommuneRepository;
import fr.caleol.housing.domain.CurrentHousingType;
import fr.caleol.housing.domain.DwellingType;
import fr.caleol.housing.domain.HousingApplication;
import fr.caleol.housing.domain.RequestReason;
import fr.caleol.housing.domain.eligibility.HouseholdRole;
import fr.caleol.security.domain.Role;
import fr.caleol.support.IntegrationTest;
import fr.caleol.support.TestUsers;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The secretary's form and the CSV import apply one set of rules, with the same messages. */
@IntegrationTest
class ApplicationRulesIT {

    @Autowired ApplicationRules rules;
    @Autowired HousingApplicationService applications;
    @Autowired CommuneRepository communes;

    @BeforeEach
    void secretary() {
        TestUsers.actAs("secretaire", Role.SECRETARY);
    }

    @AfterEach
    void nobody() {
        TestUsers.anonymous();
    }

    @Test
    void the_form_refuses_a_household_of_two_applicants_with_the_message_the_import_reports() {
        ApplicationForm form = form(HousingImportServiceIT.numero(), List.of(
                person("DUPONT", "Marie", HouseholdRole.APPLICANT), person("DUPONT", "Jean", HouseholdRole.APPLICANT)),
                "93066");

        assertThat(rules.check(form, communesByCode())).extracting(ApplicationRules.Violation::field,
                ApplicationRules.Violation::messageKey).containsExactly(
                        org.assertj.core.groups.Tuple.tuple("persons", "housing.error.household"));
        assertThatThrownBy(() -> applications.create(form)).isInstanceOf(BusinessException.class)
                .extracting(e -> ((BusinessException) e).messageKey()).isEqualTo("housing.error.household");
    }

    @Test
    void the_form_refuses_an_unknown_commune_with_the_message_the_import_reports() {
        ApplicationForm form = form(HousingImportServiceIT.numero(), List.of(person("DUPONT", "Marie",
                HouseholdRole.APPLICANT)), "99999");

        assertThat(rules.check(form, communesByCode())).extracting(ApplicationRules.Violation::messageKey)
                .containsExactly("housing.error.unknownCommune");
        assertThatThrownBy(() -> applications.create(form)).isInstanceOf(BusinessException.class)
                .extracting(e -> ((BusinessException) e).messageKey()).isEqualTo("housing.error.unknownCommune");
    }

    @Test
    void a_valid_form_is_created_with_its_derived_figures() {
        ApplicationForm form = form(HousingImportServiceIT.numero(), List.of(person("dupont", "Marie",
                HouseholdRole.APPLICANT)), "93066");
        assertThat(rules.check(form, communesByCode())).isEmpty();

        HousingApplication created = applications.create(form);

        assertThat(created.getApplicantName()).isEqualTo("DUPONT Marie");
        assertThat(created.getHouseholdCategory()).isEqualTo(1);
        assertThat(created.getReferenceIncome()).isEqualTo(18_000L);
    }

    private Map<String, Commune> communesByCode() {
        return communes.findAll().stream().collect(Collectors.toMap(Commune::getInseeCode, Function.identity()));
    }

    private static ApplicationForm form(String numero, List<ApplicationForm.Person> persons, String commune) {
        return new ApplicationForm(numero, LocalDate.of(2024, 3, 1), null, List.of(commune), Set.of(DwellingType.T2),
                RequestReason.TOO_SMALL, null, false, Set.of(), Set.of(), persons, 18_000L, null,
                CurrentHousingType.PRIVATE_TENANT, new BigDecimal("650.00"), null, null, null, null, null);
    }

    private static ApplicationForm.Person person(String last, String first, HouseholdRole role) {
        return new ApplicationForm.Person(last, first, LocalDate.of(1980, 4, 3), role, false, false,
                new BigDecimal("1500.00"));
    }
}
