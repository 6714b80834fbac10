package fr.caleol.committee.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.router.RouteParameters;
import fr.caleol.base.errors.BusinessException;
import fr.caleol.committee.domain.CastingVoteHolder;
import fr.caleol.committee.service.SittingService;
import fr.caleol.security.domain.Role;
import fr.caleol.support.CommitteeFixtures;
import fr.caleol.support.CommitteeFixtures.LiveSitting;
import fr.caleol.support.KaribuTest;
import fr.caleol.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/** The sitting's video conference link: set by the secretary, refused when unsafe, shown on the live screen. */
class SittingVideoLinkIT extends KaribuTest {

    private static final String LINK = "https://webconf.numerique.gouv.fr/caleol-est";

    @Autowired CommitteeFixtures fixtures;
    @Autowired SittingService sittings;

    private void openLiveScreen(LiveSitting s, String username) {
        openAs(username, Role.COMMITTEE_MEMBER);
        UI.getCurrent().navigate(LiveSittingView.class,
                new RouteParameters("sittingId", String.valueOf(s.sittingId())));
    }

    @Test
    void the_members_screen_shows_the_link_set_by_the_secretary_opening_in_a_new_tab() {
        LiveSitting s = fixtures.convenedSitting(2, CastingVoteHolder.MAYOR_OF_COMMUNE);
        openLiveScreen(s, s.mayor());
        assertThat(_find(Anchor.class, spec -> spec.withId("video-link"))).isEmpty();

        TestUsers.actAs(s.secretary(), Role.SECRETARY);
        sittings.setVideoLink(s.sittingId(), LINK);
        awaitUi(() -> !_find(Anchor.class, spec -> spec.withId("video-link")).isEmpty());

        Anchor link = _get(Anchor.class, spec -> spec.withId("video-link"));
        assertThat(link.getHref()).isEqualTo(LINK);
        assertThat(link.getText()).contains("Rejoindre la visioconférence");
        assertThat(link.getElement().getAttribute("target")).isEqualTo("_blank");
        assertThat(link.getElement().getAttribute("rel")).contains("noopener");
    }

    @Test
    void an_unsafe_link_is_refused_with_the_reason_and_the_previous_one_stays() {
        LiveSitting s = fixtures.convenedSitting(2, CastingVoteHolder.MAYOR_OF_COMMUNE);
        TestUsers.actAs(s.secretary(), Role.SECRETARY);
        sittings.setVideoLink(s.sittingId(), LINK);

        assertThatThrownBy(() -> sittings.setVideoLink(s.sittingId(), "http://visio.example.org/salle"))
                .isInstanceOf(BusinessException.class).hasMessageContaining("committee.error.videoLink");
        assertThatThrownBy(() -> sittings.setVideoLink(s.sittingId(), "javascript:alert(1)"))
                .isInstanceOf(BusinessException.class);

        assertThat(sittings.get(s.sittingId()).getVideoUrl()).isEqualTo(LINK);
        sittings.setVideoLink(s.sittingId(), " ");
        assertThat(sittings.get(s.sittingId()).getVideoUrl()).as("a blank link removes it").isNull();
    }

    @Test
    void a_member_may_not_change_the_link() {
        LiveSitting s = fixtures.convenedSitting(2, CastingVoteHolder.MAYOR_OF_COMMUNE);
        TestUsers.actAs(s.president(), Role.COMMITTEE_MEMBER);
        assertThatThrownBy(() -> sittings.setVideoLink(s.sittingId(), LINK)).isInstanceOf(AccessDeniedException.class);
    }
}
