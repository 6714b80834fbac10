package fr.caleol.committee.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import fr.caleol.committee.domain.Electorate;
import fr.caleol.committee.service.LiveState.Participant;
import fr.caleol.committee.service.ViewerState;
import java.util.HashMap;
import java.util.Map;

/** Who is convened, who is connected and each one's part in the vote on the item viewed: one line per seat. */
final class LivePresencePanel extends Div {

    private final UnorderedList list = new UnorderedList();
    private final Map<Long, Line> lines = new HashMap<>();

    LivePresencePanel() {
        list.setId("presence-list");
        list.getElement().setAttribute("aria-label", getTranslation("live.presence"));
        add(new H3(getTranslation("live.presence")), list);
    }

    void show(ViewerState view) {
        Electorate electorate = view.item() == null ? null : view.item().item().electorate();
        for (Participant p : view.participants()) {
            Line line = lines.computeIfAbsent(p.seatId(), id -> {
                Line created = new Line(p);
                list.add(created);
                return created;
            });
            line.show(p, electorate == null ? null : electorate.roleOf(p.seatId()));
        }
    }

    private final class Line extends ListItem {
        private final Span dot = new Span();
        private final Span text = new Span();

        Line(Participant p) {
            dot.getElement().setAttribute("aria-hidden", "true");
            getElement().setAttribute("data-username", p.username());
            add(dot, text);
        }

        void show(Participant p, Electorate.Role part) {
            InPlace.text(dot, p.present() ? "●" : "○");
            InPlace.className(dot, "caleol-present", p.present());
            InPlace.className(dot, "caleol-absent", !p.present());
            String role = getTranslation("committee.seatKind." + p.kind().name())
                    + (p.communeName() == null ? "" : " (" + p.communeName() + ")");
            InPlace.text(text, " " + p.displayName() + " — " + role
                    + (part == null ? "" : " · " + getTranslation("live.part." + part.name())) + " — "
                    + getTranslation(p.inRoom() ? "live.room.in" : p.present() ? "live.present" : "live.absent"));
            InPlace.attribute(this, "data-present", String.valueOf(p.present()));
            InPlace.attribute(this, "data-in-room", String.valueOf(p.inRoom()));
        }
    }
}
