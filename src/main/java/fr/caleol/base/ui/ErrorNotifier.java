package fr.caleol.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ErrorHandler;
import fr.caleol.base.errors.BusinessException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Turns any error that reaches the UI into a clear message in the user's language; the log gets the details. A
 * view can also call {@link #show(Throwable)} for errors it catches itself.
 */
@Component
public class ErrorNotifier implements ErrorHandler {

    private static final Logger log = LoggerFactory.getLogger(ErrorNotifier.class);

    @Override
    public void error(ErrorEvent event) {
        show(event.getThrowable());
    }

    /**
     * Runs what the user asked for; if it is refused (a business rule, access, a concurrent change) or fails, tells
     * them why; then refreshes the screen either way, so that it shows what is now true. The one way a view runs an
     * action.
     *
     * @return whether the action succeeded
     */
    public static boolean attempt(Runnable action, Runnable refresh) {
        boolean done;
        try {
            action.run();
            done = true;
        } catch (RuntimeException e) {
            show(e);
            done = false;
        }
        refresh.run();
        return done;
    }

    /** Shows the error to the current user; returns the message shown. */
    public static String show(Throwable error) {
        UI ui = UI.getCurrent();
        String message = messageFor(ui, error);
        if (ui != null) {
            Notification notification = Notification.show(message, 8000, Notification.Position.MIDDLE);
            notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
        return message;
    }

    static String messageFor(UI ui, Throwable error) {
        Throwable cause = rootBusinessCause(error);
        String key;
        Object[] args = {};
        if (cause instanceof BusinessException business) {
            key = business.messageKey();
            args = business.arguments();
            log.info("Refused: {}", key);
        } else if (cause instanceof OptimisticLockingFailureException) {
            key = "error.staleData";
            log.info("Concurrent modification", error);
        } else if (cause instanceof AccessDeniedException) {
            key = "error.accessDenied";
            log.warn("Access denied", error);
        } else {
            key = "error.unexpected";
            log.error("Unexpected error", error);
        }
        return ui == null ? key : ui.getTranslation(key, args);
    }

    private static Throwable rootBusinessCause(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof BusinessException || t instanceof OptimisticLockingFailureException
                    || t instanceof AccessDeniedException) {
                return t;
            }
        }
        return error;
    }
}
