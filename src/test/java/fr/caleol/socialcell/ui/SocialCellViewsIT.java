package fr.caleol.socialcell.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._clickItem;
import static com.github.mvysny.kaributesting.v10.GridKt._fetch;
import static com.github.mvysny.kaributesting.v10.GridKt._get;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import fr.caleol.security.domain.Role;
import fr.caleol.socialcell.domain.FiguresPeriod;
import fr.caleol.socialcell.service.ArrearsCaseService;
import fr.caleol.socialcell.service.CaseSummary;
import fr.caleol.socialcell.service.TeamFigures;
import fr.caleol.socialcell.service.TodoItem;
import fr.caleol.support.ArrearsFixtures;
import fr.caleol.support.IntegrationTest;
import fr.caleol.support.KaribuTest;
import fr.caleol.support.OutreachFixtures;
import fr.caleol.support.TestUsers;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

@IntegrationTest
class SocialCellViewsIT extends KaribuTest {

    static final BigDecimal RENT = ArrearsFixtures.RENT;

    @Autowired ArrearsCaseService cases;
    @Autowired ArrearsFixtures arrears;
    @Autowired OutreachFixtures fixtures;
    @Autowired JdbcTemplate jdbc;

    String name;
    String adviser;
    long caseId;
    LocalDate day;

    @BeforeEach
    void anEscalatedCaseAssignedToAFreshAdviser() {
        name = "Vue" + UUID.randomUUID().toString().substring(0, 8);
        ArrearsFixtures.ArrearsCase c = arrears.assignedCase(name, 13, 2);
        day = c.firstUnpaid().minusMonths(13);
        caseId = c.caseId();
        adviser = c.adviser();
    }

