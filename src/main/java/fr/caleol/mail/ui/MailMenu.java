package fr.caleol.mail.ui;

import com.vaadin.flow.component.icon.VaadinIcon;
import fr.caleol.base.ui.MenuContribution;
import fr.caleol.base.ui.MenuEntry;
import fr.caleol.base.ui.MenuGroup;
import fr.caleol.mail.service.CaughtMails;
import java.util.ArrayList;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/** "Courriels", and "Boîte de test" when the embedded SMTP server runs. */
@Component
class MailMenu implements MenuContribution {

    private final boolean embeddedServer;

    MailMenu(ObjectProvider<CaughtMails> caught) {
        this.embeddedServer = caught.getIfAvailable() != null;
    }

    @Override
    public List<MenuEntry> entries() {
        List<MenuEntry> entries = new ArrayList<>();
        entries.add(new MenuEntry(MenuGroup.ADMINISTRATION, 80, "nav.mails", VaadinIcon.ENVELOPES, MailsView.class));
        if (embeddedServer) {
            entries.add(new MenuEntry(MenuGroup.ADMINISTRATION, 81, "nav.caughtMails", VaadinIcon.INBOX,
                    CaughtMailsView.class));
        }
        return entries;
    }
}
