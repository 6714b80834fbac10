package fr.caleol.committee.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.RouteParam;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import fr.caleol.housing.service.HousingApplicationService;
import fr.caleol.security.domain.Role;
import fr.caleol.support.CommitteeFixtures.LiveSitting;
import fr.caleol.support.CommitteeFixtures;
import fr.caleol.support.KaribuTest;
import fr.caleol.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

/**
 * The member's dossier, opened from the live sitting, and need-to-know per item: a member reads the candidates of the
 * items their seat sits on, and no other, from the convocation until the minutes are published.
 */
class MemberDossierIT extends KaribuTest {

    private static final String BOBIGNY = "93008";

    @Autowired CommitteeFixtures fixtures;
    @Autowired HousingApplicationService applications;
    @Autowired JdbcTemplate jdbc;

    private void openLive(LiveSitting s, String username) {
        openAs(username, Role.COMMITTEE_MEMBER);
        UI.getCurrent().navigate(LiveSittingView.class, new RouteParameters("sittingId", String.valueOf(s.sittingId())));
    }

    private void openDossier(LiveSitting s, String username, long applicationId) {
        openAs(username, Role.COMMITTEE_MEMBER);
        UI.getCurrent().navigate(MemberDossierView.class, new RouteParameters(
                new RouteParam("sittingId", String.valueOf(s.sittingId())),
                new RouteParam("applicationId", String.valueOf(applicationId))));
    }

    private long count(String action, String actor, String objectId) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM audit_event WHERE action = ? AND actor = ?"
                + (objectId == null ? "" : " AND object_id = '" + objectId + "'"), Long.class, action, actor);
    }

    @Test
    void the_mayor_of_the_dwellings_commune_opens_a_candidates_full_dossier_from_the_sitting_and_the_read_is_audited() {
        LiveSitting s = fixtures.convenedSitting(2, fr.caleol.committee.domain.CastingVoteHolder.MAYOR_OF_COMMUNE);
        long candidate = s.applicationIds().getFirst();
        openLive(s, s.mayor());
        RouterLink link = _get(RouterLink.class, spec -> spec.withId("open-dossier-" + candidate));
        assertThat(link.getHref()).isEqualTo("seances/" + s.sittingId() + "/candidats/" + candidate);

        long readsBefore = count("DOSSIER_READ", s.mayor(), String.valueOf(candidate));
        openDossier(s, s.mayor(), candidate);
        assertThat(_get(H2.class, spec -> spec.withId("dossier-title")).getText()).contains("—");
        assertThat(_find(Grid.class, spec -> spec.withId("household-grid"))).hasSize(1);
        assertThat(_find(UnorderedList.class, spec -> spec.withId("documents-checklist"))).hasSize(1);
        assertThat(_find(fr.caleol.housing.ui.EligibilityPanel.class, spec -> spec.withId("dossier-eligibility")))
                .hasSize(1);
        assertThat(count("DOSSIER_READ", s.mayor(), String.valueOf(candidate))).isGreaterThan(readsBefore);
    }

    @Test
    void the_mayor_of_another_commune_cannot_open_a_candidate_of_a_montreuil_dwelling_and_the_refusal_is_audited() {
        LiveSitting s = fixtures.convenedSittingWithOtherMayor(BOBIGNY);
        long candidate = s.applicationIds().getFirst();
        openLive(s, s.otherMayor());
        assertThat(_get(Paragraph.class, spec -> spec.withId("candidates-need-to-know")).getText())
                .contains("ne porte pas sur ce logement");
        assertThat(_find(RouterLink.class, spec -> spec.withId("open-dossier-" + candidate))).isEmpty();

        long deniedBefore = count("ACCESS_DENIED", s.otherMayor(), null);
        openDossier(s, s.otherMayor(), candidate);
        assertThat(_get(Paragraph.class, spec -> spec.withId("dossier-refused")).getText())
                .contains("ne vous est pas ouvert");
        assertThat(_find(Grid.class, spec -> spec.withId("household-grid"))).isEmpty();
        assertThat(count("ACCESS_DENIED", s.otherMayor(), null)).isGreaterThan(deniedBefore);

        TestUsers.actAs(s.otherMayor(), Role.COMMITTEE_MEMBER);
        assertThatThrownBy(() -> applications.dossier(candidate)).isInstanceOf(AccessDeniedException.class);
        TestUsers.actAs(s.president(), Role.COMMITTEE_MEMBER);
        assertThat(applications.mayRead(candidate)).as("the president sits on every item").isTrue();
        TestUsers.anonymous();
    }

    @Test
    void a_sitting_closed_more_than_thirty_days_ago_without_minutes_no_longer_opens_its_dossiers() {
        LiveSitting s = fixtures.convenedSitting(2, fr.caleol.committee.domain.CastingVoteHolder.MAYOR_OF_COMMUNE);
        long candidate = s.applicationIds().getFirst();
        jdbc.update("UPDATE sitting SET state = 'CLOSED', started_at = ?, ended_at = ? WHERE id = ?",
                java.sql.Timestamp.from(java.time.Instant.now().minus(java.time.Duration.ofDays(29))),
                java.sql.Timestamp.from(java.time.Instant.now().minus(java.time.Duration.ofDays(29))), s.sittingId());
        TestUsers.actAs(s.mayor(), Role.COMMITTEE_MEMBER);
        assertThat(applications.mayRead(candidate)).as("29 days after the close").isTrue();
        jdbc.update("UPDATE sitting SET ended_at = ? WHERE id = ?",
                java.sql.Timestamp.from(java.time.Instant.now().minus(java.time.Duration.ofDays(31))), s.sittingId());
        assertThat(applications.mayRead(candidate)).as("31 days after the close").isFalse();
        TestUsers.anonymous();
    }
}
