package fr.caleol.committee.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import fr.caleol.committee.domain.SittingState;
import fr.caleol.committee.service.LiveLead;
import fr.caleol.committee.service.LiveState;
import fr.caleol.committee.service.ViewerState;
import java.util.HashMap;
import java.util.Map;
import java.util.function.LongConsumer;

/**
 * The agenda: one line per item, built once, whose state badge and "current" mark change in place; the member opens
 * any item, the president brings everyone to one.
 */
final class LiveAgendaPanel extends Div {

    private final UnorderedList list = new UnorderedList();
    private final Map<Long, Line> lines = new HashMap<>();
    private final long sittingId;
    private final LiveLead lead;
    private final LiveDialogs.Runner runner;
    private final LongConsumer onOpen;

    LiveAgendaPanel(long sittingId, LiveLead lead, LiveDialogs.Runner runner, LongConsumer onOpen) {
        this.sittingId = sittingId;
        this.lead = lead;
        this.runner = runner;
        this.onOpen = onOpen;
        addClassName("caleol-live-agenda");
        list.setId("agenda");
        list.getElement().setAttribute("aria-label", getTranslation("live.agenda"));
        add(new H3(getTranslation("live.agenda")), list);
    }

    void show(ViewerState view) {
        boolean lead = view.iLead() && view.sitting().state() == SittingState.IN_PROGRESS;
        for (LiveState.Item item : view.agenda()) {
            Line line = lines.computeIfAbsent(item.id(), id -> {
                Line created = new Line(item);
                list.add(created);
                return created;
            });
            boolean current = Long.valueOf(item.id()).equals(view.sitting().currentItemId());
            line.show(item, current, lead && !current);
        }
    }

    private final class Line extends ListItem {
        private final Span state = LiveDialogs.badge("", "pending");
        private final Button bring;

        Line(LiveState.Item item) {
            LiveState.Dwelling d = item.dwelling();
            Button open = new Button(item.position() + ". " + d.reference() + " · " + d.communeName());
            open.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            open.addClickListener(click -> onOpen.accept(item.id()));
            bring = new Button(VaadinIcon.ARROW_CIRCLE_RIGHT.create(),
                    click -> runner.run(() -> lead.moveTo(sittingId, item.id())));
            bring.setAriaLabel(getTranslation("live.moveTo") + " " + item.position());
            bring.setTooltipText(getTranslation("live.moveTo"));
            bring.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
            getElement().setAttribute("data-item", String.valueOf(item.id()));
            add(open, state, bring);
        }

        void show(LiveState.Item item, boolean current, boolean mayBring) {
            LiveDialogs.badge(state, getTranslation("committee.itemState." + item.state().name()),
                    item.state().name().toLowerCase());
            InPlace.className(this, "caleol-current", current);
            InPlace.attribute(this, "aria-current", current ? "step" : null);
            InPlace.visible(bring, mayBring);
        }
    }
}
