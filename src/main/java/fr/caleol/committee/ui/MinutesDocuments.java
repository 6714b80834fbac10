package fr.caleol.committee.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import fr.caleol.base.events.UiEvents;
import fr.caleol.base.jobs.BackgroundJobs;
import fr.caleol.base.ui.ErrorNotifier;
import fr.caleol.committee.service.LetterService;
import fr.caleol.committee.service.MinutesPage;
import fr.caleol.committee.service.MinutesService;
import java.io.ByteArrayInputStream;
import java.util.concurrent.CompletionException;

/**
 * The documents of published minutes for the secretary: the decision letters as a ZIP (generated on a worker with a
 * live progress bar), their list as CSV, and the package for the prefecture; and the minutes' PDF for everyone.
 */
class MinutesDocuments extends HorizontalLayout {

    private final long sittingId;
    private final LetterService letters;
    private final BackgroundJobs jobs;

    MinutesDocuments(long sittingId, LetterService letters, BackgroundJobs jobs) {
        this.sittingId = sittingId;
        this.letters = letters;
        this.jobs = jobs;
        setWrap(true);
        add(lettersZip(), download("minutes.lettersCsv", "courriers-" + sittingId + ".csv",
                "text/csv; charset=UTF-8", () -> letters.lettersCsv(sittingId)),
                download("minutes.prefectPackage", "prefecture-" + sittingId + ".zip", "application/zip",
                        () -> letters.prefectPackage(sittingId)));
    }

    /** The minutes' PDF, draft or published, as a download link. */
    static Anchor pdf(MinutesPage page, MinutesService minutes) {
        Anchor pdf = new Anchor(DownloadHandler.fromInputStream(event -> new DownloadResponse(
                new ByteArrayInputStream(minutes.pdf(page.minutesId())),
                "proces-verbal-" + page.document().date() + ".pdf", "application/pdf", -1)),
                UI.getCurrent().getTranslation("minutes.downloadPdf"));
        pdf.setId("minutes-download");
        pdf.getElement().setAttribute("download", true);
        return pdf;
    }

    private Anchor download(String labelKey, String fileName, String type, java.util.function.Supplier<byte[]> bytes) {
        Anchor anchor = new Anchor(DownloadHandler.fromInputStream(event -> new DownloadResponse(new ByteArrayInputStream(bytes.get()), fileName, type, -1)),
                getTranslation(labelKey));
        anchor.getElement().setAttribute("download", true);
        return anchor;
    }

    /** The letters are generated on a worker with a live progress bar, then offered for download. */
    private Component lettersZip() {
        Div box = new Div();
        ProgressBar progress = new ProgressBar(0, 100);
        progress.setVisible(false);
        progress.setWidth("12em");
        Button generate = new Button(getTranslation("minutes.downloadLetters"), VaadinIcon.ENVELOPES.create());
        generate.setId("minutes-letters");
        generate.addClickListener(click -> {
            UI ui = UI.getCurrent();
            generate.setEnabled(false);
            progress.setVisible(true);
            progress.setValue(0);
            jobs.submit(() -> letters.lettersZip(sittingId, percent -> UiEvents.push(ui, () -> progress.setValue(percent))))
                    .whenComplete((zip, error) -> UiEvents.push(ui, () -> {
                        progress.setVisible(false);
                        generate.setEnabled(true);
                        if (error != null) {
                            ErrorNotifier.show(error instanceof CompletionException && error.getCause() != null
                                    ? error.getCause() : error);
                            return;
                        }
                        Anchor ready = new Anchor(DownloadHandler.fromInputStream(event -> new DownloadResponse(new ByteArrayInputStream(zip), "courriers-" + sittingId
                                        + ".zip", "application/zip", zip.length)),
                                getTranslation("minutes.lettersReady"));
                        ready.setId("minutes-letters-ready");
                        ready.getElement().setAttribute("download", true);
                        box.removeAll();
                        box.add(generate, ready);
                    }));
        });
        box.add(generate, progress);
        return box;
    }
}
