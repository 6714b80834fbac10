package fr.caleol.committee.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.RouteParameters;
import fr.caleol.committee.domain.DecisionProposal;
import fr.caleol.committee.domain.DecisionType;
import fr.caleol.committee.domain.RefusalGround;
import fr.caleol.committee.service.FollowUpService;
import fr.caleol.committee.service.MinutesService;
import fr.caleol.security.domain.Role;
import fr.caleol.support.CommitteeFixtures.LiveSitting;
import fr.caleol.support.KaribuTest;
import fr.caleol.support.MinutesFixtures;
import fr.caleol.support.TestUsers;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class MinutesViewIT extends KaribuTest {

    @Autowired MinutesFixtures fixtures;
    @Autowired MinutesService minutes;
    @Autowired FollowUpService followUp;
    @Autowired org.springframework.jdbc.core.JdbcTemplate jdbc;

    /** The actions of a row of the follow-up grid. */
    @SuppressWarnings("unchecked")
    private static com.vaadin.flow.component.Component actions(int row) {
        com.vaadin.flow.component.grid.Grid<FollowUpService.Line> grid = _get(
                com.vaadin.flow.component.grid.Grid.class, spec -> spec.withId("follow-up-grid"));
        return com.github.mvysny.kaributesting.v10.GridKt._getCellComponent(grid, row, "actions");
    }

    private void open(LiveSitting s, String username, Role role) {
        openAs(username, role);
        UI.getCurrent().navigate(MinutesView.class, new RouteParameters("sittingId", String.valueOf(s.sittingId())));
    }

    @Test
    void the_secretary_prepares_writes_and_submits_the_minutes_from_the_screen() {
        LiveSitting s = fixtures.closedSitting(1, MinutesFixtures::ranked);
        open(s, s.secretary(), Role.SECRETARY);
        _click(_get(Button.class, spec -> spec.withId("minutes-create")));
        _get(TextArea.class, spec -> spec.withId("minutes-opening")).setValue("Séance ouverte à 14 h.");
        _click(_get(Button.class, spec -> spec.withId("minutes-save")));
        _click(_get(Button.class, spec -> spec.withId("minutes-submit")));
        assertThat(_get(Span.class, spec -> spec.withId("minutes-state")).getText()).contains("Soumis");
        assertThat(_find(TextArea.class, spec -> spec.withId("minutes-opening"))).as("no longer editable").isEmpty();
        TestUsers.actAs(s.secretary(), Role.SECRETARY);
        assertThat(minutes.page(s.sittingId()).document().openingRemarks()).isEqualTo("Séance ouverte à 14 h.");
    }

    @Test
    void the_president_validates_from_the_screen() {
        LiveSitting s = fixtures.closedSitting(1, MinutesFixtures::ranked);
        TestUsers.actAs(s.secretary(), Role.SECRETARY);
        long id = minutes.createDraft(s.sittingId());
        minutes.submit(id, minutes.page(s.sittingId()).version());
        open(s, s.president(), Role.COMMITTEE_MEMBER);
        _click(_get(Button.class, spec -> spec.withId("minutes-validate")));
        assertThat(_get(Span.class, spec -> spec.withId("minutes-state")).getText()).contains("Validé");
        assertThat(_find(Button.class, spec -> spec.withId("minutes-publish"))).as("the secretary publishes").isEmpty();
    }

    @Test
    void a_stale_save_is_refused_and_the_typed_text_stays_on_screen() {
        LiveSitting s = fixtures.closedSitting(1, MinutesFixtures::ranked);
        TestUsers.actAs(s.secretary(), Role.SECRETARY);
        long id = minutes.createDraft(s.sittingId());
        open(s, s.secretary(), Role.SECRETARY);
        // Another secretary saves meanwhile.
        minutes.saveFreeText(id, minutes.page(s.sittingId()).version(),
                new MinutesService.FreeText("Texte de l’autre", null, java.util.Map.of(), java.util.Set.of()));
        TextArea opening = _get(TextArea.class, spec -> spec.withId("minutes-opening"));
        opening.setValue("Mon texte");
        _click(_get(Button.class, spec -> spec.withId("minutes-save")));
        assertThat(_get(TextArea.class, spec -> spec.withId("minutes-opening")).getValue()).isEqualTo("Mon texte");
        TestUsers.actAs(s.secretary(), Role.SECRETARY);
        assertThat(minutes.page(s.sittingId()).document().openingRemarks()).isEqualTo("Texte de l’autre");
    }

    @Test
    void an_unknown_placeholder_is_refused_on_the_templates_screen() {
        openAs("admin", Role.ADMIN);
        UI.getCurrent().navigate(LetterTemplatesView.class);
        TextArea body = _get(TextArea.class, spec -> spec.withId("template-body"));
        String before = body.getValue();
        body.setValue(before + " {{inconnu}}");
        _click(_get(Button.class, spec -> spec.withId("template-save")));
        com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications(
                "Champ inconnu : {{inconnu}}. Champs disponibles : " + fr.caleol.committee.domain.LetterPlaceholders.KNOWN
                        .stream().map(p -> "{{" + p + "}}").collect(java.util.stream.Collectors.joining(", ")) + ".");
    }

    @Test
    void an_overdue_condition_is_flagged_on_the_secretarys_home_page() {
        LiveSitting s = fixtures.closedSitting(1, ids -> List.of(
                new DecisionProposal(ids.get(0), DecisionType.CONDITIONAL_ATTRIBUTION, null, "Avis d’imposition",
                        java.time.LocalDate.now().plusDays(10), null, null),
                new DecisionProposal(ids.get(1), DecisionType.NON_ATTRIBUTION, null, null, null,
                        RefusalGround.OTHER_CANDIDATE_PRIORITY, null),
                new DecisionProposal(ids.get(2), DecisionType.NON_ATTRIBUTION, null, null, null,
                        RefusalGround.OTHER_CANDIDATE_PRIORITY, null)));
        TestUsers.actAs(s.secretary(), Role.SECRETARY);
        long id = minutes.createDraft(s.sittingId());
        minutes.submit(id, minutes.page(s.sittingId()).version());
        TestUsers.actAs(s.president(), Role.COMMITTEE_MEMBER);
        minutes.validate(id, minutes.page(s.sittingId()).version());
        TestUsers.actAs(s.secretary(), Role.SECRETARY);
        minutes.publish(id, minutes.page(s.sittingId()).version());
        jdbc.update("update offer o join agenda_item i on i.id = o.item_id set o.reply_deadline = ? "
                + "where i.sitting_id = ?", java.time.LocalDate.now().minusDays(3), s.sittingId());
        openAs(s.secretary(), Role.SECRETARY);
        UI.getCurrent().navigate(fr.caleol.base.ui.HomeView.class);
        assertThat(_get(com.vaadin.flow.component.html.Section.class, spec -> spec.withId("overdue-conditions"))
                .getElement().getTextRecursively()).contains("1 condition(s) échue(s)");
        open(s, s.secretary(), Role.SECRETARY);
        assertThat(_get(com.vaadin.flow.component.html.Paragraph.class, spec -> spec.withId("follow-up-overdue"))
                .getText()).contains("Conditions suspensives échues");
    }

    @Test
    void a_letter_owed_after_a_refusal_is_listed_and_recording_its_notification_clears_it() {
        LiveSitting s = fixtures.closedSitting(1, fr.caleol.support.MinutesFixtures::ranked);
        TestUsers.actAs(s.secretary(), Role.SECRETARY);
        long id = minutes.createDraft(s.sittingId());
        minutes.submit(id, minutes.page(s.sittingId()).version());
        TestUsers.actAs(s.president(), Role.COMMITTEE_MEMBER);
        minutes.validate(id, minutes.page(s.sittingId()).version());
        TestUsers.actAs(s.secretary(), Role.SECRETARY);
        minutes.publish(id, minutes.page(s.sittingId()).version());
        open(s, s.secretary(), Role.SECRETARY);
        long first = followUp.lines(s.sittingId()).getFirst().id();
        _click(_get(actions(0), com.vaadin.flow.component.button.Button.class,
                spec -> spec.withId("answer-refused-" + first)));

        long second = followUp.lines(s.sittingId()).get(1).id();
        assertThat(_get(com.vaadin.flow.component.html.Paragraph.class, spec -> spec.withId("follow-up-letters-due"))
                .getText()).contains("Courriers à envoyer");
        assertThat(_get(actions(1), com.vaadin.flow.component.html.Anchor.class,
                spec -> spec.withId("offer-letter-" + second)).getHref()).isNotBlank();

        _click(_get(actions(1), com.vaadin.flow.component.button.Button.class,
                spec -> spec.withId("notification-" + second)));
        _setValue(_get(com.vaadin.flow.component.textfield.TextField.class, spec -> spec.withId("notification-number")),
                "1A 000 111 2222 3");
        _click(_get(com.vaadin.flow.component.button.Button.class, spec -> spec.withId("notification-save")));
        assertThat(_find(com.vaadin.flow.component.html.Paragraph.class, spec -> spec.withId("follow-up-letters-due")))
                .isEmpty();
        assertThat(followUp.lines(s.sittingId()).get(1).registeredLetter()).isEqualTo("1A 000 111 2222 3");
    }
}
