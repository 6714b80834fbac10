package fr.caleol.committee.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import fr.caleol.base.ui.components.Formats;
import fr.caleol.committee.domain.BallotChoice;
import fr.caleol.committee.domain.Electorate;
import fr.caleol.committee.service.LiveState;
import fr.caleol.committee.service.LiveVoting;
import fr.caleol.committee.service.ViewerState;
import fr.caleol.committee.service.ViewerState.RoundView;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * The vote on the item viewed: the closed rounds with their outcome and named ballots, the open round with its
 * count, who voted and the viewer's ballot buttons, and the president's proposal and closing. Each round is built
 * once; a ballot changes the count and the voted list only.
 */
final class LiveVotePanel extends Section {

    private final LiveVoting voting;
    private final LiveDialogs.Runner runner;
    private final Consumer<ViewerState.ItemView> propose;
    private final Div closedRounds = new Div();
    private final Map<Long, Div> closed = new HashMap<>();
    private OpenRound open;
    private final Button proposeButton;
    private final Paragraph noQuorum = new Paragraph();
    private final Paragraph none = new Paragraph();
    private ViewerState.ItemView shown;

    /** @param propose opens the president's proposal for the item */
    LiveVotePanel(LiveVoting voting, LiveDialogs.Runner runner, Consumer<ViewerState.ItemView> propose) {
        this.voting = voting;
        this.runner = runner;
        this.propose = propose;
        setId("vote-panel");
        addClassName("caleol-vote");
        proposeButton = new Button(getTranslation("live.openVote"), VaadinIcon.GAVEL.create(),
                click -> this.propose.accept(shown));
        proposeButton.setId("open-vote");
        proposeButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        noQuorum.setText(getTranslation("live.openVote.noQuorum"));
        none.setText(getTranslation("live.vote.none"));
        add(new H3(getTranslation("live.vote")), closedRounds, proposeButton, noQuorum, none);
    }

    void show(ViewerState view) {
        ViewerState.ItemView item = view.item();
        shown = item;
        Map<Long, String> names = view.participants().stream()
                .collect(Collectors.toMap(LiveState.Participant::seatId, LiveState.Participant::displayName));
        Map<Long, String> candidateNames = item.candidates().stream()
                .collect(Collectors.toMap(LiveState.Candidate::applicationId, LiveState.Candidate::applicantName,
                        (a, b) -> a));
        RoundView openRound = item.openRound();
        for (RoundView round : item.rounds()) {
            if (!round.round().open() && !closed.containsKey(round.round().id())) {
                Div box = closedRound(round, names, candidateNames);
                closed.put(round.round().id(), box);
                closedRounds.add(box);
            }
        }
        if (open != null && (openRound == null || open.roundId != openRound.round().id())) {
            remove(open);
            open = null;
        }
        if (openRound != null) {
            if (open == null) {
                open = new OpenRound(openRound, candidateNames, view.iLead());
                addComponentAtIndex(indexOf(closedRounds) + 1, open);
            }
            open.show(openRound, view, names);
        }
        boolean mayPropose = openRound == null && view.iLead() && !item.item().closed();
        InPlace.visible(proposeButton, mayPropose);
        InPlace.enabled(proposeButton, item.item().quorum() && !item.candidates().isEmpty());
        InPlace.visible(noQuorum, mayPropose && !item.item().quorum());
        InPlace.visible(none, openRound == null && !mayPropose && item.rounds().isEmpty());
    }

    private final class OpenRound extends Div {
        final long roundId;
        private final Paragraph progress = new Paragraph();
        private final UnorderedList voted = new UnorderedList();
        private final Set<Long> votedShown = new HashSet<>();
        private final Span mine = LiveDialogs.badge("", "ok");
        private final HorizontalLayout ballotButtons = new HorizontalLayout();
        private final Paragraph role = new Paragraph();

