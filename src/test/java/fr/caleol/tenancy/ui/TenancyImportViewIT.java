package fr.caleol.tenancy.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import fr.caleol.security.domain.Role;
import fr.caleol.support.KaribuTest;
import fr.caleol.tenancy.service.TenancyImportReport;
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
    void a_volunteer_cannot_open_the_import() {
        openAs("benevole", Role.VOLUNTEER);
        UI.getCurrent().navigate(TenancyImportView.class);
        assertThat(_find(TenancyImportView.class)).isEmpty();
    }
}
