package fr.caleol.security.ui;

import com.vaadin.flow.component.icon.VaadinIcon;
import fr.caleol.base.ui.MenuContribution;
import fr.caleol.base.ui.MenuEntry;
import fr.caleol.base.ui.MenuGroup;
import java.util.List;
import org.springframework.stereotype.Component;

@Component
class SecurityMenu implements MenuContribution {
    @Override
    public List<MenuEntry> entries() {
        return List.of(
                new MenuEntry(MenuGroup.GENERAL, 90, "nav.account", VaadinIcon.KEY, AccountView.class),
                new MenuEntry(MenuGroup.ADMINISTRATION, 10, "nav.users", VaadinIcon.USERS, UserAdminView.class));
    }
}
