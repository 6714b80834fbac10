package fr.caleol.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import fr.caleol.demo.DemoAccounts;
import fr.caleol.security.domain.Role;
import fr.caleol.security.service.UserService;
import fr.caleol.socialcell.service.ArrearsCaseService;
import fr.caleol.socialcell.service.PlanService;
import fr.caleol.support.E2EBrowser;
import fr.caleol.support.IntegrationTest;
import fr.caleol.support.OutreachFixtures;
import fr.caleol.support.TestUsers;
import fr.caleol.tenancy.domain.Movement;
import fr.caleol.tenancy.domain.PaymentMeans;
import fr.caleol.tenancy.service.RentLedgerService;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The adviser's caseload is open with their to-do list; the team lead imports, in another browser, a ledger file in
 * which the tenant pays the current rent but not the plan's instalment: the plan goes into default and the adviser's
 * open to-do list shows "Envoyer la mise en demeure" without reloading.
 */
@IntegrationTest
class SocialCellE2EIT {

    private static final LocatorAssertions.IsVisibleOptions SLOW = new LocatorAssertions.IsVisibleOptions()
            .setTimeout(30_000);
    private static final LocatorAssertions.ContainsTextOptions SLOW_TEXT =
            new LocatorAssertions.ContainsTextOptions().setTimeout(30_000);
    private static final BigDecimal RENT = new BigDecimal("480.00");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final String LEAD = "responsable-cellule";

    private static E2EBrowser chromium;

    @LocalServerPort int port;
    @Autowired OutreachFixtures fixtures;
    @Autowired RentLedgerService ledger;
    @Autowired ArrearsCaseService cases;
    @Autowired PlanService plans;
    @Autowired JdbcTemplate jdbc;
    @Autowired UserService users;

    @BeforeAll
    static void launchBrowser() {
        chromium = E2EBrowser.launch();
    }

    @AfterAll
    static void closeBrowser() {
        if (chromium != null) {
            chromium.close();
        }
    }

    @Test
    void an_imported_ledger_that_leaves_an_instalment_unpaid_shows_the_default_notice_in_the_open_todo_list()
            throws IOException {
        // an adviser of their own, so that their to-do list holds this case only (the demo advisers' lists are long)
        String adviserName = TestUsers.unique("e2e-cons");
        TestUsers.actAs("admin", Role.ADMIN);
        users.create(new UserService.UserForm(adviserName, "Conseillère " + adviserName, null,
                Set.of(Role.SOCIAL_ADVISER)), DemoAccounts.PASSWORD);
        LocalDate day = OutreachFixtures.uniqueDay().withDayOfMonth(5);
        String name = "Aadefaut" + Long.toString(System.nanoTime() % 1_000_000, 36);
        long tenant = fixtures.household(day, name, day.minusYears(45)).getFirst();
        long lease = jdbc.queryForObject("SELECT l.id FROM lease l JOIN tenant t ON t.household_id = l.household_id "
                + "WHERE t.id = ?", Long.class, tenant);
        String leaseRef = jdbc.queryForObject("SELECT reference FROM lease WHERE id = ?", String.class, lease);
        TestUsers.actAs("chef", Role.ADMIN);
        for (int m = 0; m < 13; m++) {
            ledger.record(lease, Movement.rentCall(day.plusMonths(m), RENT), null, "Loyer");
            ledger.record(lease, Movement.payment(day.plusMonths(m), RENT, PaymentMeans.DIRECT_DEBIT), null, null);
        }
        LocalDate unpaid = day.plusMonths(13);
        ledger.record(lease, Movement.rentCall(unpaid, RENT), null, "Loyer");
        cases.detect(unpaid.plusDays(10));
        long caseId = jdbc.queryForObject("SELECT id FROM arrears_case WHERE lease_id = ?", Long.class, lease);
        cases.assign(caseId, adviserName);
        LocalDate start = unpaid.plusMonths(1);
        TestUsers.actAs(adviserName, Role.SOCIAL_ADVISER);
        plans.create(caseId, RENT, start, 3, unpaid.plusDays(20));
        TestUsers.anonymous();

        // the tenant pays the current rent only: the first instalment stays unpaid past the tolerance
        Path csv = Files.createTempFile("compte-", ".csv");
        Files.writeString(csv, "bail;type;date;echeance;montant;moyen;reference\n"
                + leaseRef + ";APPEL;" + start.format(DAY) + ";" + start.format(DAY) + ";480,00;;\n"
                + leaseRef + ";PAIEMENT;" + start.format(DAY) + ";;480,00;TRANSFER;VIR-" + name + "\n",
                StandardCharsets.UTF_8);
        String base = "http://localhost:" + port + "/";
        try (BrowserContext adviserContext = chromium.browser().newContext();
                BrowserContext leadContext = chromium.browser().newContext()) {
            Page adviser = adviserContext.newPage();
            E2EBrowser.logIn(adviser, base, adviserName, DemoAccounts.PASSWORD);
            assertThat(adviser.locator("#home")).isVisible(SLOW);
            adviser.navigate(base + "cellule-sociale/dossiers");
            assertThat(adviser.locator("#socialcell-todo")).isVisible(SLOW);
            assertThat(adviser.locator("#socialcell-todo vaadin-grid-cell-content:has-text('" + name + "')"))
                    .hasCount(0);

            Page lead = leadContext.newPage();
            E2EBrowser.logIn(lead, base, LEAD, DemoAccounts.PASSWORD);
            assertThat(lead.locator("#home")).isVisible(SLOW);
            lead.navigate(base + "cellule-sociale/import-comptable");
            assertThat(lead.locator("#ledger-upload")).isVisible(SLOW);
            lead.locator("#ledger-upload input[type=file]").setInputFiles(csv);
            assertThat(lead.locator("#ledger-outcome")).containsText("2 mouvements importés", SLOW_TEXT);
            // the lead follows every case: the live alert reaches the import screen too (one notification, which
            // counts the defaults when the import put other plans of the shared test database in default as well)
            assertThat(lead.locator("vaadin-notification-card.caleol-plan-default").first())
                    .containsText("en défaut", SLOW_TEXT);

            // the adviser's page was not reloaded: the new alarm was pushed (the case owes one month only, so its
            // one to-do item is the default notice)
            assertThat(adviser.locator("#socialcell-todo vaadin-grid-cell-content:has-text('" + name + "')").first())
                    .isVisible(SLOW);
            assertThat(adviser.locator("#socialcell-todo vaadin-grid-cell-content:has-text('Envoyer la mise en demeure')")
                    .first()).isVisible(SLOW);
        } finally {
            Files.deleteIfExists(csv);
        }
    }
}
