package fr.caleol.base.events;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.server.Command;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;

/**
 * Binds event subscriptions to a component's life: subscribed while attached, unsubscribed when detached, and the
 * handler always runs inside {@code ui.access(...)} so that changes are pushed to the browser.
 *
 * <p>Each UI is updated on a virtual thread of its own: the thread that committed the change (a member's ballot,
 * say) does not wait while every other participant's screen re-reads the database and is pushed.
 */
public final class UiEvents {

    private static final ExecutorService UPDATES = Executors.newVirtualThreadPerTaskExecutor();

    private UiEvents() {}

    public static <T> void subscribe(Component component, EventBus bus, Class<T> type, Consumer<? super T> handler) {
        component.addAttachListener(attach -> {
            UI ui = attach.getUI();
            EventBus.Registration registration = bus.subscribe(type, event -> {
                if (!ui.isClosing()) {
                    long delivered = System.nanoTime();
                    UPDATES.execute(() -> push(ui, () -> {
                        handler.accept(event);
                        bus.recordPush(event, System.nanoTime() - delivered);
                    }));
                }
            });
            component.addDetachListener(detach -> {
                registration.close();
                detach.unregisterListener();
            });
        });
    }

    /**
     * Runs a change in the UI on a virtual thread of its own and pushes it: the caller (a thread that hands a new
     * state to hundreds of screens) does not wait for any of them.
     */
    public static void pushSoon(UI ui, Command command) {
        if (!ui.isClosing()) {
            UPDATES.execute(() -> push(ui, command));
        }
    }

    /**
     * Runs a change in the UI from another thread (a background job, an event) and pushes it; nothing to do when the
     * user has left the screen meanwhile.
     */
    public static void push(UI ui, Command command) {
        try {
            ui.access(command);
        } catch (UIDetachedException left) {
            // the screen went away: nothing to update
        }
    }
}
