package fr.caleol.committee.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import fr.caleol.committee.domain.Committee;
import fr.caleol.committee.domain.FirstQuartileThreshold;
import fr.caleol.security.domain.Role;
import fr.caleol.support.ActivityFixtures;
import fr.caleol.support.KaribuTest;
import fr.caleol.support.TestUsers;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The dashboard on screen: each section drawn as an SVG chart with its text alternative and its table. */
class ActivityDashboardViewIT extends KaribuTest {

    @Autowired JdbcTemplate jdbc;
    @Autowired ActivityFixtures fixtures;

    private static String text(com.vaadin.flow.component.Component c) {
        return c.getElement().getTextRecursively().replace('\u202f', ' ').replace('\u00a0', ' ');
    }

    @SuppressWarnings("unchecked")
    @Test
    void the_secretary_sees_every_section_as_a_chart_with_its_table_and_can_download_the_csv_and_the_pdf() {
        TestUsers.actAs("secretaire", Role.SECRETARY, Role.ADMIN);
        long committeeId = fixtures.decidedYear();
        openAs("secretaire", Role.SECRETARY);
        UI.getCurrent().navigate(ActivityDashboardView.class);
        _setValue(_get(DatePicker.class, spec -> spec.withId("report-from")), LocalDate.of(2019, 1, 1));
        _setValue(_get(DatePicker.class, spec -> spec.withId("report-to")), LocalDate.of(2019, 12, 31));
        Select<Optional<Committee>> committee = _get(Select.class, spec -> spec.withId("report-committee"));
        committee.setValue(committee.getListDataView().getItems()
                .filter(c -> c.map(Committee::getId).orElse(-1L) == committeeId).findFirst().orElseThrow());
        _click(_get(Button.class, spec -> spec.withId("report-show")));

        for (String section : new String[] {"sittings", "items", "decisions", "communes", "grounds", "delay", "offers",
                "targets"}) {
            assertThat(_find(Div.class, spec -> spec.withId("report-" + section))).as(section).hasSize(1);
        }
        Div decisions = _get(Div.class, spec -> spec.withId("report-decisions"));
        String svg = _get(decisions, Html.class).getInnerHtml();
        assertThat(svg).contains("role=\"img\"").contains("<title id=\"chart-decisions-title\">Décisions par type")
                .contains("Attribution par ordre de priorité");
        assertThat(text(_get(decisions, NativeTable.class))).contains("Non-attribution");
        assertThat(text(_get(Div.class, spec -> spec.withId("report-sittings"))))
                .contains("2 séances closes sur la période");
        assertThat(text(_get(Div.class, spec -> spec.withId("report-targets"))))
                .contains("Demandeurs du premier quartile, hors QPV").contains("Ménages prioritaires ou DALO");
        assertThat(_get(Anchor.class, spec -> spec.withId("report-csv")).getHref()).isNotBlank();
        assertThat(_get(Anchor.class, spec -> spec.withId("report-pdf")).getHref()).isNotBlank();
        assertThat(_find(Button.class, spec -> spec.withId("threshold-save"))).as("the secretary only reads the "
                + "thresholds").isEmpty();
    }

    @Test
    void a_period_ending_before_it_starts_is_explained_on_the_field() {
        openAs("secretaire", Role.SECRETARY);
        UI.getCurrent().navigate(ActivityDashboardView.class);
        _setValue(_get(DatePicker.class, spec -> spec.withId("report-from")), LocalDate.of(2026, 6, 1));
        _setValue(_get(DatePicker.class, spec -> spec.withId("report-to")), LocalDate.of(2026, 5, 1));
        _click(_get(Button.class, spec -> spec.withId("report-show")));

        DatePicker to = _get(DatePicker.class, spec -> spec.withId("report-to"));
        assertThat(to.isInvalid()).isTrue();
        assertThat(to.getErrorMessage()).contains("date de fin postérieure");
        assertThat(_find(Anchor.class, spec -> spec.withId("report-pdf"))).isEmpty();
    }

    @SuppressWarnings("unchecked")
    @Test
    void the_administrator_enters_a_years_first_quartile_threshold_with_its_source() {
        int year = 2090 + (int) (System.nanoTime() % 10);
        jdbc.update("DELETE FROM first_quartile_threshold WHERE year = ?", year);
        openAs("admin", Role.ADMIN);
        UI.getCurrent().navigate(ActivityDashboardView.class);
        _setValue(_get(IntegerField.class, spec -> spec.withId("threshold-year")), year);
        _setValue(_get(BigDecimalField.class, spec -> spec.withId("threshold-amount")), new BigDecimal("10450.00"));
        _setValue(_get(TextField.class, spec -> spec.withId("threshold-source")), "Arrêté préfectoral du 3 mars");
        _click(_get(Button.class, spec -> spec.withId("threshold-save")));

        Grid<FirstQuartileThreshold> grid = _get(Grid.class, spec -> spec.withId("thresholds-grid"));
        assertThat(grid.getListDataView().getItems().filter(t -> t.getYear() == year))
                .singleElement().satisfies(t -> {
                    assertThat(t.getAnnualPerUnit()).isEqualByComparingTo("10450");
                    assertThat(t.getSource()).isEqualTo("Arrêté préfectoral du 3 mars");
                    assertThat(t.getEnteredBy()).isEqualTo("admin");
                });
    }

    @Test
    void a_committee_member_cannot_open_the_dashboard() {
        openAs("membre", Role.COMMITTEE_MEMBER);
        UI.getCurrent().navigate(ActivityDashboardView.class);
        assertThat(_find(ActivityDashboardView.class)).isEmpty();
    }
}
