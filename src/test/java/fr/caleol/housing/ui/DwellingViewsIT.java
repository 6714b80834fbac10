package fr.caleol.housing.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static fr.caleol.housing.HousingFixtures.dwelling;
import static fr.caleol.housing.HousingFixtures.newLastName;
import static fr.caleol.housing.HousingFixtures.newNumero;
import static fr.caleol.housing.HousingFixtures.newReference;
import static fr.caleol.housing.HousingFixtures.single;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import fr.caleol.housing.domain.Commune;
import fr.caleol.housing.domain.Dwelling;
import fr.caleol.housing.domain.DwellingType;
import fr.caleol.housing.domain.HousingApplication;
import fr.caleol.housing.domain.Reservataire;
import fr.caleol.housing.domain.eligibility.Financing;
import fr.caleol.housing.service.DwellingFilter;
import fr.caleol.housing.service.DwellingService;
import fr.caleol.housing.service.HousingApplicationService;
import fr.caleol.security.domain.Role;
import fr.caleol.support.KaribuTest;
import fr.caleol.housing.HousingFixtures;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

class DwellingViewsIT extends KaribuTest {

    @Autowired DwellingService dwellings;
    @Autowired HousingApplicationService applications;

    private static Grid<?> candidates() {
        return _get(Grid.class, spec -> spec.withId("candidates-grid"));
    }

    private static String comparisonText() {
        return _get(CandidateComparison.class).getElement().getTextRecursively();
    }

    @Test
    void proposing_a_candidate_by_numero_unique_adds_it_to_the_candidates_and_to_the_comparison() {
        openAs("secretaire", Role.SECRETARY);
        Dwelling dwelling = dwellings.create(dwelling(newReference()));
        String lastName = newLastName("Propose");
        String numero = newNumero();
        applications.create(HousingFixtures.application(numero, HousingFixtures.PARIS, List.of(
                HousingFixtures.applicant(lastName, LocalDate.of(1985, 1, 1), "2100.00"),
                HousingFixtures.child(lastName, "Léo", LocalDate.of(2016, 6, 6))), 20000L));

        UI.getCurrent().navigate("logements/" + dwelling.getId());
        assertThat(comparisonText()).contains("Aucun candidat");
        _setValue(_get(TextField.class, spec -> spec.withId("propose-numero")), numero);
        _click(_get(Button.class, spec -> spec.withId("propose-candidate")));

        assertThat(_size(candidates())).isEqualTo(1);
        assertThat(comparisonText()).contains("Candidat 1 : " + lastName.toUpperCase(), "Pièces manquantes",
                "Titre de séjour", "Mal-logé", "Taux d’effort", "Ménage : 2 personnes",
                "Enfant, " + Period.between(LocalDate.of(2016, 6, 6), LocalDate.now()).getYears() + " ans, à charge");
    }

    @Test
    void an_unknown_numero_unique_is_explained_and_nothing_is_proposed() {
        openAs("secretaire", Role.SECRETARY);
        Dwelling dwelling = dwellings.create(dwelling(newReference()));
        UI.getCurrent().navigate("logements/" + dwelling.getId());
        NotificationsKt.clearNotifications();
        _setValue(_get(TextField.class, spec -> spec.withId("propose-numero")), newNumero());
        _click(_get(Button.class, spec -> spec.withId("propose-candidate")));
        assertThat(NotificationsKt.getNotifications()).hasSize(1);
        assertThat(NotificationsKt.getNotifications().getFirst().getElement().getProperty("text"))
                .startsWith("Aucune demande ne porte le numéro unique");
        assertThat(_size(candidates())).isZero();
    }

    @Test
    void the_dwelling_screen_follows_a_proposal_made_by_someone_else() {
        openAs("secretaire", Role.SECRETARY);
        Dwelling dwelling = dwellings.create(dwelling(newReference()));
        HousingApplication application = applications.create(single(newNumero(), newLastName("Live"), 20000L));
        UI.getCurrent().navigate("logements/" + dwelling.getId());
        assertThat(_size(candidates())).isZero();

        dwellings.propose(dwelling.getId(), application.getId()); // as if from another screen
        awaitUi(() -> _size(candidates()) == 1);
        assertThat(_size(candidates())).isEqualTo(1);
    }

    @Test
    @SuppressWarnings("unchecked")
    void a_dwelling_created_from_the_list_opens_its_own_screen() {
        openAs("secretaire", Role.SECRETARY);
        UI.getCurrent().navigate(DwellingsView.class);
        _click(_get(Button.class, spec -> spec.withId("dwelling-create")));
        Button save = _get(Button.class, spec -> spec.withId("dwelling-save"));
        assertThat(save.isEnabled()).isFalse();

        String reference = newReference();
        _setValue(_get(TextField.class, spec -> spec.withId("dwelling-reference")), reference);
        _setValue(_get(TextField.class, spec -> spec.withId("dwelling-address")), "3 allée des Tilleuls");
        ComboBox<Commune> commune = _get(ComboBox.class, spec -> spec.withId("dwelling-commune"));
        _setValue(commune, applications.communes().getFirst());
        _setValue((Select<DwellingType>) _get(Select.class, spec -> spec.withId("dwelling-type")), DwellingType.T2);
        _setValue(_get(BigDecimalField.class, spec -> spec.withId("dwelling-surface")), new BigDecimal("45"));
        _setValue(_get(IntegerField.class, spec -> spec.withId("dwelling-floor")), 3);
        _setValue(_get(BigDecimalField.class, spec -> spec.withId("dwelling-rent")), new BigDecimal("480"));
        _setValue(_get(BigDecimalField.class, spec -> spec.withId("dwelling-charges")), new BigDecimal("-5"));
        _setValue((Select<Financing>) _get(Select.class, spec -> spec.withId("dwelling-financing")), Financing.PLAI);
        _setValue((Select<Reservataire>) _get(Select.class, spec -> spec.withId("dwelling-reservataire")),
                Reservataire.COMMUNE);
        assertThat(save.isEnabled()).as("negative charges").isFalse();
        _setValue(_get(BigDecimalField.class, spec -> spec.withId("dwelling-charges")), new BigDecimal("60"));
        assertThat(save.isEnabled()).isTrue();
        _click(save);

        assertThat(dwellings.list(new DwellingFilter(reference, null, null, null, null, null), PageRequest.of(0, 1)))
                .hasSize(1);
        assertThat(_get(DwellingDetailView.class).getElement().getTextRecursively()).contains(reference);
    }
}
