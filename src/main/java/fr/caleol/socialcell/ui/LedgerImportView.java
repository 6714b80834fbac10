package fr.caleol.socialcell.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import fr.caleol.base.csv.CsvText;
import fr.caleol.base.events.EventBus;
import fr.caleol.base.events.UiEvents;
import fr.caleol.base.jobs.BackgroundJobs;
import fr.caleol.base.ui.ErrorNotifier;
import fr.caleol.base.ui.HasTitleKey;
import fr.caleol.base.ui.MainLayout;
import fr.caleol.base.ui.components.BoundedUpload;
import fr.caleol.security.domain.Role;
import fr.caleol.security.service.CurrentUser;
import fr.caleol.socialcell.service.LedgerUpdates;
import fr.caleol.tenancy.service.TenancyImportReport.LineError;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.concurrent.CompletionException;

/**
 * Import of rent-ledger movements from the accounting system: the expected format on screen, a sample file, the
 * upload, the steps followed live (import, plan payments, detection, breaches), then either the counts (cases opened,
 * plans completed or put in default) or the per-line error report (nothing imported then). The import runs on a
 * background thread as the current user.
 */
@Route(value = "cellule-sociale/import-comptable", layout = MainLayout.class)
@RolesAllowed({Role.Names.SOCIAL_ADVISER, Role.Names.SOCIAL_CELL_LEAD, Role.Names.ADMIN})
public class LedgerImportView extends VerticalLayout implements HasTitleKey {

    static final int MAX_FILE_BYTES = 20 * 1024 * 1024;
    /** Movements of a file at most (the header included). */
    static final int MAX_LINES = 300_001;
    static final String SAMPLE = "compte-locataire-exemple.csv";

    private final LedgerUpdates updates;
    private final BackgroundJobs jobs;
    private final Upload upload = new Upload();
    private final ProgressBar progressBar = new ProgressBar();
    private final Span progressText = new Span();
    private final Div outcome = new Div();
    private final Grid<LineError> report = new Grid<>();
    private boolean running;

    public LedgerImportView(LedgerUpdates updates, BackgroundJobs jobs, EventBus bus, CurrentUser currentUser) {
        this.updates = updates;
        this.jobs = jobs;
        setSizeFull();
        Paragraph intro = new Paragraph(getTranslation("ledger.importView.intro"));
        Paragraph format = new Paragraph(getTranslation("ledger.importView.format"));
        format.addClassName("caleol-help");
        format.getStyle().set("white-space", "pre-line");
        Anchor sample = new Anchor(DownloadHandler.forClassResource(LedgerImportView.class, "/samples/" + SAMPLE,
                SAMPLE), AttachmentType.DOWNLOAD, getTranslation("ledger.importView.sample"));
        sample.setId("ledger-sample");

        upload.setId("ledger-upload");
        upload.setMaxFiles(1);
        upload.setMaxFileSize(MAX_FILE_BYTES);
        upload.setAcceptedFileTypes("text/csv", ".csv");
        upload.setI18n(uploadI18n());
        upload.setUploadHandler(BoundedUpload.of(MAX_FILE_BYTES, MAX_LINES, this::start));
        upload.addFileRejectedListener(rejected -> Notification.show(rejected.getErrorMessage(), 6000,
                Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.LUMO_ERROR));

        progressText.setId("ledger-progress-text");
        progressBar.setId("ledger-progress");
        progressBar.getElement().setAttribute("aria-labelledby", "ledger-progress-text");
        progressBar.setVisible(false);
        outcome.setId("ledger-outcome");
        outcome.getElement().setAttribute("role", "status");
        outcome.getElement().setAttribute("aria-live", "polite");

        report.setId("ledger-report");
        report.getElement().setAttribute("aria-label", getTranslation("ledger.importView.report"));
        report.addColumn(e -> e.line() == 0 ? "—" : String.valueOf(e.line()))
                .setHeader(getTranslation("tenancy.import.line")).setAutoWidth(true).setFlexGrow(0);
        report.addColumn(LineError::column).setHeader(getTranslation("tenancy.import.column")).setAutoWidth(true)
                .setFlexGrow(0);
        report.addColumn(e -> getTranslation(e.messageKey(), e.arguments().toArray()))
                .setHeader(getTranslation("tenancy.import.message")).setFlexGrow(1);
        report.setVisible(false);

        add(new H2(getTranslation("ledger.importView.title")), intro, format, sample, upload, progressText,
                progressBar, outcome, report);
        setFlexGrow(1, report);
        PlanDefaultAlerts.attach(this, bus, currentUser);
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

    /** Called with the whole file inside the UI lock: hands the import over to a background thread. */
    void start(String fileName, byte[] content) {
        if (running) {
            return;
        }
        UI ui = UI.getCurrent();
        setRunning(true);
        outcome.setText("");
        outcome.removeClassNames("caleol-ok", "caleol-alert");
        report.setItems(List.of());
        report.setVisible(false);
        progressBar.setIndeterminate(false);
        progressBar.setValue(0);
        progressText.setText(getTranslation("ledger.importView.running", fileName));
        try {
            String csv = CsvText.decode(content).text();
            jobs.submit(() -> updates.importLedger(csv, phase -> UiEvents.push(ui, () -> showPhase(phase))))
                    .whenComplete((result, error) -> UiEvents.push(ui, () -> finished(result, error)));
        } catch (RuntimeException e) {
            finished(null, e);
        }
    }

    private void showPhase(LedgerUpdates.Phase phase) {
        progressBar.setValue((double) phase.ordinal() / LedgerUpdates.Phase.values().length);
        progressText.setText(getTranslation("ledger.importView.phase." + phase.name()));
    }

    void finished(LedgerUpdates.Outcome result, Throwable error) {
        setRunning(false);
        upload.clearFileList();
        progressText.setText("");
        if (error != null) {
            Throwable cause = error instanceof CompletionException && error.getCause() != null ? error.getCause()
                    : error;
            outcome.setText(ErrorNotifier.show(cause));
            outcome.addClassName("caleol-alert");
            return;
        }
        if (result.succeeded()) {
            String message = getTranslation("ledger.importView.success", result.report().imported(),
                    result.casesOpened(), result.casesEscalated(), result.plansDefaulted(), result.plansCompleted());
            outcome.setText(message);
            outcome.addClassName("caleol-ok");
        } else {
            outcome.setText(getTranslation("ledger.importView.refused", result.report().errors().size(),
                    result.report().lines()));
            outcome.addClassName("caleol-alert");
            report.setItems(result.report().errors());
            report.setVisible(true);
        }
    }

    private void setRunning(boolean running) {
        this.running = running;
        upload.setEnabled(!running);
        progressBar.setVisible(running);
    }

    @Override
    public String titleKey() {
        return "ledger.importView.title";
    }
}
