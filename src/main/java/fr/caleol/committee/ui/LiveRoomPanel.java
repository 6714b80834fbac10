package fr.caleol.committee.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import fr.caleol.committee.domain.BallotChoice;
import fr.caleol.committee.domain.Electorate;
import fr.caleol.committee.domain.SeatKind;
import fr.caleol.committee.service.LiveDiscussion;
import fr.caleol.committee.service.LivePresence;
import fr.caleol.committee.service.LiveState.Participant;
import fr.caleol.committee.service.LiveVoting;
import fr.caleol.committee.service.ViewerState;
import fr.caleol.committee.service.ViewerState.RoundView;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The secretary's record of the room in a hybrid or in-person sitting: each member's arrival and departure, the
 * conflicts of interest declared in the room on the item shown, and, while a vote is open on it, the named ballot of
 * each member in the room who may vote. Everything
 * recorded here reaches every screen as the members' own acts do.
 */
class LiveRoomPanel extends Div {

    private final long sittingId;
    private final LivePresence presence;
    private final LiveVoting voting;
    private final LiveDiscussion discussion;
    private final LiveDialogs.Runner runner;
    private final UnorderedList list = new UnorderedList();
    private final Paragraph hint = new Paragraph();
    private final Map<Long, Line> lines = new HashMap<>();

    LiveRoomPanel(long sittingId, LivePresence presence, LiveVoting voting, LiveDiscussion discussion,
            LiveDialogs.Runner runner) {
        this.sittingId = sittingId;
        this.discussion = discussion;
        this.presence = presence;
        this.voting = voting;
        this.runner = runner;
        setId("room-panel");
        addClassName("caleol-live-room");
        list.setId("room-list");
        list.getElement().setAttribute("aria-label", getTranslation("live.room"));
        hint.addClassName("caleol-hint");
        add(new H3(getTranslation("live.room")), hint, list);
        setVisible(false);
    }

    void show(ViewerState view) {
        InPlace.visible(this, view.iRecordTheRoom());
        if (!view.iRecordTheRoom()) {
            return;
        }
        RoundView round = view.item() == null ? null : view.item().openRound();
        InPlace.text(hint, getTranslation(round == null ? "live.room.hint" : "live.room.hintVote",
                round == null ? 0 : round.round().number()));
        for (Participant p : view.participants()) {
            if (p.kind() == SeatKind.SECRETARY) {
                continue;
            }
            Line line = lines.computeIfAbsent(p.seatId(), id -> {
                Line created = new Line(p);
                list.add(created);
                return created;
            });
            line.show(p, round, view.item());
        }
    }

    private final class Line extends ListItem {
        private final Span text = new Span();
        private final Button arrive;
        private final Button depart;
        private final HorizontalLayout ballots = new HorizontalLayout();
        private final Span voted = LiveDialogs.badge("", "ok");
        private final Span recusedBadge = LiveDialogs.badge("", "alert");
        private final Button recuse;
        private Long itemId;
        private Long roundId;

        Line(Participant p) {
            getElement().setAttribute("data-username", p.username());
            String key = String.valueOf(p.seatId());
            arrive = new Button(getTranslation("live.room.arrive"), click -> runner.run(
                    () -> presence.arrive(sittingId, p.seatId())));
            arrive.setId("room-arrive-" + key);
            arrive.addClassName("room-arrive");
            arrive.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_PRIMARY);
            arrive.getElement().setAttribute("aria-label", getTranslation("live.room.arriveFor", p.displayName()));
            depart = new Button(getTranslation("live.room.depart"), click -> runner.run(
                    () -> presence.depart(sittingId, p.seatId())));
            depart.setId("room-depart-" + key);
            depart.addClassName("room-depart");
            depart.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            depart.getElement().setAttribute("aria-label", getTranslation("live.room.departFor", p.displayName()));
            for (BallotChoice choice : BallotChoice.values()) {
                String label = getTranslation("committee.ballotChoice." + choice.name());
                Button b = new Button(label, click -> confirm(p, choice));
                b.setId("room-ballot-" + key + "-" + choice.name().toLowerCase(Locale.ROOT));
                b.addClassName("room-ballot-" + choice.name().toLowerCase(Locale.ROOT));
                b.addThemeVariants(ButtonVariant.LUMO_SMALL);
                b.getElement().setAttribute("aria-label", getTranslation("live.room.ballotFor", label,
                        p.displayName()));
                ballots.add(b);
            }
            ballots.setSpacing(false);
            ballots.addClassName("caleol-room-ballots");
            recuse = new Button(getTranslation("live.room.recuse"), click -> confirmRecusal(p));
            recuse.setId("room-recuse-" + key);
            recuse.addClassName("room-recuse");
            recuse.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            recuse.getElement().setAttribute("aria-label", getTranslation("live.room.recuseFor", p.displayName()));
            add(text, arrive, depart, voted, recusedBadge, ballots, recuse);
        }

