package fr.caleol.socialcell.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
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
import fr.caleol.base.ui.components.Formats;
import fr.caleol.security.domain.Role;
import fr.caleol.socialcell.domain.ArrearsLetterKind;
import fr.caleol.socialcell.domain.ArrearsLetterPlaceholders;
import fr.caleol.socialcell.service.ArrearsLetterService;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.util.stream.Collectors;

/**
 * The team lead edits the social cell's letter templates and previews them on a sample case; unknown placeholders
 * are refused, and a save over someone else's change is refused with the typed text kept.
 */
@Route(value = "cellule-sociale/modeles-de-courrier", layout = MainLayout.class)
@RolesAllowed({Role.Names.SOCIAL_CELL_LEAD, Role.Names.ADMIN})
public class ArrearsLetterTemplatesView extends VerticalLayout implements HasTitleKey {

    private final ArrearsLetterService letters;
    private final Select<ArrearsLetterKind> kind = new Select<>();
    private final TextField subject = new TextField();
    private final TextArea body = new TextArea();
    private final Paragraph updated = new Paragraph();
    private final Paragraph sampleSubject = new Paragraph();
    private final Div sampleBody = new Div();
    private long version;

    public ArrearsLetterTemplatesView(ArrearsLetterService letters) {
        this.letters = letters;
        kind.setLabel(getTranslation("socialcell.letters.kind"));
        kind.setItems(ArrearsLetterKind.values());
        kind.setItemLabelGenerator(k -> getTranslation("socialcell.letters.kind." + k.name()));
        kind.setId("arrears-template-kind");
        kind.addValueChangeListener(e -> load());
        subject.setLabel(getTranslation("socialcell.letters.templateSubject"));
        subject.setMaxLength(ArrearsLetterService.SUBJECT_MAX);
        subject.setWidthFull();
        subject.setId("arrears-template-subject");
        body.setLabel(getTranslation("socialcell.letters.templateBody"));
        body.setMaxLength(ArrearsLetterService.BODY_MAX);
        body.setWidthFull();
        body.setMinHeight("20em");
        body.setId("arrears-template-body");
        updated.setId("arrears-template-updated");
        Button save = new Button(getTranslation("socialcell.letters.save"), click -> save());
        save.setId("arrears-template-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button sample = new Button(getTranslation("socialcell.letters.sampleText"), click -> sample());
        sample.setId("arrears-template-sample");
        Anchor pdf = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] bytes = letters.samplePdf(kind.getValue(), subject.getValue(), body.getValue());
            return new DownloadResponse(new ByteArrayInputStream(bytes), "apercu-courrier.pdf", "application/pdf",
                    bytes.length);
        }), getTranslation("socialcell.letters.samplePdf"));
        pdf.setTarget("_blank");
        pdf.setId("arrears-template-pdf");
        sampleSubject.setId("arrears-template-sample-subject");
        sampleSubject.getStyle().set("font-weight", "bold");
        sampleBody.setId("arrears-template-sample-body");
        sampleBody.getStyle().set("white-space", "pre-wrap");
        add(kind, new Paragraph(getTranslation("socialcell.letters.placeholders", ArrearsLetterPlaceholders.KNOWN
                .stream().map(p -> "{{" + p + "}}").collect(Collectors.joining(" ")))), subject, body, updated,
                new HorizontalLayout(save, sample, pdf), sampleSubject, sampleBody);
        kind.setValue(ArrearsLetterKind.FIRST_REMINDER);
    }

    private void load() {
        sampleSubject.setText("");
        sampleBody.setText("");
        try {
            letters.templates().stream().filter(t -> t.kind() == kind.getValue()).findFirst().ifPresent(t -> {
                version = t.version();
                subject.setValue(t.subject());
                body.setValue(t.body());
                updated.setText(t.updatedBy() == null ? "" : getTranslation("socialcell.letters.updated",
                        Formats.utcDateTime(t.updatedAtUtc(), getLocale()), t.updatedBy()));
            });
        } catch (RuntimeException e) {
            ErrorNotifier.show(e);
        }
    }

    /** Saves; when refused (unknown placeholder, someone else's change) the typed text stays on screen. */
    private void save() {
        try {
            version = letters.saveTemplate(kind.getValue(), version, subject.getValue(), body.getValue());
            Notification.show(getTranslation("socialcell.letters.saved"));
        } catch (RuntimeException e) {
            ErrorNotifier.show(e);
        }
    }

    private void sample() {
        try {
            ArrearsLetterService.Filled filled = letters.sample(kind.getValue(), subject.getValue(), body.getValue());
            sampleSubject.setText(getTranslation("socialcell.letters.subjectLine", filled.subject()));
            sampleBody.setText(filled.body());
        } catch (RuntimeException e) {
            ErrorNotifier.show(e);
        }
    }

    @Override
    public String titleKey() {
        return "socialcell.letters.templatesTitle";
    }
}
