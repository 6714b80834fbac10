package fr.caleol.committee.ui;

import com.vaadin.flow.component.icon.VaadinIcon;
import fr.caleol.base.ui.MenuContribution;
import fr.caleol.base.ui.MenuEntry;
import fr.caleol.base.ui.MenuGroup;
import java.util.List;
import org.springframework.stereotype.Component;

@Component
class CommitteeMenu implements MenuContribution {
    @Override
    public List<MenuEntry> entries() {
        return List.of(
                new MenuEntry(MenuGroup.COMMITTEES, 10, "nav.sittings", VaadinIcon.GAVEL, SittingsView.class),
                new MenuEntry(MenuGroup.COMMITTEES, 20, "nav.committees", VaadinIcon.GROUP, CommitteesView.class),
                new MenuEntry(MenuGroup.COMMITTEES, 30, "nav.activity", VaadinIcon.BAR_CHART,
                        ActivityDashboardView.class),
                new MenuEntry(MenuGroup.ADMINISTRATION, 60, "nav.letterTemplates", VaadinIcon.ENVELOPES,
                        LetterTemplatesView.class));
    }
}