        /** A named ballot cannot be taken back: the secretary confirms whose and which it is. */
        private void confirm(Participant p, BallotChoice choice) {
            Long round = roundId;
            if (round == null) {
                return;
            }
            String label = getTranslation("committee.ballotChoice." + choice.name());
            ConfirmDialog dialog = new ConfirmDialog(getTranslation("live.room.recordBallot"),
                    getTranslation("live.room.recordBallot.confirm", label, p.displayName()),
                    getTranslation("live.room.recordBallot"),
                    ok -> runner.run(() -> voting.recordInRoom(round, p.seatId(), choice)));
            dialog.setCancelable(true);
            dialog.setCancelText(getTranslation("action.cancel"));
            dialog.open();
        }

        /** A member in the room declares a conflict of interest on the item shown: the secretary records it. */
        private void confirmRecusal(Participant p) {
            Long item = itemId;
            if (item == null) {
                return;
            }
            TextArea reason = new TextArea(getTranslation("live.reason"));
            reason.setMaxLength(LiveDiscussion.REASON_MAX);
            reason.setWidthFull();
            ConfirmDialog dialog = new ConfirmDialog();
            dialog.setHeader(getTranslation("live.room.recuse"));
            dialog.add(new Paragraph(getTranslation("live.room.recuse.confirm", p.displayName())), reason);
            dialog.setConfirmText(getTranslation("live.room.recuse"));
            dialog.addConfirmListener(ok -> runner.run(
                    () -> discussion.recordConflictInRoom(item, p.seatId(), reason.getValue())));
            dialog.setCancelable(true);
            dialog.setCancelText(getTranslation("action.cancel"));
            dialog.open();
        }

        void show(Participant p, RoundView round, ViewerState.ItemView item) {
            itemId = item == null ? null : item.item().id();
            boolean recusedHere = item != null && item.item().recusedSeats().contains(p.seatId());
            InPlace.visible(recusedBadge, recusedHere);
            if (recusedHere) {
                InPlace.text(recusedBadge, getTranslation("live.room.recused"));
            }
            InPlace.visible(recuse, item != null && !item.item().closed() && p.inRoom() && !recusedHere
                    && (round == null || !round.votedSeatIds().contains(p.seatId())));
            InPlace.text(text, p.displayName() + " — " + getTranslation(p.inRoom() ? "live.room.in"
                    : p.present() ? "live.room.online" : "live.absent"));
            InPlace.attribute(this, "data-in-room", String.valueOf(p.inRoom()));
            InPlace.visible(arrive, !p.inRoom());
            InPlace.visible(depart, p.inRoom());
            roundId = round == null ? null : round.round().id();
            Electorate electorate = round == null ? null : round.round().electorate();
            boolean hasVoted = round != null && round.votedSeatIds().contains(p.seatId());
            InPlace.visible(voted, hasVoted);
            if (hasVoted) {
                InPlace.text(voted, getTranslation("live.room.voted"));
            }
            InPlace.visible(ballots, round != null && p.inRoom() && !hasVoted && electorate.mayVote(p.seatId()));
        }
    }
}
