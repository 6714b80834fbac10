package fr.caleol.housing.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._getFormattedRow;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.UploadKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.component.upload.Upload;
import fr.caleol.housing.service.DwellingCsv;
import fr.caleol.housing.service.ImportReport;
import fr.caleol.security.domain.Role;
import fr.caleol.support.KaribuTest;
import fr.caleol.support.TestUsers;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class ImportViewIT extends KaribuTest {

    @Test
    void a_secretary_imports_a_dwellings_file_and_reads_how_many_were_imported() throws InterruptedException {
        openAs("secretaire", Role.SECRETARY);
        UI.getCurrent().navigate(ImportView.class);
        assertThat(_find(Anchor.class, spec -> spec.withId("import-sample-applications"))).hasSize(1);
        assertThat(_find(Anchor.class, spec -> spec.withId("import-sample-dwellings"))).hasSize(1);

        @SuppressWarnings("unchecked")
        RadioButtonGroup<ImportReport.Kind> kind = _get(RadioButtonGroup.class, spec -> spec.withId("import-kind"));
        _setValue(kind, ImportReport.Kind.DWELLINGS);
        String prefix = TestUsers.unique("KAR").toUpperCase();
        upload("logements.csv", String.join(";", DwellingCsv.HEADER) + "\n"
                + prefix + "-1;1 rue A;93066;T2;45;1;non;non;300;80;PLUS;COMMUNE;;;\n"
                + prefix + "-2;2 rue B;93048;T3;62,5;4;oui;non;410,20;95;PLAI;PREFECTURE;VACANT;oui;01/10/2026\n");

        String outcome = awaitOutcome();
        assertThat(outcome).startsWith("2 logements importés depuis « logements.csv » en ");
        assertThat(_find(Grid.class, spec -> spec.withId("import-report"))).as("no visible error list").isEmpty();
        assertThat(_get(Upload.class, spec -> spec.withId("import-upload")).isEnabled()).isTrue();
    }

    @Test
    void a_file_with_errors_imports_nothing_and_lists_each_error() throws InterruptedException {
        openAs("secretaire", Role.SECRETARY);
        UI.getCurrent().navigate(ImportView.class);
        upload("demandes.csv", "numero_unique;date_depot\n123;31/02/2024\n");

        String outcome = awaitOutcome();
        assertThat(outcome).startsWith("Rien n’a été importé : 5 erreur(s) sur 1 ligne(s) du fichier « demandes.csv »");
        Grid<?> grid = _get(Grid.class, spec -> spec.withId("import-report"));
        assertThat(grid.isVisible()).isTrue();
        assertThat(_size(grid)).isEqualTo(5);
        assertThat(_getFormattedRow(grid, 0)).containsExactly("1", "communes",
                "Colonne obligatoire « communes » absente de l’en-tête.");
    }

    @Test
    void a_committee_member_neither_sees_nor_opens_the_import_screen() {
        openAs("membre", Role.COMMITTEE_MEMBER);
        assertThat(_find(SideNavItem.class).stream().map(SideNavItem::getLabel)).doesNotContain("Import CSV");
        UI.getCurrent().navigate(ImportView.class);
        assertThat(_find(ImportView.class)).isEmpty();
    }

    @Test
    void a_secretary_finds_the_import_in_the_housing_section() {
        openAs("secretaire", Role.SECRETARY);
        assertThat(_find(SideNavItem.class).stream().map(SideNavItem::getLabel)).contains("Import CSV");
    }

    private static void upload(String fileName, String csv) {
        UploadKt._upload(_get(Upload.class, spec -> spec.withId("import-upload")), fileName, "text/csv",
                csv.getBytes(StandardCharsets.UTF_8));
        MockVaadin.runUIQueue();
    }

    /** Runs the UI tasks pushed by the import thread until the outcome is shown. */
    private static String awaitOutcome() throws InterruptedException {
        Div outcome = _get(Div.class, spec -> spec.withId("import-outcome"));
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (outcome.getText().isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(20);
            MockVaadin.runUIQueue();
        }
        return outcome.getText();
    }
}
