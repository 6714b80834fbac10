package fr.caleol.base.events;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import java.util.function.Consumer;

/**
 * Binds event subscriptions to a component's life: subscribed while attached, unsubscribed when detached, and the
 * handler always runs inside {@code ui.access(...)} so that changes are pushed to the browser.
 */
public final class UiEvents {

    private UiEvents() {}

    public static <T> void subscribe(Component component, EventBus bus, Class<T> type, Consumer<? super T> handler) {
        component.addAttachListener(attach -> {
            UI ui = attach.getUI();
            EventBus.Registration registration = bus.subscribe(type, event -> {
                if (ui.isAttached() && !ui.isClosing()) {
                    ui.access(() -> handler.accept(event));
                }
            });
            component.addDetachListener(detach -> {
                registration.close();
                detach.unregisterListener();
            });
        });
    }
}
