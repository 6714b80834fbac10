package fr.caleol.housing.ui;

import com.vaadin.flow.component.icon.VaadinIcon;
import fr.caleol.base.ui.MenuContribution;
import fr.caleol.base.ui.MenuEntry;
import fr.caleol.base.ui.MenuGroup;
import java.util.List;
import org.springframework.stereotype.Component;

@Component
class SettingsMenu implements MenuContribution {
    @Override
    public List<MenuEntry> entries() {
        return List.of(new MenuEntry(MenuGroup.ADMINISTRATION, 50, "nav.eligibilitySettings", VaadinIcon.SLIDERS,
                EligibilitySettingsView.class),
                new MenuEntry(MenuGroup.ADMINISTRATION, 51, "nav.cotation", VaadinIcon.BAR_CHART, CotationGridsView.class));
    }
}
