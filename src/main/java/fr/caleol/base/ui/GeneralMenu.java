package fr.caleol.base.ui;

import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.List;
import org.springframework.stereotype.Component;

@Component
class GeneralMenu implements MenuContribution {
    @Override
    public List<MenuEntry> entries() {
        return List.of(new MenuEntry(MenuGroup.GENERAL, 0, "nav.home", VaadinIcon.HOME, HomeView.class));
    }
}
