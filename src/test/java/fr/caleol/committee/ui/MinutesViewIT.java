package fr.caleol.committee.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.RouteParameters;
import fr.caleol.committee.service.MinutesService;
import fr.caleol.security.domain.Role;
import fr.caleol.support.CommitteeFixtures.LiveSitting;
import fr.caleol.support.KaribuTest;
import fr.caleol.support.MinutesFixtures;
import fr.caleol.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class MinutesViewIT extends KaribuTest {

    @Autowired MinutesFixtures fixtures;
    @Autowired MinutesService minutes;

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
}
