package fr.caleol.socialcell.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.component.textfield.TextArea;
import fr.caleol.base.domain.Euros;
import fr.caleol.security.domain.Role;
import fr.caleol.socialcell.domain.ArrearsLetterKind;
import fr.caleol.socialcell.domain.ArrearsLetterPlaceholders;
import fr.caleol.socialcell.service.ArrearsLetterService;
import fr.caleol.support.IntegrationTest;
import fr.caleol.support.KaribuTest;
import fr.caleol.support.TestUsers;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@IntegrationTest
class ArrearsLetterTemplatesViewIT extends KaribuTest {

    @Autowired ArrearsLetterService letters;

    private ArrearsLetterService.Template template(ArrearsLetterKind kind) {
        return letters.templates().stream().filter(t -> t.kind() == kind).findFirst().orElseThrow();
    }

    @Test
    void the_lead_previews_a_template_on_a_sample_case_and_an_unknown_placeholder_is_refused() {
        openAs("responsable-vue", Role.SOCIAL_CELL_LEAD);
        UI.getCurrent().navigate(ArrearsLetterTemplatesView.class);
        @SuppressWarnings("unchecked")
        Select<ArrearsLetterKind> kind = _get(Select.class, spec -> spec.withId("arrears-template-kind"));
        kind.setValue(ArrearsLetterKind.INVITATION);
        TextArea body = _get(TextArea.class, spec -> spec.withId("arrears-template-body"));
        assertThat(body.getValue()).isEqualTo(template(ArrearsLetterKind.INVITATION).body());

        _click(_get(Button.class, spec -> spec.withId("arrears-template-sample")));
        assertThat(_get(Div.class, spec -> spec.withId("arrears-template-sample-body")).getText())
                .contains(Euros.french(new java.math.BigDecimal("1152.40")))
                .doesNotContain("{{");

        String before = body.getValue();
        body.setValue(before + " {{inconnu}}");
        _click(_get(Button.class, spec -> spec.withId("arrears-template-save")));
        NotificationsKt.expectNotifications("Champ inconnu : {{inconnu}}. Champs disponibles : "
                + ArrearsLetterPlaceholders.KNOWN.stream().map(p -> "{{" + p + "}}")
                        .collect(Collectors.joining(", ")) + ".");
        assertThat(template(ArrearsLetterKind.INVITATION).body()).isEqualTo(before);
    }

    @Test
    void only_the_team_lead_and_admin_reach_the_templates_screen_and_its_menu_entry() {
        openAs("responsable-vue", Role.SOCIAL_CELL_LEAD);
        assertThat(_find(SideNavItem.class).stream().map(SideNavItem::getLabel)).contains("Modèles de courrier");
        UI.getCurrent().navigate(ArrearsLetterTemplatesView.class);
        assertThat(_find(ArrearsLetterTemplatesView.class)).hasSize(1);

        openAs(TestUsers.unique("cons"), Role.SOCIAL_ADVISER);
        assertThat(_find(SideNavItem.class).stream().map(SideNavItem::getLabel)).doesNotContain("Modèles de courrier");
        UI.getCurrent().navigate(ArrearsLetterTemplatesView.class);
        assertThat(_find(ArrearsLetterTemplatesView.class)).isEmpty();
    }

    @Test
    void a_stale_save_is_refused_and_the_typed_text_stays_on_screen() {
        openAs("responsable-vue", Role.SOCIAL_CELL_LEAD);
        ArrearsLetterService.Template original = template(ArrearsLetterKind.PLAN_CONFIRMATION);
        try {
            UI.getCurrent().navigate(ArrearsLetterTemplatesView.class);
            @SuppressWarnings("unchecked")
            Select<ArrearsLetterKind> kind = _get(Select.class, spec -> spec.withId("arrears-template-kind"));
            kind.setValue(ArrearsLetterKind.PLAN_CONFIRMATION);
            // Someone else saves first.
            letters.saveTemplate(ArrearsLetterKind.PLAN_CONFIRMATION, original.version(), original.subject(),
                    original.body() + "\n\nModifié par une collègue.");
            TextArea body = _get(TextArea.class, spec -> spec.withId("arrears-template-body"));
            String typed = original.body() + "\n\nMa modification.";
            body.setValue(typed);
            _click(_get(Button.class, spec -> spec.withId("arrears-template-save")));
            NotificationsKt.expectNotifications("Quelqu’un d’autre vient de modifier cet élément. Rechargez-le pour "
                    + "voir sa dernière version, puis refaites votre modification.");
            assertThat(body.getValue()).isEqualTo(typed);
            assertThat(template(ArrearsLetterKind.PLAN_CONFIRMATION).body()).endsWith("Modifié par une collègue.");
        } finally {
            TestUsers.actAs("responsable-vue", Role.SOCIAL_CELL_LEAD);
            ArrearsLetterService.Template now = template(ArrearsLetterKind.PLAN_CONFIRMATION);
            letters.saveTemplate(ArrearsLetterKind.PLAN_CONFIRMATION, now.version(), original.subject(),
                    original.body());
        }
    }
}
