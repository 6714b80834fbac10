package fr.caleol.tenancy.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import fr.caleol.base.events.UiEvents;
import fr.caleol.base.jobs.BackgroundJobs;
import fr.caleol.base.ui.ErrorNotifier;
import fr.caleol.base.ui.HasTitleKey;
import fr.caleol.base.ui.MainLayout;
import fr.caleol.base.ui.components.BoundedUpload;
import fr.caleol.security.domain.Role;
import fr.caleol.tenancy.service.TenancyImportReport;
import fr.caleol.tenancy.service.TenancyService;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.util.concurrent.CompletionException;

/**
 * Import of tenants and leases from a CSV file, on a worker while the screen says it is running: everything or
 * nothing, with a line-by-line report.
 */
@Route(value = "locataires/import", layout = MainLayout.class)
@RolesAllowed({Role.Names.ADMIN, Role.Names.OUTREACH_COORDINATOR})
public class TenancyImportView extends VerticalLayout implements HasTitleKey {

    static final int MAX_FILE_BYTES = 50 * 1024 * 1024;
    /** Lines of a file at most (the header included): the tenants of a large landlord. */
    static final int MAX_LINES = 300_001;

    private final Paragraph result = new Paragraph();
    private final ProgressBar progress = new ProgressBar();
    private final Grid<TenancyImportReport.LineError> report = new Grid<>();

    public TenancyImportView(TenancyService tenancy, BackgroundJobs jobs) {
        Upload upload = new Upload();
        upload.setId("tenancy-upload");
        upload.setAcceptedFileTypes(".csv", "text/csv");
        upload.setMaxFileSize(MAX_FILE_BYTES);
        progress.setId("tenancy-import-progress");
        progress.setIndeterminate(true);
        progress.setVisible(false);
        upload.setUploadHandler(BoundedUpload.of(MAX_FILE_BYTES, MAX_LINES, (fileName, bytes) -> {
            UI ui = UI.getCurrent();
            UiEvents.push(ui, () -> {
                progress.setVisible(true);
                result.setText(getTranslation("tenancy.import.running", fileName));
                report.setVisible(false);
            });
            // checked and written on a worker: a file of 300 000 tenants does not hold the upload's request
            try {
                jobs.submit(() -> tenancy.importCsv(new ByteArrayInputStream(bytes), fileName))
                        .whenComplete((outcome, error) -> UiEvents.push(ui, () -> {
                            progress.setVisible(false);
                            if (error != null) {
                                result.setText(ErrorNotifier.show(error instanceof CompletionException
                                        && error.getCause() != null ? error.getCause() : error));
                            } else {
                                show(outcome);
                            }
                        }));
            } catch (RuntimeException refused) {
                UiEvents.push(ui, () -> {
                    progress.setVisible(false);
                    result.setText(ErrorNotifier.show(refused));
                });
            }
        }));
        result.setId("tenancy-import-result");
        result.getElement().setAttribute("role", "status");
        report.setId("tenancy-import-report");
        report.addColumn(e -> e.line() == 0 ? "—" : String.valueOf(e.line()))
                .setHeader(getTranslation("tenancy.import.line")).setAutoWidth(true).setFlexGrow(0);
        report.addColumn(TenancyImportReport.LineError::column).setHeader(getTranslation("tenancy.import.column"))
                .setAutoWidth(true);
        report.addColumn(e -> getTranslation(e.messageKey(), e.arguments().toArray()))
                .setHeader(getTranslation("tenancy.import.message")).setFlexGrow(1);
        report.setVisible(false);
        add(new H2(getTranslation("tenancy.import.title")),
                new Paragraph(getTranslation("tenancy.import.intro", String.join(";", TenancyService.COLUMNS))),
                sample(), upload, progress, result, report);
    }

    private Anchor sample() {
        Anchor link = new Anchor(DownloadHandler.forClassResource(TenancyImportView.class,
                "/samples/locataires-exemple.csv", "locataires-exemple.csv"), AttachmentType.DOWNLOAD,
                getTranslation("tenancy.import.sample"));
        link.setId("tenancy-sample");
        return link;
    }

    void show(TenancyImportReport outcome) {
        if (outcome.succeeded()) {
            result.setText(getTranslation("tenancy.import.success", outcome.imported(), outcome.households()));
            report.setVisible(false);
        } else {
            result.setText(getTranslation("tenancy.import.refused", outcome.errors().size()));
            report.setItems(outcome.errors());
            report.setVisible(true);
        }
    }

    @Override
    public String titleKey() {
        return "tenancy.import.title";
    }
}
