package fr.caleol.committee.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.RouteParameters;
import fr.caleol.committee.domain.BallotChoice;
import fr.caleol.committee.domain.CastingVoteHolder;
import fr.caleol.committee.domain.VoteRound;
import fr.caleol.committee.service.LiveVoting;
import fr.caleol.security.domain.Role;
import fr.caleol.support.MinutesFixtures;
import fr.caleol.support.CommitteeFixtures;
import fr.caleol.support.CommitteeFixtures.LiveSitting;
import fr.caleol.support.KaribuTest;
import fr.caleol.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class LiveSittingViewIT extends KaribuTest {

    @Autowired CommitteeFixtures fixtures;
    @Autowired MinutesFixtures minutesFixtures;
    @Autowired LiveVoting voting;

    private void open(LiveSitting s, String username) {
        openAs(username, Role.COMMITTEE_MEMBER);
        UI.getCurrent().navigate(LiveSittingView.class, new RouteParameters("sittingId", String.valueOf(s.sittingId())));
    }

    @Test
    void opening_the_screen_marks_the_member_present_and_shows_the_quorum() {
        LiveSitting s = fixtures.convenedSitting(4, CastingVoteHolder.MAYOR_OF_COMMUNE);
        open(s, s.president());
        UnorderedList presence = _get(UnorderedList.class, spec -> spec.withId("presence-list"));
        assertThat(presence.getElement().getTextRecursively()).contains("connecté(e)");
        assertThat(_get(Span.class, spec -> spec.withId("sitting-quorum")).getText()).startsWith("Quorum non atteint");
        assertThat(_find(Button.class, spec -> spec.withId("start-sitting"))).hasSize(1);
    }

    @Test
    void a_voter_votes_from_the_screen_and_then_sees_their_ballot() {
        LiveSitting s = fixtures.convenedSitting(4, CastingVoteHolder.MAYOR_OF_COMMUNE);
        VoteRound round = minutesFixtures.openVote(s);
        open(s, s.mayor());
        _click(_get(Button.class, spec -> spec.withId("ballot-for")));
        assertThat(_get(Span.class, spec -> spec.withId("my-ballot")).getText()).isEqualTo("Votre vote : Pour");
        assertThat(_find(Button.class, spec -> spec.withId("ballot-against"))).isEmpty();
        assertThat(round.isOpen()).isTrue();
    }

    @Test
    void a_member_of_another_committee_is_sent_back_to_the_sittings_list() {
        LiveSitting s = fixtures.convenedSitting(4, CastingVoteHolder.MAYOR_OF_COMMUNE);
        LiveSitting other = fixtures.convenedSitting(4, CastingVoteHolder.MAYOR_OF_COMMUNE);
        open(s, other.president());
        assertThat(_find(LiveSittingView.class)).isEmpty();
        assertThat(_find(SittingsView.class)).hasSize(1);
    }

    @Test
    void another_members_ballot_changes_the_count_in_place_is_announced_and_leaves_the_message_being_typed() {
        LiveSitting s = fixtures.convenedSitting(4, CastingVoteHolder.MAYOR_OF_COMMUNE);
        VoteRound round = minutesFixtures.openVote(s);
        open(s, s.mayor());
        Paragraph progress = _get(Paragraph.class, spec -> spec.withId("vote-progress"));
        Div announcer = _get(Div.class, spec -> spec.withId("live-announcer"));
        TextField message = _get(TextField.class, spec -> spec.withId("message-input"));
        _setValue(message, "Je demande la parole");
        assertThat(announcer.getElement().getAttribute("aria-live")).isEqualTo("polite");

        TestUsers.actAs(s.president(), Role.COMMITTEE_MEMBER);
        voting.castBallot(round.getId(), BallotChoice.FOR);
        awaitUi(() -> progress.getText().startsWith("1 vote(s)"));

        assertThat(progress.getText()).startsWith("1 vote(s)");
        assertThat(_get(Paragraph.class, spec -> spec.withId("vote-progress")))
                .as("the same component, updated in place").isSameAs(progress);
        assertThat(_get(Div.class, spec -> spec.withId("live-announcer"))).isSameAs(announcer);
        assertThat(announcer.getText()).contains("1 vote(s) sur");
        assertThat(_get(UnorderedList.class, spec -> spec.withId("voted-list")).getElement().getTextRecursively())
                .isNotBlank();
        assertThat(message.getValue()).as("the text being typed").isEqualTo("Je demande la parole");

        TestUsers.actAs(s.president(), Role.COMMITTEE_MEMBER);
        for (String voter : s.voters().subList(1, s.voters().size())) {
            TestUsers.actAs(voter, Role.COMMITTEE_MEMBER);
            if (!voter.equals(s.mayor())) {
                voting.castBallot(round.getId(), BallotChoice.FOR);
            }
        }
        TestUsers.actAs(s.president(), Role.COMMITTEE_MEMBER);
        voting.closeVote(round.getId());
        awaitUi(() -> announcer.getText().contains("adoptée"));
        assertThat(announcer.getText()).contains("Vote n° 1 : proposition adoptée").contains("Pour : 6");
    }
}
