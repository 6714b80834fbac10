package fr.caleol.committee.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import fr.caleol.base.domain.LandlordTime;
import fr.caleol.base.ui.components.Formats;
import fr.caleol.base.ui.components.LocalizedDatePicker;
import fr.caleol.committee.domain.Offer;
import fr.caleol.committee.domain.OfferState;
import fr.caleol.committee.service.FollowUpService;
import fr.caleol.committee.service.LetterService;
import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * The follow-up of a published sitting's offers and conditions: who must answer by when (the deadline stored with
 * each offer, the one the lapse job applies), how each was notified (the first presentation of the registered letter
 * and its number), the letters owed when an offer passed to the next rank, and the answers.
 */
class FollowUpPanel extends VerticalLayout {

    private final FollowUpService followUp;
    private final LetterService letters;
    private final Consumer<Runnable> act;
    private final Clock clock;

    FollowUpPanel(long sittingId, FollowUpService followUp, LetterService letters, Clock clock,
            Consumer<Runnable> act) {
        this.clock = clock;
        this.followUp = followUp;
        this.letters = letters;
        this.act = act;
        setPadding(false);
        add(new H3(getTranslation("followUp.title")));
        List<FollowUpService.Line> lines = followUp.lines(sittingId);
        List<FollowUpService.Line> overdue = lines.stream()
                .filter(l -> l.kind() == Offer.Kind.CONDITION && l.overdue()).toList();
        if (!overdue.isEmpty()) {
            Paragraph flag = new Paragraph(getTranslation("followUp.overdueConditions", overdue.stream()
                    .map(l -> l.applicantName() + " (" + l.dwellingReference() + ")").collect(Collectors.joining(", "))));
            flag.setId("follow-up-overdue");
            flag.addClassName("caleol-alert");
            add(flag);
        }
        List<FollowUpService.Line> due = lines.stream().filter(FollowUpService.Line::letterDue).toList();
        if (!due.isEmpty()) {
            Paragraph flag = new Paragraph(getTranslation("followUp.lettersDue", due.stream()
                    .map(l -> l.applicantName() + " (" + l.dwellingReference() + ")").collect(Collectors.joining(", "))));
            flag.setId("follow-up-letters-due");
            flag.addClassName("caleol-alert");
            add(flag);
        }
        Grid<FollowUpService.Line> grid = new Grid<>();
        grid.setId("follow-up-grid");
        grid.setAllRowsVisible(true);
        grid.addColumn(FollowUpService.Line::dwellingReference).setHeader(getTranslation("followUp.dwelling"));
        grid.addColumn(l -> l.kind() == Offer.Kind.OFFER ? getTranslation("followUp.kind.OFFER", l.rank())
                : getTranslation("followUp.kind.CONDITION")).setAutoWidth(true);
        grid.addColumn(l -> l.applicantName() + " (" + l.numeroUnique() + ")")
                .setHeader(getTranslation("followUp.applicant")).setFlexGrow(1);
        grid.addColumn(l -> getTranslation("followUp.state." + l.state().name())
                + (l.overdue() ? " — " + getTranslation("followUp.overdue") : ""))
                .setHeader(getTranslation("followUp.state")).setAutoWidth(true);
        grid.addColumn(this::notification).setHeader(getTranslation("followUp.notification")).setAutoWidth(true);
        grid.addColumn(l -> Formats.date(l.deadline(), getLocale())).setHeader(getTranslation("followUp.deadline"))
                .setAutoWidth(true);
        grid.addComponentColumn(this::actions).setKey("actions").setAutoWidth(true);
        grid.setItems(lines);
        add(grid);
    }

    private String notification(FollowUpService.Line line) {
        if (line.state() == OfferState.WAITING || line.notifiedOn() == null) {
            return "";
        }
        if (line.letterDue()) {
            return getTranslation("followUp.notification.letterDue");
        }
        return Formats.date(line.notifiedOn(), getLocale()) + (line.registeredLetter() == null ? ""
                : " — " + getTranslation("followUp.notification.registered", line.registeredLetter()));
    }

    private HorizontalLayout actions(FollowUpService.Line line) {
        HorizontalLayout buttons = new HorizontalLayout();
        if (line.state() != OfferState.PENDING) {
            return buttons;
        }
        boolean offer = line.kind() == Offer.Kind.OFFER;
        if (line.letterDue()) {
            Anchor letter = new Anchor(DownloadHandler.fromInputStream(event -> {
                LetterService.LetterJob job = letters.offerLetter(line.id());
                return new DownloadResponse(new ByteArrayInputStream(job.pdf()), job.fileName(), "application/pdf",
                        job.pdf().length);
            }), getTranslation("followUp.letter"));
            letter.setId("offer-letter-" + line.id());
            buttons.add(letter);
        }
        Button notified = new Button(getTranslation("followUp.recordNotification"), click -> openNotification(line));
        notified.addThemeVariants(ButtonVariant.LUMO_SMALL);
        notified.setId("notification-" + line.id());
        buttons.add(notified,
                answer(line, offer ? "followUp.accept" : "followUp.documentReceived", OfferState.ACCEPTED),
                answer(line, offer ? "followUp.refuse" : "followUp.conditionNotMet", OfferState.REFUSED));
        if (line.overdue()) {
            buttons.add(answer(line, "followUp.lapse", OfferState.LAPSED));
        }
        return buttons;
    }

    /** The day the registered letter was first presented (today for a letter handed over) and its number. */
    private void openNotification(FollowUpService.Line line) {
        Dialog dialog = new Dialog(getTranslation("followUp.recordNotification"));
        dialog.setId("notification-dialog");
        LocalizedDatePicker day = new LocalizedDatePicker(getTranslation("followUp.notification.day"));
        day.setValue(LandlordTime.today(clock));
        day.setMax(LandlordTime.today(clock));
        day.setId("notification-day");
        TextField number = new TextField(getTranslation("followUp.notification.number"));
        number.setHelperText(getTranslation("followUp.notification.number.help"));
        number.setMaxLength(Offer.REGISTERED_LETTER_MAX);
        number.setId("notification-number");
        dialog.add(new FormLayout(day, number));
        if (line.kind() == Offer.Kind.OFFER) {
            dialog.add(new Paragraph(getTranslation("followUp.notification.deadline")));
        }
        Button save = new Button(getTranslation("action.save"), click -> {
            dialog.close();
            act.accept(() -> followUp.recordNotification(line.id(), line.version(), day.getValue(),
                    number.getValue()));
        });
        save.setId("notification-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), click -> dialog.close()), save);
        dialog.open();
    }

    private Button answer(FollowUpService.Line line, String key, OfferState answer) {
        Button button = new Button(getTranslation(key), click -> act.accept(() -> followUp.answer(line.id(),
                line.version(), answer)));
        button.addThemeVariants(ButtonVariant.LUMO_SMALL);
        button.setId("answer-" + answer.name().toLowerCase() + "-" + line.id());
        return button;
    }
}
