package fr.caleol.housing.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import fr.caleol.base.events.UiEvents;
import fr.caleol.base.jobs.BackgroundJobs;
import fr.caleol.base.ui.ErrorNotifier;
import fr.caleol.base.ui.HasTitleKey;
import fr.caleol.base.ui.MainLayout;
import fr.caleol.base.ui.components.BoundedUpload;
import fr.caleol.housing.service.HousingImportService;
import fr.caleol.housing.service.ImportError;
import fr.caleol.housing.service.ImportProgress;
import fr.caleol.housing.service.ImportReport;
import fr.caleol.security.domain.Role;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.text.NumberFormat;
import java.util.List;
import java.util.concurrent.CompletionException;

/**
 * CSV import of housing applications or dwellings: choose what the file holds, upload it, follow the checking then
 * the saving live, and read either the counts imported or the list of errors (nothing is imported then).
 * The import runs on a background thread as the current user; progress is pushed to the browser.
 */
@Route(value = "import", layout = MainLayout.class)
@RolesAllowed({Role.Names.SECRETARY, Role.Names.ADMIN})
public class ImportView extends VerticalLayout implements HasTitleKey {

    static final int MAX_FILE_BYTES = 50 * 1024 * 1024;
    /** Lines of a file at most (the header included): a hundred thousand applications or dwellings. */
    static final int MAX_LINES = 100_001;

    private final HousingImportService imports;
    private final BackgroundJobs jobs;
    private final RadioButtonGroup<ImportReport.Kind> kind = new RadioButtonGroup<>();
    private final Paragraph format = new Paragraph();
    private final Upload upload = new Upload();
    private final ProgressBar progressBar = new ProgressBar();
    private final Span progressText = new Span();
    private final Div outcome = new Div();
    private final Grid<ImportError> report = new Grid<>();
    private boolean running;

    public ImportView(HousingImportService imports, BackgroundJobs jobs) {
        this.imports = imports;
        this.jobs = jobs;
        setSizeFull();

        Paragraph intro = new Paragraph(getTranslation("import.intro"));
        kind.setId("import-kind");
        kind.setLabel(getTranslation("import.kind"));
        kind.setItems(ImportReport.Kind.values());
        kind.setItemLabelGenerator(k -> getTranslation("import.kind." + k.name()));
        kind.addValueChangeListener(e -> showFormat());
        kind.setValue(ImportReport.Kind.APPLICATIONS);
        format.addClassName("caleol-help");

        HorizontalLayout samples = new HorizontalLayout(
                sampleLink(ImportReport.Kind.APPLICATIONS, "demandes-exemple.csv"),
                sampleLink(ImportReport.Kind.DWELLINGS, "logements-exemple.csv"));
        samples.getStyle().set("flex-wrap", "wrap");

        upload.setId("import-upload");
        upload.setUploadHandler(BoundedUpload.of(MAX_FILE_BYTES, MAX_LINES, this::start));
        upload.setMaxFiles(1);
        upload.setMaxFileSize(MAX_FILE_BYTES);
        upload.setAcceptedFileTypes("text/csv", ".csv");
        upload.setI18n(uploadI18n());
        upload.addFileRejectedListener(rejected -> Notification.show(rejected.getErrorMessage(), 6000,
                Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.LUMO_ERROR));

        progressText.setId("import-progress-text");
        progressBar.setId("import-progress");
        progressBar.getElement().setAttribute("aria-labelledby", "import-progress-text");
        progressBar.setVisible(false);
        outcome.setId("import-outcome");
        outcome.getElement().setAttribute("role", "status");
        outcome.getElement().setAttribute("aria-live", "polite");

        report.setId("import-report");
        report.getElement().setAttribute("aria-label", getTranslation("import.report.label"));
        report.addColumn(e -> e.line() == 0 ? getTranslation("import.report.wholeFile") : String.valueOf(e.line()))
                .setHeader(getTranslation("import.report.line")).setAutoWidth(true).setFlexGrow(0);
        report.addColumn(ImportError::column).setHeader(getTranslation("import.report.column")).setAutoWidth(true)
                .setFlexGrow(0);
        report.addColumn(e -> getTranslation(e.messageKey(), e.arguments().toArray()))
                .setHeader(getTranslation("import.report.message")).setFlexGrow(1);
        report.setVisible(false);

        add(intro, kind, format, samples, upload, progressText, progressBar, outcome, report);
        setFlexGrow(1, report);
    }

