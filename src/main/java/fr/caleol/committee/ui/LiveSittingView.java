package fr.caleol.committee.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import fr.caleol.base.errors.BusinessException;
import fr.caleol.base.events.EventBus;
import fr.caleol.base.events.UiEvents;
import fr.caleol.base.ui.ErrorNotifier;
import fr.caleol.base.ui.HasTitleKey;
import fr.caleol.base.ui.MainLayout;
import fr.caleol.committee.domain.SittingState;
import fr.caleol.committee.service.LiveDiscussion;
import fr.caleol.committee.service.LiveLead;
import fr.caleol.committee.service.LivePresence;
import fr.caleol.committee.service.LiveState;
import fr.caleol.committee.service.LiveStates;
import fr.caleol.committee.service.LiveVoting;
import fr.caleol.committee.service.SittingChangedEvent;
import fr.caleol.committee.service.ViewerState;
import fr.caleol.security.domain.Role;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The live sitting: agenda, the item under review with its candidates, presence, quorum, discussion and the vote.
 * The screen shows the sitting's shared {@link LiveState}: it reads it afresh when it opens (so a member who
 * reconnects sees exactly where the sitting stands), then receives each newer state by server push and updates its
 * panels in place, so that only what changed travels to the browser and the focus and the text being typed stay.
 * What changed is also said in a polite live region ({@link LiveAnnouncer}).
 */
@Route(value = "seances/:sittingId/direct", layout = MainLayout.class)
@RolesAllowed({Role.Names.COMMITTEE_MEMBER, Role.Names.SECRETARY, Role.Names.ADMIN})
public class LiveSittingView extends VerticalLayout implements BeforeEnterObserver, HasTitleKey {

    private final LiveStates states;
    private final LiveLead lead;
    private final LiveVoting voting;
    private final LiveDiscussion discussion;
    private final LivePresence room;
    private final PresenceTracker presence;
    private final CandidatesPanelFactory candidatesPanels;
    private final EventBus eventBus;
    private final Checkbox follow = new Checkbox();
    private final LiveAnnouncer announcer = new LiveAnnouncer();
    private long sittingId;
    private Long viewedItemId;
    private Authentication identity;
    private String username;
    private boolean staff;
    private ViewerState shown;
    private LiveHeader header;
    private LiveAgendaPanel agenda;
    private LiveItemPanel item;
    private LivePresencePanel people;
    private LiveRoomPanel roomPanel;
    private LiveThreadPanel thread;
    private LiveStates.Watch watching;

    public LiveSittingView(LiveStates states, LiveLead lead, LiveVoting voting, LiveDiscussion discussion,
            LivePresence room, PresenceTracker presence, CandidatesPanelFactory candidatesPanels, EventBus eventBus) {
        this.room = room;
        this.states = states;
        this.lead = lead;
        this.voting = voting;
        this.discussion = discussion;
        this.presence = presence;
        this.candidatesPanels = candidatesPanels;
        this.eventBus = eventBus;
        addClassName("caleol-live");
        setSizeFull();
        follow.setLabel(getTranslation("live.follow"));
        follow.setValue(true);
        follow.setId("follow-president");
        follow.addValueChangeListener(change -> {
            if (change.isFromClient() && change.getValue()) {
                viewedItemId = null;
                show(shown.state());
            }
        });
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        sittingId = event.getRouteParameters().getLong("sittingId").orElse(-1L);
        try {
            shown = states.open(sittingId, null);
        } catch (AccessDeniedException | BusinessException refused) {
            ErrorNotifier.show(refused);
            event.forwardTo(SittingsView.class);
        }
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        identity = SecurityContextHolder.getContext().getAuthentication();
        username = identity == null ? null : identity.getName();
        staff = identity != null && identity.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .anyMatch(a -> a.equals(Role.SECRETARY.authority()) || a.equals(Role.ADMIN.authority()));
        if (header == null) {
            build();
        }
        if (shown.me() != null && (shown.sitting().state() == SittingState.CONVENED
                || shown.sitting().state() == SittingState.IN_PROGRESS)) {
            presence.opened(sittingId, identity);
        }
        UI ui = attachEvent.getUI();
        watching = states.watch(sittingId, state -> UiEvents.pushSoon(ui, () -> {
            LiveState newest = states.latest(sittingId);
            LiveState apply = newest != null && newest.version() > state.version() ? newest : state;
            if (apply.version() > shown.state().version()) {
                showAndAnnounce(apply);
                eventBus.recordPush(SittingChangedEvent.class, System.nanoTime() - apply.changedAt());
            }
        }));
        show(watching.opened().state());
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        if (watching != null) {
            watching.close();
        }
        if (shown != null && shown.me() != null && identity != null) {
            presence.closed(sittingId, identity);
        }
    }

    private void build() {
        LiveDialogs.Runner runner = this::run;
        header = new LiveHeader(sittingId, lead, runner, follow);
        agenda = new LiveAgendaPanel(sittingId, lead, runner, itemId -> {
            follow.setValue(false);
            viewedItemId = itemId;
            show(shown.state());
        });
        item = new LiveItemPanel(discussion, runner,
                (ids, dwelling, date) -> candidatesPanels.create(sittingId, ids, dwelling, date),
                () -> new LiveVotePanel(voting, runner,
                        view -> new ProposalDialog(voting, view, this::refresh).open()));
        people = new LivePresencePanel();
        roomPanel = new LiveRoomPanel(sittingId, room, voting, discussion, runner);
        thread = new LiveThreadPanel(discussion, runner);
        Div side = new Div(roomPanel, people, thread);
        side.addClassName("caleol-live-side");
        HorizontalLayout body = new HorizontalLayout(agenda, item, side);
        body.setWidthFull();
        body.setFlexGrow(1, item);
        add(announcer, header, body);
    }

    /** Shows a state of the sitting, on the item viewed (the current one while following the president). */
    private void show(LiveState state) {
        shown = ViewerState.of(state, username, follow.getValue() ? null : viewedItemId, staff);
        if (follow.getValue() || viewedItemId == null) {
            viewedItemId = shown.item() == null ? null : shown.item().item().id();
        }
        header.show(shown);
        agenda.show(shown);
        item.show(shown);
        people.show(shown);
        roomPanel.show(shown);
        thread.show(shown);
    }

    private void showAndAnnounce(LiveState state) {
        ViewerState before = shown;
        show(state);
        announcer.announce(before, shown);
    }

    /** Reads the sitting afresh: after the viewer's own action, their screen shows its result at once. */
    private void refresh() {
        showAndAnnounce(states.open(sittingId, viewedItemId).state());
    }

    private void run(Runnable action) {
        ErrorNotifier.attempt(action, this::refresh);
    }

    @Override
    public String titleKey() {
        return "live.pageTitle";
    }
}
