package fr.caleol.socialcell.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.select.Select;
import fr.caleol.base.events.EventBus;
import fr.caleol.security.domain.Role;
import fr.caleol.socialcell.domain.ArrearsLetterKind;
import fr.caleol.socialcell.service.ArrearsCaseService;
import fr.caleol.socialcell.service.ArrearsLetterService;
import fr.caleol.socialcell.service.PlanPdf;
import fr.caleol.socialcell.service.PlanService;
import fr.caleol.support.ArrearsFixtures;
import fr.caleol.support.IntegrationTest;
import fr.caleol.support.KaribuTest;
import fr.caleol.support.TestUsers;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

@IntegrationTest
class CaseLettersPanelIT extends KaribuTest {

    static final BigDecimal RENT = ArrearsFixtures.RENT;

    @Autowired ArrearsLetterService letters;
    @Autowired PlanPdf planPdf;
    @Autowired ArrearsCaseService cases;
    @Autowired PlanService plans;
    @Autowired ArrearsFixtures arrears;
    @Autowired EventBus eventBus;
    @Autowired JdbcTemplate jdbc;

    String adviser;
    String lastName;
    LocalDate firstUnpaid;
    long caseId;

    @BeforeEach
    void aCaseAssignedToAFreshAdviser() {
        lastName = "Panneau" + TestUsers.unique("").replaceAll("[^A-Za-z0-9]", "");
        ArrearsFixtures.ArrearsCase c = arrears.assignedCase(lastName, 13, 1);
        firstUnpaid = c.firstUnpaid();
        caseId = c.caseId();
        adviser = c.adviser();
    }

    private CaseLettersPanel mount() {
        CaseLettersPanel panel = new CaseLettersPanel(caseId, letters, eventBus);
        UI.getCurrent().add(panel);
        return panel;
    }

    @Test
    void the_adviser_previews_and_generates_a_first_reminder_which_joins_the_letters_sent() {
        openAs(adviser, Role.SOCIAL_ADVISER);
        CaseLettersPanel panel = mount();
        assertThat(panel.selectedKind()).isEqualTo(ArrearsLetterKind.FIRST_REMINDER);
        assertThat(_find(Span.class, spec -> spec.withId("letters-default-hint"))).as("no visible hint").isEmpty();
        assertThat(_get(Div.class, spec -> spec.withId("letters-preview")).getText()).contains("480,00")
                .doesNotContain("{{");
        assertThat(_find(Anchor.class, spec -> spec.withId("letters-download"))).isEmpty();
        assertThat(_get(UnorderedList.class, spec -> spec.withId("letters-sent")).getElement().getChildCount())
                .isZero();

        @SuppressWarnings("unchecked")
        Select<ArrearsLetterKind> kind = _get(Select.class, spec -> spec.withId("letters-kind"));
        kind.setValue(ArrearsLetterKind.PLAN_CONFIRMATION);
        assertThat(_get(Div.class, spec -> spec.withId("letters-preview")).getText())
                .isEqualTo("Ce courrier concerne un plan d’apurement : le dossier n’a aucun plan en cours ou en défaut.");
        assertThat(_get(Button.class, spec -> spec.withId("letters-generate")).isEnabled()).isFalse();
        kind.setValue(ArrearsLetterKind.FIRST_REMINDER);

        _click(_get(Button.class, spec -> spec.withId("letters-generate")));

        assertThat(_get(Anchor.class, spec -> spec.withId("letters-download")).getHref()).isNotBlank();
        UnorderedList sent = _get(UnorderedList.class, spec -> spec.withId("letters-sent"));
        assertThat(sent.getElement().getChildCount()).isEqualTo(1);
        assertThat(sent.getElement().getChild(0).getText()).contains("Premier rappel").contains(adviser);
        assertThat(jdbc.queryForObject("SELECT letter_kind FROM arrears_contact WHERE case_id = ? AND kind = 'LETTER'",
                String.class, caseId)).isEqualTo("FIRST_REMINDER");
    }

    @Test
    void a_case_whose_plan_is_in_default_proposes_the_default_notice_with_a_hint() {
        TestUsers.actAs(adviser, Role.SOCIAL_ADVISER);
        long plan = plans.create(caseId, RENT, firstUnpaid.plusMonths(1), 2, firstUnpaid.plusDays(20));
        TestUsers.actAs("chef", Role.SOCIAL_CELL_LEAD);
        plans.detectBreaches(firstUnpaid.plusMonths(1).plusDays(30));

        openAs(adviser, Role.SOCIAL_ADVISER);
        CaseLettersPanel panel = mount();
        assertThat(panel.selectedKind()).isEqualTo(ArrearsLetterKind.DEFAULT_NOTICE);
        assertThat(_get(Span.class, spec -> spec.withId("letters-default-hint")).isVisible()).isTrue();
        assertThat(_get(Div.class, spec -> spec.withId("letters-preview")).getText()).contains("en demeure");

        Anchor pdf = PlanPdfButton.create(plan, planPdf);
        UI.getCurrent().add(pdf);
        assertThat(pdf.getHref()).isNotBlank();
        assertThat(pdf.getText()).contains("Plan d’apurement");
    }
}
