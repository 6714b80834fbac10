package fr.caleol.mail.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Route;
import fr.caleol.base.ui.ErrorNotifier;
import fr.caleol.base.ui.HasTitleKey;
import fr.caleol.base.ui.MainLayout;
import fr.caleol.mail.domain.MailKind;
import fr.caleol.mail.domain.MailTemplate;
import fr.caleol.mail.service.MailAdmin;
import fr.caleol.security.domain.Role;
import jakarta.annotation.security.RolesAllowed;
import java.util.stream.Collectors;

/**
 * ADMIN edits the text of each kind of mail, in French and in English, with the placeholders of its kind (an unknown
 * one is refused, as in the letter templates). A saved text applies to the mails queued from then on.
 */
@Route(value = "admin/courriels/modeles", layout = MainLayout.class)
@RolesAllowed(Role.Names.ADMIN)
public class MailTemplatesView extends VerticalLayout implements HasTitleKey {

    private final MailAdmin mails;
    private final Select<MailKind> kind = new Select<>();
    private final Select<String> language = new Select<>();
    private final Paragraph placeholders = new Paragraph();
    private final TextField subject = new TextField();
    private final TextArea body = new TextArea();
    private long version;

    public MailTemplatesView(MailAdmin mails) {
        this.mails = mails;
        kind.setLabel(getTranslation("mail.kind"));
        kind.setItems(MailKind.values());
        kind.setItemLabelGenerator(k -> getTranslation("mail.kind." + k.name()));
        kind.setId("mail-template-kind");
        language.setLabel(getTranslation("mail.language"));
        language.setItems("fr", "en");
        language.setItemLabelGenerator(l -> getTranslation("mail.language." + l));
        language.setId("mail-template-language");
        subject.setLabel(getTranslation("mail.subject"));
        subject.setMaxLength(MailTemplate.SUBJECT_MAX);
        subject.setWidthFull();
        subject.setId("mail-template-subject");
        body.setLabel(getTranslation("mail.body"));
        body.setMaxLength(MailTemplate.BODY_MAX);
        body.setWidthFull();
        body.setMinHeight("20em");
        body.setId("mail-template-body");
        placeholders.setId("mail-template-placeholders");
        Button save = new Button(getTranslation("mail.templates.save"), click -> {
            try {
                version = mails.saveTemplate(kind.getValue(), language.getValue(), version, subject.getValue(),
                        body.getValue());
                Notification.show(getTranslation("mail.templates.saved"));
            } catch (RuntimeException e) {
                ErrorNotifier.show(e);
            }
        });
        save.setId("mail-template-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        kind.addValueChangeListener(e -> load());
        language.addValueChangeListener(e -> load());
        add(new HorizontalLayout(kind, language), placeholders, subject, body, save);
        language.setValue("fr");
        kind.setValue(MailKind.CONVOCATION);
    }

    private void load() {
        if (kind.getValue() == null || language.getValue() == null) {
            return;
        }
        placeholders.setText(getTranslation("mail.templates.placeholders", kind.getValue().placeholders().stream()
                .map(p -> "{{" + p + "}}").collect(Collectors.joining(" ")))
                + (kind.getValue().isLegal() ? " " + getTranslation("mail.templates.legal") : ""));
        mails.templates().stream().filter(t -> t.kind() == kind.getValue() && t.language().equals(language.getValue()))
                .findFirst().ifPresent(t -> {
                    version = t.version();
                    subject.setValue(t.subject());
                    body.setValue(t.body());
                });
    }

    @Override
    public String titleKey() {
        return "mail.templates.title";
    }
}
