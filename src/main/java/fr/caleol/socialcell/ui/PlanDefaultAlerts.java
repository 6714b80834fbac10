package fr.caleol.socialcell.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import fr.caleol.base.events.EventBus;
import fr.caleol.base.events.UiEvents;
import fr.caleol.security.domain.Role;
import fr.caleol.security.service.CurrentUser;
import fr.caleol.socialcell.service.PlanDefaultEvent;

/**
 * The live alert of a repayment plan going into default: while the view is attached, a notification tells the
 * plan's adviser (and the team lead, who follows every case) that the default notice is to be sent. The database
 * stays the truth: the to-do list shows the same item after a reload.
 */
public final class PlanDefaultAlerts {

    static final String NOTIFICATION_CLASS = "caleol-plan-default";

    private PlanDefaultAlerts() {}

    /**
     * Call from the view's constructor (the user is read there, not on the event's thread). Several defaults at once
     * (an import) share one notification that counts them, instead of a pile of notifications.
     */
    public static void attach(Component view, EventBus bus, CurrentUser user) {
        String username = user.username().orElse(null);
        boolean lead = user.hasAnyRole(Role.SOCIAL_CELL_LEAD, Role.ADMIN);
        Notification[] open = {null};
        int[] count = {0};
        UiEvents.subscribe(view, bus, PlanDefaultEvent.class, event -> {
            if (!event.concerns(username, lead)) {
                return;
            }
            if (open[0] != null && open[0].isOpened()) {
                count[0]++;
                open[0].setText(view.getTranslation("socialcell.planDefault.alertMany", count[0]));
                return;
            }
            count[0] = 1;
            Notification n = new Notification(view.getTranslation("socialcell.planDefault.alert", event.tenant()),
                    15000, Notification.Position.TOP_END);
            n.addThemeVariants(NotificationVariant.LUMO_WARNING);
            n.addClassName(NOTIFICATION_CLASS);
            n.getElement().setAttribute("role", "alert");
            n.open();
            open[0] = n;
        });
    }
}
