package fr.caleol.committee.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.RouteParameters;
import fr.caleol.committee.domain.CastingVoteHolder;
import fr.caleol.committee.domain.SittingMode;
import fr.caleol.committee.service.LiveDiscussion;
import fr.caleol.committee.service.LiveLead;
import fr.caleol.committee.service.LivePresence;
import fr.caleol.committee.service.LiveStates;
import fr.caleol.committee.service.LiveVoting;
import fr.caleol.committee.service.SittingService;
import fr.caleol.security.domain.Role;
import fr.caleol.support.CommitteeFixtures;
import fr.caleol.support.CommitteeFixtures.LiveSitting;
import fr.caleol.support.KaribuTest;
import fr.caleol.support.MinutesFixtures;
import fr.caleol.support.TestUsers;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The secretary's screens for a sitting held in a room: the live record of the room, and the sent-back items. */
class InPersonSittingViewIT extends KaribuTest {

    @Autowired CommitteeFixtures fixtures;
    @Autowired SittingService sittings;
    @Autowired LiveDiscussion discussion;
    @Autowired LivePresence presence;
    @Autowired LiveLead lead;
    @Autowired LiveVoting voting;
    @Autowired LiveStates states;

    private long participant(LiveSitting s, String username) {
        return states.open(s.sittingId(), null).state().seatOf(username).orElseThrow().seatId();
    }

    private static List<Button> visible(String className) {
        return _find(Button.class, spec -> spec.withClasses(className)).stream().filter(Component::isVisible)
                .filter(b -> b.getParent().map(Component::isVisible).orElse(true)).toList();
    }

    @Test
    void the_secretary_records_arrivals_in_the_room_and_leads_an_in_person_sitting() {
        LiveSitting s = fixtures.convenedSitting(2, CastingVoteHolder.MAYOR_OF_COMMUNE, SittingMode.IN_PERSON,
                LocalTime.of(14, 0));
        openAs(s.secretary(), Role.SECRETARY);
        UI.getCurrent().navigate(LiveSittingView.class, new RouteParameters("sittingId", String.valueOf(s.sittingId())));

        assertThat(_get(Div.class, spec -> spec.withId("room-panel")).isVisible()).isTrue();
        assertThat(visible("room-arrive")).as("one arrival button per member, the secretary excepted")
                .hasSize(s.voters().size());
        for (int i = 0; i < 3; i++) {
            _click(visible("room-arrive").getFirst());
        }
        assertThat(visible("room-depart")).hasSize(3);
        UnorderedList presence = _get(UnorderedList.class, spec -> spec.withId("presence-list"));
        assertThat(presence.getElement().getTextRecursively()).contains("en salle");
        assertThat(_get(Span.class, spec -> spec.withId("sitting-quorum")).getText()).startsWith("Quorum atteint");

        _click(_get(Button.class, spec -> spec.withId("start-sitting")));
        assertThat(_get(Span.class, spec -> spec.withId("sitting-state")).getText()).contains("En cours");
        assertThat(_find(Button.class, spec -> spec.withId("open-vote"))).as("the secretary proposes the vote")
                .hasSize(1);

        assertThat(visible("room-recuse")).as("a recusal is recorded for a member in the room").hasSize(3);
        _click(visible("room-recuse").getFirst());
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));
        assertThat(visible("room-recuse")).hasSize(2);
        assertThat(_get(UnorderedList.class, spec -> spec.withId("room-list")).getElement().getTextRecursively())
                .contains("déporté(e)");
    }

    @Test
    void a_member_of_an_in_person_sitting_sees_the_vote_without_ballot_buttons_nor_the_room_to_record() {
        LiveSitting s = fixtures.convenedSitting(2, CastingVoteHolder.MAYOR_OF_COMMUNE, SittingMode.IN_PERSON,
                LocalTime.of(14, 0));
        TestUsers.actAs(s.secretary(), Role.SECRETARY);
        s.voters().forEach(voter -> presence.arrive(s.sittingId(), participant(s, voter)));
        lead.start(s.sittingId());
        voting.openVote(s.itemId(), MinutesFixtures.ranked(s.applicationIds()));
        TestUsers.anonymous();

        openAs(s.president(), Role.COMMITTEE_MEMBER);
        UI.getCurrent().navigate(LiveSittingView.class, new RouteParameters("sittingId", String.valueOf(s.sittingId())));
        assertThat(_find(Div.class, spec -> spec.withId("room-panel"))).isEmpty();
        assertThat(_find(Div.class, spec -> spec.withId("vote-open"))).hasSize(1);
        assertThat(_find(Button.class, spec -> spec.withId("ballot-for"))).as("the secretary records the ballots")
                .isEmpty();
        assertThat(_find(Button.class, spec -> spec.withId("close-vote")))
                .as("the president does not lead an in-person sitting from a screen").isEmpty();
    }

    @Test
    void the_agenda_of_an_in_person_sitting_in_preparation_takes_up_the_items_sent_back() {
        LiveSitting s = fixtures.convenedSitting(4, CastingVoteHolder.MAYOR_OF_COMMUNE);
        TestUsers.actAs(s.mayor(), Role.COMMITTEE_MEMBER);
        discussion.sendBackToPhysicalSitting(s.itemId(), "Débat en salle demandé");
        TestUsers.actAs("admin", Role.ADMIN);
        long inPerson = sittings.create(s.committeeId(), LocalDate.now(fr.caleol.base.domain.LandlordTime.ZONE)
                .plusDays(14), LocalTime.of(14, 0), SittingMode.IN_PERSON).getId();
        TestUsers.anonymous();

        openAs(s.secretary(), Role.SECRETARY);
        UI.getCurrent().navigate(SittingAgendaView.class, new RouteParameters("sittingId", String.valueOf(inPerson)));
        Section sentBack = _get(Section.class, spec -> spec.withId("agenda-sent-back"));
        assertThat(sentBack.getElement().getTextRecursively()).contains("Débat en salle demandé");
        _click(_get(Button.class, spec -> spec.withId("agenda-take-up-" + s.itemId())));

        assertThat(_find(Section.class, spec -> spec.withId("agenda-sent-back"))).as("taken up: no longer waiting")
                .isEmpty();
        assertThat(sittings.agenda(inPerson)).singleElement()
                .satisfies(entry -> assertThat(entry.candidates()).hasSize(3));
    }
}
