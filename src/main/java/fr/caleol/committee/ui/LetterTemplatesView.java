package fr.caleol.committee.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import fr.caleol.base.ui.ErrorNotifier;
import fr.caleol.base.ui.HasTitleKey;
import fr.caleol.base.ui.MainLayout;
import fr.caleol.committee.domain.DecisionType;
import fr.caleol.committee.domain.LetterPlaceholders;
import fr.caleol.committee.domain.LetterTemplate;
import fr.caleol.committee.service.LetterService;
import fr.caleol.security.domain.Role;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.util.stream.Collectors;

/** ADMIN edits the decision-letter templates and previews them as PDF; unknown placeholders are refused. */
@Route(value = "courriers/modeles", layout = MainLayout.class)
@RolesAllowed(Role.Names.ADMIN)
public class LetterTemplatesView extends VerticalLayout implements HasTitleKey {

    private final LetterService letters;
    private final Select<DecisionType> type = new Select<>();
    private final TextField subject = new TextField();
    private final TextArea body = new TextArea();
    private long version;

    public LetterTemplatesView(LetterService letters) {
        this.letters = letters;
        type.setLabel(getTranslation("letters.title"));
        type.setItems(DecisionType.values());
        type.setItemLabelGenerator(t -> getTranslation("committee.decisionType." + t.name()));
        type.setId("template-type");
        type.addValueChangeListener(e -> load());
        subject.setLabel(getTranslation("letters.subject"));
        subject.setMaxLength(LetterTemplate.SUBJECT_MAX);
        subject.setWidthFull();
        subject.setId("template-subject");
        body.setLabel(getTranslation("letters.body"));
        body.setMaxLength(LetterTemplate.BODY_MAX);
        body.setWidthFull();
        body.setMinHeight("20em");
        body.setId("template-body");
        Button save = new Button(getTranslation("letters.save"), click -> {
            try {
                version = letters.saveTemplate(type.getValue(), version, subject.getValue(), body.getValue());
                Notification.show(getTranslation("letters.saved"));
            } catch (RuntimeException e) {
                ErrorNotifier.show(e);
            }
        });
        save.setId("template-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Anchor preview = new Anchor(DownloadHandler.fromInputStream(event -> new DownloadResponse(
                new ByteArrayInputStream(letters.preview(type.getValue(), subject.getValue(), body.getValue())),
                "apercu.pdf", "application/pdf", -1)), getTranslation("letters.preview"));
        preview.setTarget("_blank");
        preview.setId("template-preview");
        add(type, new Paragraph(getTranslation("letters.placeholders", LetterPlaceholders.KNOWN.stream()
                .map(p -> "{{" + p + "}}").collect(Collectors.joining(" ")))), subject, body,
                new HorizontalLayout(save, preview));
        type.setValue(DecisionType.ATTRIBUTION);
    }

    private void load() {
        letters.templates().stream().filter(t -> t.type() == type.getValue()).findFirst().ifPresent(t -> {
            version = t.version();
            subject.setValue(t.subject());
            body.setValue(t.body());
        });
    }

    @Override
    public String titleKey() {
        return "letters.title";
    }
}
