package fr.caleol.housing.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static fr.caleol.housing.HousingFixtures.newLastName;
import static fr.caleol.housing.HousingFixtures.newNumero;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.RouteParameters;
import fr.caleol.housing.HousingFixtures;
import fr.caleol.housing.domain.Commune;
import fr.caleol.housing.domain.CurrentHousingType;
import fr.caleol.housing.domain.DwellingType;
import fr.caleol.housing.domain.HousingApplication;
import fr.caleol.housing.domain.RequestReason;
import fr.caleol.housing.domain.eligibility.HouseholdRole;
import fr.caleol.housing.service.ApplicationFilter;
import fr.caleol.housing.service.HousingApplicationService;
import fr.caleol.security.domain.Role;
import fr.caleol.support.KaribuTest;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

class ApplicationFormViewIT extends KaribuTest {

    @Autowired HousingApplicationService service;

    private static Button save() {
        return _get(Button.class, spec -> spec.withId("application-save"));
    }

    @SuppressWarnings("unchecked")
    private void fillValidForm(String numero, String lastName) {
        _setValue(_get(TextField.class, spec -> spec.withId("numero-unique")), numero);
        _setValue(_get(DatePicker.class, spec -> spec.withId("filing-date")), LocalDate.of(2024, 3, 1));
        ComboBox<Commune> commune = _get(ComboBox.class, spec -> spec.withId("main-commune"));
        _setValue(commune, service.communes().stream().filter(c -> c.getInseeCode().equals(HousingFixtures.PARIS))
                .findFirst().orElseThrow());
        _setValue((CheckboxGroup<DwellingType>) _get(CheckboxGroup.class, spec -> spec.withId("wished-types")),
                Set.of(DwellingType.T2));
        _setValue((Select<RequestReason>) _get(Select.class, spec -> spec.withId("reason")), RequestReason.TOO_SMALL);
        _setValue((Select<CurrentHousingType>) _get(Select.class, spec -> spec.withId("current-housing")),
                CurrentHousingType.HOSTED_BY_FAMILY);
        _setValue(_get(TextField.class, spec -> spec.withId("person-0-last-name")), lastName);
        _setValue(_get(TextField.class, spec -> spec.withId("person-0-first-name")), "Inès");
        _setValue(_get(DatePicker.class, spec -> spec.withId("person-0-birth-date")), LocalDate.of(1990, 2, 3));
        _setValue(_get(BigDecimalField.class, spec -> spec.withId("person-0-monthly-resources")),
                new BigDecimal("1450.00"));
    }

    @Test
    void a_bad_numero_unique_shows_the_expected_form_in_french_and_keeps_save_disabled() {
        openAs("secretaire", Role.SECRETARY);
        UI.getCurrent().navigate(ApplicationFormView.class);
        fillValidForm(newNumero(), newLastName("Forme"));
        assertThat(save().isEnabled()).isTrue();

        TextField numero = _get(TextField.class, spec -> spec.withId("numero-unique"));
        _setValue(numero, "93 2403 1234");
        assertThat(numero.isInvalid()).isTrue();
        assertThat(numero.getErrorMessage()).startsWith("Numéro unique invalide")
                .contains("093 24 03 001234 G9301");
        assertThat(save().isEnabled()).isFalse();
    }

    @Test
    void a_birth_date_in_the_future_is_refused_in_french_and_keeps_save_disabled() {
        openAs("secretaire", Role.SECRETARY);
        UI.getCurrent().navigate(ApplicationFormView.class);
        fillValidForm(newNumero(), newLastName("Futur"));
        DatePicker birthDate = _get(DatePicker.class, spec -> spec.withId("person-0-birth-date"));
        _setValue(birthDate, LocalDate.now().plusDays(2));
        assertThat(birthDate.isInvalid()).isTrue();
        assertThat(birthDate.getErrorMessage()).isEqualTo("La date de naissance ne peut pas être dans le futur.");
        assertThat(save().isEnabled()).isFalse();

        _setValue(birthDate, LocalDate.of(1990, 2, 3));
        assertThat(save().isEnabled()).isTrue();
    }

    @Test
    @SuppressWarnings("unchecked")
    void a_second_applicant_breaks_the_household_rule_until_removed() {
        openAs("secretaire", Role.SECRETARY);
        UI.getCurrent().navigate(ApplicationFormView.class);
        fillValidForm(newNumero(), newLastName("Menage"));
        _click(_get(Button.class, spec -> spec.withId("person-add")));
        _setValue(_get(TextField.class, spec -> spec.withId("person-1-last-name")), "Second");
        _setValue(_get(TextField.class, spec -> spec.withId("person-1-first-name")), "Sam");
        _setValue(_get(DatePicker.class, spec -> spec.withId("person-1-birth-date")), LocalDate.of(1992, 1, 1));
        _setValue((Select<HouseholdRole>) _get(Select.class, spec -> spec.withId("person-1-role")),
                HouseholdRole.APPLICANT);
        Span error = _get(Span.class, spec -> spec.withId("household-error"));
        assertThat(error.getText()).contains("exactement un demandeur");
        assertThat(save().isEnabled()).isFalse();

        _click(_get(Button.class, spec -> spec.withId("person-1-remove")));
        assertThat(error.isVisible()).isFalse();
        assertThat(save().isEnabled()).isTrue();
    }

    @Test
    void a_valid_form_creates_the_application_and_opens_its_dossier_then_an_edit_is_saved() {
        openAs("secretaire", Role.SECRETARY);
        UI.getCurrent().navigate(ApplicationFormView.class);
        String numero = newNumero();
        String lastName = newLastName("Nouvelle");
        fillValidForm(numero, lastName);
        _click(save());

        ApplicationFilter byNumero = new ApplicationFilter(numero, null, null, null, null, null, null, null, null);
        HousingApplication created = service.list(byNumero, PageRequest.of(0, 1)).getFirst();
        assertThat(created.getApplicantName()).isEqualTo(lastName.toUpperCase() + " Inès");
        assertThat(_get(ApplicationDetailView.class).getElement().getTextRecursively()).contains(lastName.toUpperCase());

        UI.getCurrent().navigate(ApplicationFormView.class, new RouteParameters("id", String.valueOf(created.getId())));
        TextField numeroField = _get(TextField.class, spec -> spec.withId("numero-unique"));
        assertThat(numeroField.isReadOnly()).isTrue();
        _setValue(_get(BigDecimalField.class, spec -> spec.withId("person-0-monthly-resources")),
                new BigDecimal("1600.00"));
        _click(save());
        assertThat(service.list(byNumero, PageRequest.of(0, 1)).getFirst().getMonthlyResources())
                .isEqualByComparingTo("1600.00");
    }
}
