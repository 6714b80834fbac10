package fr.caleol.outreach.ui;

import com.vaadin.flow.component.icon.VaadinIcon;
import fr.caleol.base.ui.MenuContribution;
import fr.caleol.base.ui.MenuEntry;
import fr.caleol.base.ui.MenuGroup;
import java.util.List;
import org.springframework.stereotype.Component;

@Component
class OutreachMenu implements MenuContribution {
    @Override
    public List<MenuEntry> entries() {
        return List.of(
                new MenuEntry(MenuGroup.OUTREACH, 10, "nav.outreach.myCalls", VaadinIcon.PHONE, MyCallsView.class),
                new MenuEntry(MenuGroup.OUTREACH, 20, "nav.outreach.dashboard", VaadinIcon.CHART,
                        OutreachDashboardView.class),
                new MenuEntry(MenuGroup.OUTREACH, 30, "nav.outreach.campaigns", VaadinIcon.CALENDAR_USER,
                        CampaignsView.class));
    }
}
