package fr.caleol.tenancy.ui;

import com.vaadin.flow.component.icon.VaadinIcon;
import fr.caleol.base.ui.MenuContribution;
import fr.caleol.base.ui.MenuEntry;
import fr.caleol.base.ui.MenuGroup;
import java.util.List;
import org.springframework.stereotype.Component;

@Component
class TenancyMenu implements MenuContribution {
    @Override
    public List<MenuEntry> entries() {
        return List.of(new MenuEntry(MenuGroup.OUTREACH, 90, "nav.tenancy.import", VaadinIcon.UPLOAD,
                TenancyImportView.class));
    }
}
