package fr.caleol.mail.ui;

import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Route;
import fr.caleol.base.ui.HasTitleKey;
import fr.caleol.base.ui.MainLayout;
import fr.caleol.base.ui.components.Formats;
import fr.caleol.mail.service.CaughtMails;
import fr.caleol.mail.service.ReadMail;
import fr.caleol.security.domain.Role;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;

/**
 * "Boîte de test": the mails the embedded SMTP server caught (with the embedded database and no SMTP server
 * configured), as a mail client shows them: recipient, subject, text, and the calendar invitation.
 */
@Route(value = "admin/boite-de-test", layout = MainLayout.class)
@RolesAllowed(Role.Names.ADMIN)
public class CaughtMailsView extends VerticalLayout implements HasTitleKey {

    static final int SHOWN = 200;

    public CaughtMailsView(ObjectProvider<CaughtMails> caught) {
        CaughtMails server = caught.getIfAvailable();
        if (server == null) {
            Paragraph none = new Paragraph(getTranslation("mail.caught.none"));
            none.setId("caught-off");
            add(none);
            return;
        }
        List<ReadMail> mails = server.all();
        Paragraph intro = new Paragraph(getTranslation("mail.caught.intro", server.port(), mails.size()));
        intro.setId("caught-intro");
        add(intro);
        VerticalLayout list = new VerticalLayout();
        list.setPadding(false);
        list.setId("caught-list");
        for (ReadMail mail : mails.stream().limit(SHOWN).toList()) {
            VerticalLayout content = new VerticalLayout();
            content.setPadding(false);
            content.add(new Span(getTranslation("mail.from") + " : " + mail.from()));
            content.add(new Span(getTranslation("mail.to") + " : " + String.join(", ", mail.to())));
            Pre text = new Pre(mail.text() == null ? "" : mail.text());
            text.getStyle().set("white-space", "pre-wrap");
            text.addClassName("caught-text");
            content.add(text);
            if (mail.calendar() != null) {
                content.add(new Span(getTranslation("mail.caught.calendar", mail.calendarContentType())));
                Pre calendar = new Pre(mail.calendar());
                calendar.getStyle().set("white-space", "pre-wrap").set("font-size", "var(--lumo-font-size-s)");
                calendar.addClassName("caught-calendar");
                content.add(calendar);
            }
            String when = mail.receivedAt() == null ? "" : Formats.dateTime(mail.receivedAt(), getLocale()) + " — ";
            Details details = new Details(when + String.join(", ", mail.to()) + " — " + mail.subject(), content);
            details.addClassName("caught-mail");
            list.add(details);
        }
        add(list);
    }

    @Override
    public String titleKey() {
        return "mail.caught.title";
    }
}
