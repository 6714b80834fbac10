package fr.caleol.socialcell.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import fr.caleol.base.errors.BusinessException;
import fr.caleol.base.events.EventBus;
import fr.caleol.base.events.UiEvents;
import fr.caleol.base.ui.ErrorNotifier;
import fr.caleol.base.ui.components.Formats;
import fr.caleol.socialcell.domain.ArrearsLetterKind;
import fr.caleol.socialcell.service.ArrearsLetterService;
import fr.caleol.socialcell.service.CasesChangedEvent;
import java.io.ByteArrayInputStream;

/**
 * The letters of one case, to embed in the case screen: choose a letter, read it filled, generate it as a PDF (which
 * logs a LETTER contact), and see the letters already sent. When the case's plan is in default, the default notice
 * is proposed.
 */
public class CaseLettersPanel extends VerticalLayout {

    private final long caseId;
    private final ArrearsLetterService letters;
    private final Select<ArrearsLetterKind> kind = new Select<>();
    private final Span hint = new Span();
    private final Paragraph subject = new Paragraph();
    private final Div body = new Div();
    private final Button generate = new Button();
    private final Div download = new Div();
    private final UnorderedList sent = new UnorderedList();
    private final Paragraph noneSent = new Paragraph();

    public CaseLettersPanel(long caseId, ArrearsLetterService letters, EventBus eventBus) {
        this.caseId = caseId;
        this.letters = letters;
        setPadding(false);
        setId("letters-panel");
        kind.setLabel(getTranslation("socialcell.letters.kind"));
        kind.setItems(ArrearsLetterKind.values());
        kind.setItemLabelGenerator(k -> getTranslation("socialcell.letters.kind." + k.name()));
        kind.setId("letters-kind");
        kind.addValueChangeListener(e -> preview());
        hint.setId("letters-default-hint");
        hint.addClassName("caleol-alert");
        hint.setText(getTranslation("socialcell.letters.defaultHint"));
        hint.setVisible(false);
        subject.setId("letters-subject");
        subject.getStyle().set("font-weight", "bold");
        body.setId("letters-preview");
        body.getStyle().set("white-space", "pre-wrap").set("border", "1px solid var(--lumo-contrast-20pct)")
                .set("padding", "var(--lumo-space-m)").set("max-height", "24em").set("overflow", "auto");
        body.setWidthFull();
        generate.setText(getTranslation("socialcell.letters.generate"));
        generate.setIcon(VaadinIcon.FILE_TEXT_O.create());
        generate.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        generate.setId("letters-generate");
        generate.addClickListener(click -> generate());
        sent.setId("letters-sent");
        noneSent.setText(getTranslation("socialcell.letters.noneSent"));
        add(new H3(getTranslation("socialcell.letters.panel")), hint, kind, subject, body,
                new HorizontalLayout(generate, download), new H3(getTranslation("socialcell.letters.sent")), noneSent,
                sent);
        try {
            ArrearsLetterService.Suggestion suggestion = letters.suggestion(caseId);
            hint.setVisible(suggestion.planInDefault());
            kind.setValue(suggestion.kind());
        } catch (RuntimeException e) {
            ErrorNotifier.show(e);
        }
        refreshSent();
        UiEvents.subscribe(this, eventBus, CasesChangedEvent.class, event -> {
            if (event.concerns(caseId)) {
                refreshSent();
            }
        });
    }

    private void preview() {
        download.removeAll();
        if (kind.getValue() == null) {
            return;
        }
        try {
            ArrearsLetterService.Filled filled = letters.preview(caseId, kind.getValue());
            subject.setText(getTranslation("socialcell.letters.subjectLine", filled.subject()));
            body.setText(filled.body());
            generate.setEnabled(true);
        } catch (BusinessException refused) {
            subject.setText("");
            body.setText(getTranslation(refused.messageKey(), refused.arguments()));
            generate.setEnabled(false);
        } catch (RuntimeException e) {
            ErrorNotifier.show(e);
            generate.setEnabled(false);
        }
    }

    /** Generates the letter (the contact is logged now) and offers it for download at once. */
    private void generate() {
        ArrearsLetterKind chosen = kind.getValue();
        if (chosen == null) {
            return;
        }
        try {
            byte[] pdf = letters.generate(caseId, chosen);
            String fileName = "courrier-" + chosen.name().toLowerCase().replace('_', '-') + "-dossier-" + caseId
                    + ".pdf";
            Anchor link = new Anchor(DownloadHandler.fromInputStream(event -> new DownloadResponse(
                    new ByteArrayInputStream(pdf), fileName, "application/pdf", pdf.length)),
                    getTranslation("socialcell.letters.download"));
            link.setId("letters-download");
            link.getElement().setAttribute("download", true);
            download.removeAll();
            download.add(link);
            link.getElement().executeJs("this.click()");
            Notification.show(getTranslation("socialcell.letters.generated"), 4000, Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            refreshSent();
        } catch (RuntimeException e) {
            ErrorNotifier.show(e);
        }
    }

    private void refreshSent() {
        sent.removeAll();
        try {
            for (ArrearsLetterService.SentLetter letter : letters.sentLetters(caseId)) {
                sent.add(new ListItem(getTranslation("socialcell.letters.sentLine", Formats.date(letter.date(),
                        getLocale()), getTranslation("socialcell.letters.kind." + letter.kind().name()),
                        letter.author())));
            }
        } catch (RuntimeException e) {
            ErrorNotifier.show(e);
        }
        noneSent.setVisible(sent.getElement().getChildCount() == 0);
    }

    /** The letter kind chosen (for tests and the case screen). */
    ArrearsLetterKind selectedKind() {
        return kind.getValue();
    }
}
