package fr.caleol.committee.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import fr.caleol.committee.service.LiveDiscussion;
import java.util.function.Consumer;

/** The live sitting's buttons that ask first: a confirmation, or a confirmation with a reason. */
final class LiveDialogs {

    private LiveDialogs() {}

    /** Runs an action of the screen, showing a refusal as an error and bringing the screen up to date. */
    @FunctionalInterface
    interface Runner {
        void run(Runnable action);
    }

    static Button confirmed(Component owner, String id, String labelKey, String confirmKey, Runner runner,
            Runnable action) {
        Button button = new Button(owner.getTranslation(labelKey), click -> {
            ConfirmDialog dialog = new ConfirmDialog(owner.getTranslation(labelKey), owner.getTranslation(confirmKey),
                    owner.getTranslation(labelKey), ok -> runner.run(action));
            dialog.setCancelable(true);
            dialog.setCancelText(owner.getTranslation("action.cancel"));
            dialog.open();
        });
        button.setId(id);
        button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        return button;
    }

    static Button withReason(Component owner, String id, String labelKey, String confirmKey, Runner runner,
            Consumer<String> action) {
        Button button = new Button(owner.getTranslation(labelKey), click -> {
            TextArea reason = new TextArea(owner.getTranslation("live.reason"));
            reason.setMaxLength(LiveDiscussion.REASON_MAX);
            reason.setWidthFull();
            ConfirmDialog dialog = new ConfirmDialog();
            dialog.setHeader(owner.getTranslation(labelKey));
            dialog.add(new Paragraph(owner.getTranslation(confirmKey)), reason);
            dialog.setConfirmText(owner.getTranslation(labelKey));
            dialog.addConfirmListener(ok -> runner.run(() -> action.accept(reason.getValue())));
            dialog.setCancelable(true);
            dialog.setCancelText(owner.getTranslation("action.cancel"));
            dialog.open();
        });
        button.setId(id);
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        return button;
    }

    static Span badge(String text, String kind) {
        Span span = new Span(text);
        span.getElement().getThemeList().add("badge");
        span.addClassName("caleol-badge-" + kind);
        return span;
    }

    /** Changes a badge's text and kind in place. */
    static void badge(Span span, String text, String kind) {
        InPlace.text(span, text);
        String wanted = "caleol-badge-" + kind;
        for (String name : java.util.List.copyOf(span.getClassNames())) {
            if (name.startsWith("caleol-badge-") && !name.equals(wanted)) {
                span.removeClassName(name);
            }
        }
        InPlace.className(span, wanted, true);
    }
}
