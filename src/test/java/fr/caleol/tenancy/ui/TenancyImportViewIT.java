package fr.caleol.tenancy.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.UploadKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.upload.Upload;
import fr.caleol.security.domain.Role;
import fr.caleol.support.KaribuTest;
import fr.caleol.tenancy.service.TenancyImportReport;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class TenancyImportViewIT extends KaribuTest {

    @Test
    void a_refused_file_shows_its_errors_line_by_line_in_french() {
        openAs("coordinatrice", Role.OUTREACH_COORDINATOR);
        UI.getCurrent().navigate(TenancyImportView.class);
        _get(TenancyImportView.class).show(new TenancyImportReport(2, 0, 0, List.of(
                new TenancyImportReport.LineError(3, "code_insee", "tenancy.import.unknownCommune", List.of("99999")))));
        assertThat(_get(Paragraph.class, spec -> spec.withId("tenancy-import-result")).getText())
                .isEqualTo("Fichier refusé, rien n’a été importé : 1 erreurs à corriger.");
        assertThat(_get(Grid.class, spec -> spec.withId("tenancy-import-report")).isVisible()).isTrue();
    }

    @Test
    void an_uploaded_file_is_imported_on_a_worker_and_its_refusal_shown_when_done() throws InterruptedException {
        openAs("coordinatrice", Role.OUTREACH_COORDINATOR);
        UI.getCurrent().navigate(TenancyImportView.class);
        UploadKt._upload(_get(Upload.class, spec -> spec.withId("tenancy-upload")), "locataires.csv", "text/csv",
                "reference_locataire\nL-1\n".getBytes(StandardCharsets.UTF_8));
        MockVaadin.runUIQueue();

        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (_find(Grid.class, spec -> spec.withId("tenancy-import-report")).isEmpty()
                && System.nanoTime() < deadline) {
            Thread.sleep(20);
            MockVaadin.runUIQueue();
        }
        assertThat(_find(Grid.class, spec -> spec.withId("tenancy-import-report")))
                .as("the worker's report reached the screen").hasSize(1);
        assertThat(_get(Paragraph.class, spec -> spec.withId("tenancy-import-result")).getText())
                .startsWith("Fichier refusé, rien n’a été importé");
        assertThat(_find(ProgressBar.class, spec -> spec.withId("tenancy-import-progress"))).as("progress hidden")
                .isEmpty();
    }

    @Test
    void a_volunteer_cannot_open_the_import() {
        openAs("benevole", Role.VOLUNTEER);
        UI.getCurrent().navigate(TenancyImportView.class);
        assertThat(_find(TenancyImportView.class)).isEmpty();
    }
}