        OpenRound(RoundView round, Map<Long, String> candidateNames, boolean president) {
            this.roundId = round.round().id();
            setId("vote-open");
            addClassName("caleol-round-open");
            add(new Paragraph(getTranslation("live.round.open", round.round().number())),
                    decisions(round.round(), candidateNames));
            Paragraph frozen = new Paragraph(getTranslation("live.round.frozen", round.round().electorate().voterCount()));
            frozen.setId("vote-electorate");
            progress.setId("vote-progress");
            voted.setId("voted-list");
            mine.setId("my-ballot");
            for (BallotChoice choice : BallotChoice.values()) {
                Button b = new Button(getTranslation("committee.ballotChoice." + choice.name()), click -> {
                    ballotButtons.getChildren().forEach(c -> ((Button) c).setEnabled(false));
                    runner.run(() -> voting.castBallot(roundId, choice));
                    ballotButtons.getChildren().forEach(c -> ((Button) c).setEnabled(true));
                });
                b.setId("ballot-" + choice.name().toLowerCase());
                b.addThemeVariants(choice == BallotChoice.FOR ? ButtonVariant.LUMO_SUCCESS
                        : choice == BallotChoice.AGAINST ? ButtonVariant.LUMO_ERROR : ButtonVariant.LUMO_CONTRAST);
                ballotButtons.add(b);
            }
            // The ballot buttons come before the list of who voted, which grows while the round is open: a name
            // added must not move the buttons under a member's pointer (a click landing beside them).
            add(frozen, progress, mine, ballotButtons, role, voted);
            if (president) {
                add(LiveDialogs.confirmed(this, "close-vote", "live.closeVote", "live.closeVote.confirm", runner,
                        () -> voting.closeVote(roundId)));
            }
        }

        void show(RoundView round, ViewerState view, Map<Long, String> names) {
            Electorate electorate = round.round().electorate();
            InPlace.text(progress, getTranslation("live.round.progress", round.votedSeatIds().size(),
                    electorate.voterCount()));
            round.votedSeatIds().stream().sorted().filter(votedShown::add).forEach(seatId -> voted.add(
                    new ListItem(VaadinIcon.CHECK.create(), new Span(names.getOrDefault(seatId, "?")))));
            LiveState.Participant me = view.me();
            boolean hasVoted = me != null && round.myBallot() != null;
            boolean mayVote = view.iVoteOnline() && !hasVoted && electorate.mayVote(me.seatId());
            InPlace.visible(mine, hasVoted);
            if (hasVoted) {
                InPlace.text(mine, getTranslation("live.ballot.mine",
                        getTranslation("committee.ballotChoice." + round.myBallot().name())));
            }
            InPlace.visible(ballotButtons, mayVote);
            InPlace.visible(role, me != null && !hasVoted && !mayVote);
            if (me != null && !hasVoted && !mayVote) {
                InPlace.text(role, getTranslation("live.ballot.role." + electorate.roleOf(me.seatId()).name()));
            }
        }
    }

    private Div closedRound(RoundView round, Map<Long, String> names, Map<Long, String> candidateNames) {
        LiveState.Round r = round.round();
        Div box = new Div();
        box.addClassName("caleol-round-closed");
        box.getElement().setAttribute("data-round", String.valueOf(r.number()));
        boolean adopted = Boolean.TRUE.equals(r.adopted());
        Span outcome = LiveDialogs.badge(getTranslation(adopted ? "live.outcome.adopted" : "live.outcome.rejected",
                r.number()), adopted ? "ok" : "alert");
        outcome.setId("outcome-" + r.number());
        Paragraph tally = new Paragraph(getTranslation("live.tally", r.votesFor(), r.votesAgainst(), r.abstentions())
                + (r.castingVoteUsed() ? " " + getTranslation("live.castingVote") : ""));
        tally.setId("tally-" + r.number());
        box.add(outcome, tally, decisions(r, candidateNames));
        UnorderedList named = new UnorderedList();
        round.ballots().entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> named.add(new ListItem(
                names.getOrDefault(e.getKey(), "?") + " : "
                        + getTranslation("committee.ballotChoice." + e.getValue().name()))));
        box.add(named);
        return box;
    }

    private UnorderedList decisions(LiveState.Round round, Map<Long, String> candidateNames) {
        UnorderedList list = new UnorderedList();
        for (LiveState.Decision d : round.decisions()) {
            StringBuilder text = new StringBuilder(candidateNames.getOrDefault(d.applicationId(),
                    getTranslation("live.candidateHidden"))).append(" : ")
                    .append(getTranslation("committee.decisionType." + d.type().name()));
            if (d.rank() != null) {
                text.append(" ").append(getTranslation("live.rank", d.rank()));
            }
            if (d.missingDocument() != null) {
                text.append(" — ").append(getTranslation("live.condition", d.missingDocument(),
                        Formats.date(d.conditionDeadline(), getLocale())));
            }
            if (d.ground() != null) {
                text.append(" — ").append(getTranslation("committee.refusalGround." + d.ground().name()));
                if (d.groundsText() != null) {
                    text.append(" (").append(d.groundsText()).append(")");
                }
            }
            list.add(new ListItem(text.toString()));
        }
        return list;
    }
}
