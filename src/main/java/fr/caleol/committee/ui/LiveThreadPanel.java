package fr.caleol.committee.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import fr.caleol.base.ui.components.Formats;
import fr.caleol.committee.domain.ItemMessage;
import fr.caleol.committee.service.LiveDiscussion;
import fr.caleol.committee.service.LiveState;
import fr.caleol.committee.service.ViewerState;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.Set;

/**
 * The discussion of the item viewed: new messages are appended, the message being typed is never touched by a push.
 */
final class LiveThreadPanel extends Section {

    private final UnorderedList messages = new UnorderedList();
    private final Set<Long> shown = new HashSet<>();
    private final HorizontalLayout compose;
    private final TextField message = new TextField();
    private Long itemId;

    LiveThreadPanel(LiveDiscussion discussion, LiveDialogs.Runner runner) {
        setId("thread");
        messages.getElement().setAttribute("aria-label", getTranslation("live.thread"));
        message.setId("message-input");
        message.setAriaLabel(getTranslation("live.message"));
        message.setPlaceholder(getTranslation("live.message"));
        message.setMaxLength(ItemMessage.TEXT_MAX);
        Button send = new Button(getTranslation("live.send"), click -> {
            String text = message.getValue();
            Long on = itemId;
            runner.run(() -> {
                discussion.postMessage(on, text);
                message.clear();
            });
        });
        send.setId("message-send");
        send.addClickShortcut(Key.ENTER).listenOn(message);
        compose = new HorizontalLayout(message, send);
        add(new H3(getTranslation("live.thread")), messages, compose);
    }

    void show(ViewerState view) {
        InPlace.visible(this, view.item() != null);
        if (view.item() == null) {
            return;
        }
        LiveState.Item item = view.item().item();
        if (!Long.valueOf(item.id()).equals(itemId)) {
            itemId = item.id();
            messages.removeAll();
            shown.clear();
        }
        for (LiveState.Message m : item.messages()) {
            if (shown.add(m.id())) {
                messages.add(new ListItem(new Span(Formats.utcDateTime(LocalDateTime.ofInstant(m.postedAt(),
                        ZoneOffset.UTC), getLocale()).substring(11, 16) + " " + m.authorName() + " : "),
                        new Span(m.text())));
            }
        }
        InPlace.visible(compose, view.me() != null);
    }
}
