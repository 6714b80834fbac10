package fr.caleol.socialcell.ui;

import com.vaadin.flow.component.icon.VaadinIcon;
import fr.caleol.base.ui.MenuContribution;
import fr.caleol.base.ui.MenuEntry;
import fr.caleol.base.ui.MenuGroup;
import java.util.List;
import org.springframework.stereotype.Component;

@Component
class SocialCellMenu implements MenuContribution {
    @Override
    public List<MenuEntry> entries() {
        return List.of(
                new MenuEntry(MenuGroup.SOCIAL_CELL, 10, "nav.socialcell.caseload", VaadinIcon.FOLDER_OPEN,
                        CaseloadView.class),
                new MenuEntry(MenuGroup.SOCIAL_CELL, 20, "nav.socialcell.dashboard", VaadinIcon.CHART,
                        TeamDashboardView.class),
                new MenuEntry(MenuGroup.SOCIAL_CELL, 30, "nav.socialcell.ledgerImport", VaadinIcon.UPLOAD,
                        LedgerImportView.class),
                new MenuEntry(MenuGroup.SOCIAL_CELL, 40, "nav.socialcell.letterTemplates", VaadinIcon.ENVELOPE_O,
                        ArrearsLetterTemplatesView.class));
    }
}
