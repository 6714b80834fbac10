package fr.caleol.committee.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import fr.caleol.base.ui.ErrorNotifier;
import fr.caleol.committee.domain.Minutes;
import fr.caleol.committee.domain.MinutesDocument;
import fr.caleol.committee.service.MinutesPage;
import fr.caleol.committee.service.MinutesService;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * The secretary's editor of the minutes' free text: opening and closing remarks, a note per item, the members
 * excused. Saved with the version shown: a concurrent save is refused and the typed text stays on screen.
 */
class MinutesEditor extends VerticalLayout {

    private final TextArea opening = new TextArea();
    private final TextArea closing = new TextArea();
    private final Map<Long, TextArea> notes = new HashMap<>();
    private final Set<Long> excused = new HashSet<>();

    MinutesEditor(MinutesPage page, MinutesService minutes, Runnable saved) {
        MinutesDocument doc = page.document();
        setPadding(false);
        opening.setLabel(getTranslation("minutes.opening"));
        opening.setId("minutes-opening");
        opening.setWidthFull();
        opening.setMaxLength(Minutes.TEXT_MAX);
        opening.setValue(doc.openingRemarks() == null ? "" : doc.openingRemarks());
        closing.setLabel(getTranslation("minutes.closing"));
        closing.setWidthFull();
        closing.setMaxLength(Minutes.TEXT_MAX);
        closing.setValue(doc.closingRemarks() == null ? "" : doc.closingRemarks());
        add(opening);
        for (MinutesDocument.Item item : doc.items()) {
            TextArea note = new TextArea(getTranslation("minutes.itemNote", item.position(), item.dwellingReference()));
            note.setWidthFull();
            note.setMaxLength(Minutes.TEXT_MAX);
            note.setValue(item.note() == null ? "" : item.note());
            notes.put(item.itemId(), note);
            add(note);
        }
        add(closing);
        excused.clear();
        excused.addAll(page.excusedSeatIds());
        Div excusedBox = new Div();
        for (MinutesDocument.Member m : doc.members()) {
            if (m.presence() == MinutesDocument.Presence.ABSENT || m.presence() == MinutesDocument.Presence.EXCUSED) {
                com.vaadin.flow.component.checkbox.Checkbox box = new com.vaadin.flow.component.checkbox.Checkbox(
                        getTranslation("minutes.excused") + " : " + m.name(), excused.contains(m.seatId()));
                box.addValueChangeListener(e -> {
                    if (e.getValue()) {
                        excused.add(m.seatId());
                    } else {
                        excused.remove(m.seatId());
                    }
                });
                excusedBox.add(box);
            }
        }
        add(excusedBox);
        Button save = new Button(getTranslation("minutes.save"), click -> {
            Map<Long, String> byItem = new HashMap<>();
            notes.forEach((id, area) -> byItem.put(id, area.getValue()));
            try {
                minutes.saveFreeText(page.minutesId(), page.version(), new MinutesService.FreeText(
                        opening.getValue(), closing.getValue(), byItem, Set.copyOf(excused)));
            } catch (RuntimeException refused) {
                // Someone saved meanwhile (or the text is refused): the typed text stays on screen, nothing lost.
                ErrorNotifier.show(refused);
                return;
            }
            Notification.show(getTranslation("minutes.saved"));
            saved.run();
        });
        save.setId("minutes-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(save);
    }

    /** The free text of minutes no longer editable, as paragraphs. */
    static Component readOnly(MinutesDocument doc) {
        return new ReadOnlyText(doc);
    }

    private static final class ReadOnlyText extends Div {

        ReadOnlyText(MinutesDocument doc) {
            if (doc.openingRemarks() != null) {
                add(new H3(getTranslation("minutes.opening")), new Paragraph(doc.openingRemarks()));
            }
            for (MinutesDocument.Item item : doc.items()) {
                if (item.note() != null) {
                    add(new Paragraph(getTranslation("minutes.itemNote", item.position(), item.dwellingReference())
                            + " : " + item.note()));
                }
            }
            if (doc.closingRemarks() != null) {
                add(new H3(getTranslation("minutes.closing")), new Paragraph(doc.closingRemarks()));
            }
        }
    }
}