    /** A click opens the case's own screen (CaseView, route cellule-sociale/dossiers/:caseId). */
    static void assertOpensCase(Runnable click, long caseId) {
        click.run();
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath())
                .isEqualTo("cellule-sociale/dossiers/" + caseId);
        assertThat(_find(CaseView.class)).hasSize(1);
    }

    @SuppressWarnings("unchecked")
    @Test
    void the_adviser_sees_their_deadlines_by_date_and_their_case_and_a_click_opens_the_case() {
        openAs(adviser, Role.SOCIAL_ADVISER);
        UI.getCurrent().navigate(CaseloadView.class);
        Grid<CaseSummary> grid = _get(Grid.class, spec -> spec.withId("socialcell-cases"));
        assertThat(_size(grid)).isEqualTo(1);
        Grid<TodoItem> todo = _get(Grid.class, spec -> spec.withId("socialcell-todo"));
        assertThat(_size(todo)).isEqualTo(2);
        assertThat(_get(todo, 0).due()).isBefore(_get(todo, 1).due());
        assertThat(_find(Button.class, spec -> spec.withId("socialcell-log-contact"))).as("no inline detail")
                .isEmpty();

        assertOpensCase(() -> _clickItem(todo, 0, todo.getColumns().getFirst(), 1, false, false, false, false),
                caseId);
        UI.getCurrent().navigate(CaseloadView.class);
        Grid<CaseSummary> again = _get(Grid.class, spec -> spec.withId("socialcell-cases"));
        assertOpensCase(() -> _clickItem(again, 0, again.getColumns().getFirst(), 1, false, false, false, false),
                caseId);
    }

    @SuppressWarnings("unchecked")
    @Test
    void the_lead_filters_the_caseload_and_assigns_two_cases_to_an_adviser() {
        String conseillere = TestUsers.unique("conseillere");
        jdbc.update("INSERT INTO app_user (username, display_name, password_hash) VALUES (?, ?, '{noop}x')",
                conseillere, "Zélie " + conseillere);
        jdbc.update("INSERT INTO app_user_role (user_id, role) SELECT id, 'SOCIAL_ADVISER' FROM app_user "
                + "WHERE username = ?", conseillere);
        long tenant = fixtures.household(day, name, day.minusYears(30)).getFirst();
        long lease = jdbc.queryForObject("SELECT l.id FROM lease l JOIN tenant t ON t.household_id = l.household_id "
                + "WHERE t.id = ?", Long.class, tenant);
        jdbc.update("INSERT INTO arrears_case (lease_id, opened_on, debt_at_opening, status) VALUES (?, ?, 480, 'NEW')",
                lease, day.plusMonths(20));
        long second = jdbc.queryForObject("SELECT id FROM arrears_case WHERE lease_id = ?", Long.class, lease);

        openAs("responsable", Role.SOCIAL_CELL_LEAD);
        UI.getCurrent().navigate(CaseloadView.class);
        Grid<CaseSummary> grid = _get(Grid.class, spec -> spec.withId("socialcell-cases"));
        assertThat(_size(grid)).isGreaterThanOrEqualTo(2);
        _get(TextField.class, spec -> spec.withId("socialcell-filter-text")).setValue(name);
        assertThat(_size(grid)).isEqualTo(2);
        assertThat(_fetch(grid, 0, 10)).extracting(CaseSummary::id).containsExactly(caseId, second);

        Select<CaseloadView.AdviserChoice> adviserFilter = _get(Select.class,
                spec -> spec.withId("socialcell-filter-adviser"));
        adviserFilter.setValue(adviserFilter.getListDataView().getItems().filter(CaseloadView.AdviserChoice::unassigned)
                .findFirst().orElseThrow());
        assertThat(_fetch(grid, 0, 10)).extracting(CaseSummary::id).containsExactly(second);
        adviserFilter.clear();

        grid.select(_get(grid, 0));
        grid.select(_get(grid, 1));
        Select<TeamFigures.Adviser> assignee = _get(Select.class, spec -> spec.withId("socialcell-assignee"));
        assignee.setValue(assignee.getListDataView().getItems().filter(a -> a.username().equals(conseillere))
                .findFirst().orElseThrow());
        _click(_get(Button.class, spec -> spec.withId("socialcell-assign")));
        assertThat(jdbc.queryForList("SELECT adviser FROM arrears_case WHERE id IN (?, ?)", String.class, caseId,
                second)).containsOnly(conseillere);
        assertThat(_fetch(grid, 0, 10)).extracting(CaseSummary::adviser).containsOnly(conseillere);
        Grid<TeamFigures.AdviserLoad> load = _get(Grid.class, spec -> spec.withId("socialcell-load"));
        assertThat(_fetch(load, 0, 1000)).filteredOn(l -> conseillere.equals(l.adviser()))
                .singleElement().extracting(TeamFigures.AdviserLoad::openCases).isEqualTo(2);
    }

    @SuppressWarnings("unchecked")
    @Test
    void the_leads_caseload_refreshes_live_when_a_case_is_assigned_elsewhere() {
        openAs("responsable", Role.SOCIAL_CELL_LEAD);
        UI.getCurrent().navigate(CaseloadView.class);
        Grid<CaseSummary> grid = _get(Grid.class, spec -> spec.withId("socialcell-cases"));
        _get(TextField.class, spec -> spec.withId("socialcell-filter-text")).setValue(name);
        assertThat(_get(grid, 0).adviser()).isEqualTo(adviser);
        String other = arrears.newAdviser("cons");
        Thread elsewhere = new Thread(() -> {
            TestUsers.actAs("chef", Role.ADMIN);
            cases.assign(caseId, other);
        });
        elsewhere.start();
        Grid<TeamFigures.AdviserLoad> load = _get(Grid.class, spec -> spec.withId("socialcell-load"));
        // the load per adviser is a list read at each refresh: it shows the new adviser only once the view refreshed
        awaitUi(() -> _fetch(load, 0, 1000).stream().anyMatch(l -> other.equals(l.adviser())));
        assertThat(_fetch(load, 0, 1000)).filteredOn(l -> other.equals(l.adviser())).singleElement()
                .extracting(TeamFigures.AdviserLoad::openCases).isEqualTo(1);
        assertThat(_get(grid, 0).adviser()).isEqualTo(other);
    }

    @SuppressWarnings("unchecked")
    @Test
    void the_dashboard_draws_its_charts_with_their_tables_and_offers_the_csv_exports() {
        openAs("responsable", Role.SOCIAL_CELL_LEAD);
        UI.getCurrent().navigate(TeamDashboardView.class);
        assertThat(_find(Html.class)).anySatisfy(html -> assertThat(html.getInnerHtml()).contains("role=\"img\"")
                .contains("<title id=\"chart-unpaid-title\">").contains("<desc id=\"chart-unpaid-desc\">"));
        assertThat(_find(Html.class)).anySatisfy(html -> assertThat(html.getInnerHtml())
                .contains("<title id=\"chart-status-title\">"));
        assertThat(_find(Html.class)).anySatisfy(html -> assertThat(html.getInnerHtml())
                .contains("<title id=\"chart-counters-title\">"));
        assertThat(_size(_get(Grid.class, spec -> spec.withId("table-unpaid")))).isEqualTo(24);
        assertThat(_size(_get(Grid.class, spec -> spec.withId("socialcell-by-status")))).isEqualTo(6);
        _get(Grid.class, spec -> spec.withId("socialcell-by-adviser"));
        _get(Grid.class, spec -> spec.withId("socialcell-week-deadlines"));
        for (String id : new String[] {"export-unpaid", "export-counters"}) {
            Anchor csv = _get(Anchor.class, spec -> spec.withId(id));
            assertThat(csv.getHref()).isNotBlank();
            assertThat(csv.getElement().hasAttribute("download")).isTrue();
        }

        Select<FiguresPeriod> period = _get(Select.class, spec -> spec.withId("socialcell-period"));
        period.setValue(FiguresPeriod.SINCE_CRISIS);
        assertThat(_get(Anchor.class, spec -> spec.withId("export-counters")).getHref()).isNotBlank();
        period.setValue(FiguresPeriod.CUSTOM);
        _get(com.vaadin.flow.component.datepicker.DatePicker.class, spec -> spec.withId("socialcell-period-from"))
                .setValue(day);
        _get(com.vaadin.flow.component.datepicker.DatePicker.class, spec -> spec.withId("socialcell-period-to"))
                .setValue(day.plusMonths(15));
        assertThat(_get(com.vaadin.flow.component.html.Paragraph.class, spec -> spec.withId("socialcell-team-totals"))
                .getText()).isNotBlank();
    }

    @Test
    void a_volunteer_cannot_open_the_caseload_nor_an_adviser_the_dashboard() {
        openAs("benevole", Role.VOLUNTEER);
        UI.getCurrent().navigate(CaseloadView.class);
        assertThat(UI.getCurrent().getChildren().anyMatch(c -> c instanceof CaseloadView)).isFalse();
        openAs(adviser, Role.SOCIAL_ADVISER);
        UI.getCurrent().navigate(TeamDashboardView.class);
        assertThat(UI.getCurrent().getChildren().anyMatch(c -> c instanceof TeamDashboardView)).isFalse();
    }
}