    private Anchor sampleLink(ImportReport.Kind sampleKind, String fileName) {
        Anchor link = new Anchor(DownloadHandler.forClassResource(ImportView.class, "/samples/" + fileName,
                fileName), AttachmentType.DOWNLOAD, getTranslation("import.sample." + sampleKind.name()));
        link.setId("import-sample-" + sampleKind.name().toLowerCase());
        return link;
    }

    private void showFormat() {
        ImportReport.Kind selected = kind.getValue();
        format.setText(selected == null ? "" : getTranslation("import.format." + selected.name()));
    }

    private UploadI18N uploadI18n() {
        UploadI18N i18n = new UploadI18N();
        i18n.setAddFiles(new UploadI18N.AddFiles().setOne(getTranslation("import.upload.add"))
                .setMany(getTranslation("import.upload.add")));
        i18n.setDropFiles(new UploadI18N.DropFiles().setOne(getTranslation("import.upload.drop"))
                .setMany(getTranslation("import.upload.drop")));
        i18n.setError(new UploadI18N.Error().setFileIsTooBig(getTranslation("import.upload.tooBig"))
                .setIncorrectFileType(getTranslation("import.upload.wrongType"))
                .setTooManyFiles(getTranslation("import.upload.tooMany")));
        return i18n;
    }

    /** Called with the whole file, inside the UI lock: hands the import over to a background thread. */
    private void start(String fileName, byte[] content) {
        if (running) {
            return;
        }
        UI ui = UI.getCurrent();
        ImportReport.Kind selected = kind.getValue() == null ? ImportReport.Kind.APPLICATIONS : kind.getValue();
        setRunning(true);
        outcome.setText("");
        outcome.removeClassNames("caleol-ok", "caleol-alert");
        report.setItems(List.of());
        report.setVisible(false);
        progressText.setText(getTranslation("import.running", fileName));
        progressBar.setIndeterminate(true);
        ImportProgress progress = (phase, done, total) -> UiEvents.push(ui, () -> showProgress(phase, done, total));
        try {
            jobs.submit(() -> {
                InputStream in = new ByteArrayInputStream(content);
                return selected == ImportReport.Kind.APPLICATIONS
                        ? imports.importApplications(fileName, in, progress)
                        : imports.importDwellings(fileName, in, progress);
            }).whenComplete((result, error) -> UiEvents.push(ui, () -> finished(result, error)));
        } catch (RuntimeException e) {
            finished(null, e);
        }
    }

    private void showProgress(ImportProgress.Phase phase, int done, int total) {
        progressBar.setIndeterminate(false);
        progressBar.setValue(total == 0 ? 1 : (double) done / total);
        progressText.setText(getTranslation("import.phase." + phase.name(), done, total));
    }

    private void finished(ImportReport result, Throwable error) {
        setRunning(false);
        upload.clearFileList();
        progressBar.setVisible(false);
        progressText.setText("");
        if (error != null) {
            Throwable cause = error instanceof CompletionException && error.getCause() != null
                    ? error.getCause() : error;
            outcome.setText(ErrorNotifier.show(cause));
            outcome.addClassName("caleol-alert");
            return;
        }
        if (result.succeeded()) {
            NumberFormat seconds = NumberFormat.getNumberInstance(getLocale());
            seconds.setMaximumFractionDigits(1);
            String message = getTranslation("import.success." + result.kind().name(), result.imported(),
                    result.fileName(), seconds.format(result.duration().toMillis() / 1000.0));
            outcome.setText(message);
            outcome.addClassName("caleol-ok");
            Notification.show(message, 5000, Notification.Position.TOP_CENTER)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        } else {
            String message = getTranslation("import.refused", result.errorCount(), result.linesInError(),
                    result.fileName(), result.lines());
            if (result.errorCount() > result.errors().size()) {
                message += " " + getTranslation("import.refused.truncated", result.errors().size());
            }
            outcome.setText(message);
            outcome.addClassName("caleol-alert");
            report.setItems(result.errors());
            report.setVisible(true);
        }
    }

    private void setRunning(boolean running) {
        this.running = running;
        upload.setEnabled(!running);
        kind.setEnabled(!running);
        progressBar.setVisible(running);
    }

    @Override
    public String titleKey() {
        return "import.title";
    }
}
