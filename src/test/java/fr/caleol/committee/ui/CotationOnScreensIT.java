package fr.caleol.committee.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.ComboBoxKt;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.RouteParam;
import com.vaadin.flow.router.RouteParameters;
import fr.caleol.committee.service.SittingService;
import fr.caleol.housing.domain.cotation.CotationCriterion;
import fr.caleol.housing.domain.cotation.CotationKind;
import fr.caleol.housing.service.CotationService;
import fr.caleol.housing.ui.CotationGridsView;
import fr.caleol.security.domain.Role;
import fr.caleol.support.CommitteeFixtures;
import fr.caleol.support.CommitteeFixtures.LiveSitting;
import fr.caleol.support.KaribuTest;
import fr.caleol.support.TestUsers;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The cotation on screen: the administrator composes and publishes a territory's grid; the secretary's dossier, the
 * sitting's comparison and the member's dossier show each candidate's score with its breakdown.
 */
class CotationOnScreensIT extends KaribuTest {

    @Autowired CommitteeFixtures fixtures;
    @Autowired CotationService cotation;
    @Autowired SittingService sittings;

    private static String text(com.vaadin.flow.component.Component c) {
        return c.getElement().getTextRecursively().replace('\u202f', ' ').replace('\u00a0', ' ');
    }

    @Test
    void the_administrator_composes_the_first_grid_of_a_territory_and_publishes_it_after_confirming() {
        String territory = TestUsers.unique("Plaine Commune");
        openAs("admin", Role.ADMIN);
        UI.getCurrent().navigate(CotationGridsView.class);
        ComboBox<String> where = _get(ComboBox.class, spec -> spec.withId("cotation-territory"));
        ComboBoxKt._fireCustomValueSet(where, territory);
        assertThat(text(_get(Div.class, spec -> spec.withId("cotation-current")))).contains("pas encore de grille");

        _click(_get(Button.class, spec -> spec.withId("cotation-add-criterion")));
        VerticalLayout editor = _get(VerticalLayout.class, spec -> spec.withId("cotation-editor"));
        _setValue(_get(editor, TextField.class, spec -> spec.withLabel("Libellé")), "Prioritaire DALO");
        _setValue(_get(editor, IntegerField.class, spec -> spec.withLabel("Points")), 250);
        _click(_get(Button.class, spec -> spec.withId("cotation-publish")));
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));

        assertThat(cotation.history(territory)).singleElement().satisfies(grid -> {
            assertThat(grid.version()).isEqualTo(1);
            assertThat(grid.criteria()).containsExactly(
                    new CotationCriterion("Prioritaire DALO", CotationKind.DALO, null, 250, null));
        });
        assertThat(text(_get(Div.class, spec -> spec.withId("cotation-current")))).contains("version 1");
    }

    @Test
    void the_secretary_s_dossier_the_sitting_and_the_member_s_dossier_show_the_score_and_its_breakdown() {
        String territory = TestUsers.unique("Est ensemble");
        TestUsers.actAs("admin", Role.ADMIN);
        cotation.publish(territory, List.of(
                new CotationCriterion("Ancienneté", CotationKind.SENIORITY_MONTHS, null, 2, null),
                new CotationCriterion("Mal logé", CotationKind.PRIORITY, "BADLY_HOUSED", 70, null)));
        LiveSitting s = fixtures.preparedSittingIn(territory);
        TestUsers.actAs("admin", Role.ADMIN);
        sittings.convene(s.sittingId());
        TestUsers.anonymous();
        long candidate = s.applicationIds().getFirst();

        openAs(s.mayor(), Role.COMMITTEE_MEMBER);
        UI.getCurrent().navigate(LiveSittingView.class, new RouteParameters("sittingId", String.valueOf(s.sittingId())));
        String comparison = text(_get(fr.caleol.housing.ui.CandidateComparison.class, spec -> spec.withId("candidates")));
        assertThat(comparison).contains("Cotation", "Mal logé : 70 points", "version 1");

        UI.getCurrent().navigate(MemberDossierView.class, new RouteParameters(
                new RouteParam("sittingId", String.valueOf(s.sittingId())),
                new RouteParam("applicationId", String.valueOf(candidate))));
        String dossier = text(_get(Div.class, spec -> spec.withId("dossier-cotation")));
        assertThat(dossier).contains("points", "Ancienneté (", "mois)", "Mal logé : 70 points",
                "elle ne décide pas");

        openAs("secretaire", Role.SECRETARY);
        UI.getCurrent().navigate("demandes/" + candidate);
        assertThat(text(_get(Div.class, spec -> spec.withId("application-cotation"))))
                .contains("grille « " + territory + " »", "Mal logé : 70 points");
    }
}
