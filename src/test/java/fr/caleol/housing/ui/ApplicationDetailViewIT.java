package fr.caleol.housing.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static fr.caleol.housing.HousingFixtures.dwelling;
import static fr.caleol.housing.HousingFixtures.newLastName;
import static fr.caleol.housing.HousingFixtures.newNumero;
import static fr.caleol.housing.HousingFixtures.newReference;
import static fr.caleol.housing.HousingFixtures.single;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Paragraph;
import fr.caleol.housing.domain.Dwelling;
import fr.caleol.housing.domain.HousingApplication;
import fr.caleol.housing.service.DwellingService;
import fr.caleol.housing.service.EligibilityService;
import fr.caleol.housing.service.HousingApplicationService;
import fr.caleol.security.domain.Role;
import fr.caleol.support.KaribuTest;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class ApplicationDetailViewIT extends KaribuTest {

    @Autowired HousingApplicationService applications;
    @Autowired DwellingService dwellings;
    @Autowired EligibilityService eligibility;

    /** French amounts use narrow no-break spaces; compare with plain spaces. */
    private static String text(com.vaadin.flow.component.Component component) {
        return component.getElement().getTextRecursively().replace('\u202f', ' ').replace('\u00a0', ' ');
    }

    @Test
    void the_dossier_shows_the_eligibility_figures_against_the_dwelling_it_was_proposed_for() {
        openAs("secretaire", Role.SECRETARY);
        String lastName = newLastName("Chiffres");
        // one person, 1 900 € a month, APL estimate 200 €; dwelling 650 € + 120 € in Paris, PLUS
        HousingApplication application = applications.create(single(newNumero(), lastName, 20000L));
        Dwelling dwelling = dwellings.create(dwelling(newReference()));
        dwellings.propose(dwelling.getId(), application.getId());

        UI.getCurrent().navigate("demandes/" + application.getId());
        ApplicationDetailView view = _get(ApplicationDetailView.class);
        assertThat(text(view)).contains(lastName.toUpperCase(), "Composition du ménage", "Pièces justificatives",
                dwelling.getReference());

        String figures = text(_get(EligibilityPanel.class, spec -> spec.withId("application-eligibility")));
        assertThat(figures).contains("Catégorie 1", "Selon le nombre de personnes : 1 personne.");
        // (650 + 120 − 200) ÷ 1 900 = 30,0 %, at the landlord's 30 % threshold: acceptable
        assertThat(figures).contains("Taux d’effort", "30,0 % — acceptable",
                "(loyer 650,00 € + charges 120,00 € − APL estimée 200,00 €) ÷ ressources mensuelles 1 900,00 € = 30,0 %",
                "Seuil du bailleur : 30,0 % au plus.");
        // (1 900 − 570) ÷ 1 person ÷ 30 days = 44,33 €
        assertThat(figures).contains("Reste à vivre par personne et par jour", "44,33 € — suffisant");
        assertThat(figures).contains("Revenus et plafond de ressources", "Revenus fiscaux du ménage : N-2 20 000,00 €");
    }

    @Test
    void without_income_the_ceiling_says_income_not_provided() {
        openAs("secretaire", Role.SECRETARY);
        HousingApplication application = applications.create(single(newNumero(), newLastName("Sans"), null));
        Dwelling dwelling = dwellings.create(dwelling(newReference()));
        dwellings.propose(dwelling.getId(), application.getId());

        UI.getCurrent().navigate("demandes/" + application.getId());
        assertThat(text(_get(EligibilityPanel.class, spec -> spec.withId("application-eligibility"))))
                .contains("revenus non renseignés");
    }

    @Test
    void a_dossier_assessed_in_a_year_whose_ceilings_are_not_entered_says_which_older_scale_it_is_compared_with() {
        openAs("secretaire", Role.SECRETARY);
        List<Integer> stored = eligibility.ceilingYears();
        int year = IntStream.rangeClosed(2025, 2999).filter(y -> !stored.contains(y)).findFirst().orElseThrow();
        int older = stored.stream().filter(y -> y < year).max(Integer::compare).orElseThrow();
        HousingApplication application = applications.create(single(newNumero(), newLastName("Barème"), 20000L));
        Dwelling dwelling = dwellings.create(dwelling(newReference()));
        dwellings.propose(dwelling.getId(), application.getId());

        UI.getCurrent().navigate("demandes/" + application.getId());
        _setValue(_get(DatePicker.class, spec -> spec.withId("eligibility-date")), LocalDate.of(year, 3, 2));
        assertThat(text(_get(Paragraph.class, spec -> spec.withId("eligibility-ceiling-older-year"))))
                .startsWith("Les plafonds " + year + " ne sont pas saisis : le dossier est comparé au barème " + older);
    }
}
