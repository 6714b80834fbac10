package fr.caleol.socialcell.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._get;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.TextArea;
import fr.caleol.security.domain.Role;
import fr.caleol.socialcell.domain.ContactKind;
import fr.caleol.socialcell.service.ArrearsCaseService;
import fr.caleol.socialcell.service.CaseSummary;
import fr.caleol.socialcell.service.TodoItem;
import fr.caleol.support.IntegrationTest;
import fr.caleol.support.KaribuTest;
import fr.caleol.support.OutreachFixtures;
import fr.caleol.support.TestUsers;
import fr.caleol.tenancy.domain.Movement;
import fr.caleol.tenancy.domain.PaymentMeans;
import fr.caleol.tenancy.service.RentLedgerService;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

@IntegrationTest
class SocialCellViewsIT extends KaribuTest {

    static final BigDecimal RENT = new BigDecimal("480.00");

    @Autowired ArrearsCaseService cases;
    @Autowired RentLedgerService ledger;
    @Autowired OutreachFixtures fixtures;
    @Autowired JdbcTemplate jdbc;

    String adviser;
    long caseId;

    @BeforeEach
    void anEscalatedCaseAssignedToAFreshAdviser() {
        LocalDate day = OutreachFixtures.uniqueDay().withDayOfMonth(5);
        long tenant = fixtures.household(day, "Vue", day.minusYears(40)).getFirst();
        long lease = jdbc.queryForObject("SELECT l.id FROM lease l JOIN tenant t ON t.household_id = l.household_id "
                + "WHERE t.id = ?", Long.class, tenant);
        TestUsers.actAs("chef", Role.ADMIN);
        for (int m = 0; m < 13; m++) {
            ledger.record(lease, Movement.rentCall(day.plusMonths(m), RENT), null, null);
            ledger.record(lease, Movement.payment(day.plusMonths(m), RENT, PaymentMeans.CHEQUE), null, null);
        }
        ledger.record(lease, Movement.rentCall(day.plusMonths(13), RENT), null, null);
        ledger.record(lease, Movement.rentCall(day.plusMonths(14), RENT), null, null);
        cases.detect(day.plusMonths(14).plusDays(10));
        caseId = jdbc.queryForObject("SELECT id FROM arrears_case WHERE lease_id = ?", Long.class, lease);
        adviser = TestUsers.unique("cons");
        cases.assign(caseId, adviser);
    }

    @Test
    void theAdviserSeesTheirCaseItsDeadlinesAndLogsAContact() {
        openAs(adviser, Role.SOCIAL_ADVISER);
        UI.getCurrent().navigate(CaseloadView.class);
        @SuppressWarnings("unchecked")
        Grid<CaseSummary> grid = _get(Grid.class, spec -> spec.withId("socialcell-cases"));
        assertThat(_size(grid)).isEqualTo(1);
        @SuppressWarnings("unchecked")
        Grid<TodoItem> todo = _get(Grid.class, spec -> spec.withId("socialcell-todo"));
        assertThat(_size(todo)).isEqualTo(2);
        assertThat(_get(todo, 0).due()).isBefore(_get(todo, 1).due());

        CaseloadView view = _get(CaseloadView.class);
        view.select(caseId);
        assertThat(_get(UnorderedList.class, spec -> spec.withId("socialcell-deadlines")).getElement()
                .getChildCount()).isEqualTo(2);
        _get(TextArea.class).setValue("Message laissé");
        _click(_get(Button.class, spec -> spec.withId("socialcell-log-contact")));
        assertThat(_get(UnorderedList.class, spec -> spec.withId("socialcell-contacts")).getElement()
                .getChildCount()).isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT kind FROM arrears_contact WHERE case_id = ?", String.class, caseId))
                .isEqualTo(ContactKind.OUTGOING_CALL.name());
    }

    @Test
    void theTeamLeadSeesAllCasesAndTheDashboard() {
        openAs("chef", Role.ADMIN);
        UI.getCurrent().navigate(CaseloadView.class);
        @SuppressWarnings("unchecked")
        Grid<CaseSummary> grid = _get(Grid.class, spec -> spec.withId("socialcell-cases"));
        assertThat(_size(grid)).isGreaterThanOrEqualTo(1);
        UI.getCurrent().navigate(TeamDashboardView.class);
        assertThat(_size(_get(Grid.class, spec -> spec.withId("socialcell-by-status")))).isGreaterThanOrEqualTo(1);
    }

    @Test
    void aVolunteerCannotOpenTheCaseload() {
        openAs("benevole", Role.VOLUNTEER);
        UI.getCurrent().navigate(CaseloadView.class);
        assertThat(UI.getCurrent().getChildren().anyMatch(c -> c instanceof CaseloadView)).isFalse();
    }
}
