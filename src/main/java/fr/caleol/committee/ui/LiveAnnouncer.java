package fr.caleol.committee.ui;

import com.vaadin.flow.component.html.Div;
import fr.caleol.committee.service.LiveState;
import fr.caleol.committee.service.ViewerState;
import fr.caleol.committee.service.ViewerState.RoundView;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The live sitting's announcements for screen readers (RGAA 4.1 criterion 7.5): one polite status region that
 * exists from the moment the screen opens and whose text changes with what happened: a vote opened, the count, the
 * outcome with its tally and the casting vote, the president bringing everyone to an item, a new message. It never
 * takes the focus.
 */
final class LiveAnnouncer extends Div {

    LiveAnnouncer() {
        setId("live-announcer");
        addClassName("caleol-visually-hidden");
        getElement().setAttribute("role", "status");
        getElement().setAttribute("aria-live", "polite");
        getElement().setAttribute("aria-atomic", "true");
        getElement().setAttribute("aria-label", getTranslation("live.announcements"));
    }

    /** Announces what changed from {@code before} to {@code after}, if anything worth saying. */
    void announce(ViewerState before, ViewerState after) {
        List<String> lines = between(before, after);
        if (!lines.isEmpty()) {
            InPlace.text(this, String.join(" ", lines));
        }
    }

    private List<String> between(ViewerState before, ViewerState after) {
        List<String> lines = new ArrayList<>();
        if (before.sitting().state() != after.sitting().state()) {
            lines.add(getTranslation("live.announce.state",
                    getTranslation("committee.sittingState." + after.sitting().state().name())));
        }
        Long current = after.sitting().currentItemId();
        if (current != null && !current.equals(before.sitting().currentItemId())) {
            after.state().item(current).ifPresent(item -> lines.add(getTranslation("live.announce.movedTo",
                    item.position(), item.dwelling().reference(), item.dwelling().communeName())));
        }
        if (before.item() == null || after.item() == null || before.item().item().id() != after.item().item().id()) {
            return lines;
        }
        LiveState.Item item = after.item().item();
        for (RoundView round : after.item().rounds()) {
            RoundView earlier = before.item().rounds().stream()
                    .filter(r -> r.round().id() == round.round().id()).findFirst().orElse(null);
            if (round.round().open() && earlier == null) {
                lines.add(getTranslation("live.announce.voteOpened", round.round().number(), item.position()));
            } else if (round.round().open() && earlier.votedSeatIds().size() != round.votedSeatIds().size()) {
                lines.add(getTranslation("live.announce.count", round.votedSeatIds().size(),
                        round.round().electorate().voterCount()));
            } else if (!round.round().open() && earlier != null && earlier.round().open()) {
                lines.add(getTranslation("live.announce.outcome", outcome(round.round()), tally(round.round())));
            }
        }
        List<Long> known = before.item().item().messages().stream().map(LiveState.Message::id).toList();
        item.messages().stream().filter(m -> !known.contains(m.id())).forEach(m -> lines.add(
                getTranslation("live.announce.message", m.authorName(), m.text())));
        return lines;
    }

    String outcome(LiveState.Round round) {
        return getTranslation(Objects.equals(round.adopted(), Boolean.TRUE) ? "live.outcome.adopted"
                : "live.outcome.rejected", round.number());
    }

    String tally(LiveState.Round round) {
        return getTranslation("live.tally", round.votesFor(), round.votesAgainst(), round.abstentions())
                + (round.castingVoteUsed() ? " " + getTranslation("live.castingVote") : "");
    }
}
