package fr.caleol.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import fr.caleol.demo.DemoAccounts;
import fr.caleol.outreach.domain.CampaignStatus;
import fr.caleol.outreach.service.CampaignForm;
import fr.caleol.outreach.service.OutreachService;
import fr.caleol.security.domain.Role;
import fr.caleol.support.E2EBrowser;
import fr.caleol.support.IntegrationTest;
import fr.caleol.support.OutreachFixtures;
import fr.caleol.support.TestUsers;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A volunteer flags a call as urgent; the coordinator's dashboard, already open, shows it without reloading. */
@IntegrationTest
class OutreachE2EIT {

    private static final LocatorAssertions.IsVisibleOptions SLOW = new LocatorAssertions.IsVisibleOptions()
            .setTimeout(30_000);
    private static final LocatorAssertions.ContainsTextOptions SLOW_TEXT =
            new LocatorAssertions.ContainsTextOptions().setTimeout(30_000);

    private static E2EBrowser chromium;

    @LocalServerPort int port;
    @Autowired OutreachService outreach;
    @Autowired fr.caleol.outreach.service.VolunteerService volunteerService;
    @Autowired OutreachFixtures fixtures;

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
    void an_urgent_call_appears_on_the_coordinators_open_dashboard_without_reloading() {
        LocalDate day = OutreachFixtures.uniqueDay();
        String name = "Aaurgent" + Long.toString(System.nanoTime() % 100_000, 36);
        long tenant = fixtures.household(day, name, day.minusYears(88)).getFirst();
        TestUsers.actAs("coordinatrice", Role.OUTREACH_COORDINATOR);
        long campaign = outreach.createCampaign(new CampaignForm("E2E " + name, day, 8, 70, 75, "Bonjour"));
        volunteerService.enrol(campaign, "benevole4", 20);
        outreach.start(campaign);
        TestUsers.anonymous();
        String base = "http://localhost:" + port + "/";
        try (BrowserContext coordinatorContext = chromium.browser().newContext();
                BrowserContext volunteerContext = chromium.browser().newContext()) {
            Page coordinator = coordinatorContext.newPage();
            E2EBrowser.logIn(coordinator, base, "coordinatrice", DemoAccounts.PASSWORD);
            assertThat(coordinator.locator("#home")).isVisible(SLOW);
            coordinator.navigate(base + "appels/tableau-de-bord");
            assertThat(coordinator.locator("#urgent-alerts")).isVisible(SLOW);
            // pick this test's campaign
            coordinator.locator("#dashboard-campaign").click();
            // the option of the open list, not the select's own value display (which may show the same text)
            coordinator.locator("vaadin-select-item[role='option']:has-text('E2E " + name + "')").click();
            assertThat(coordinator.locator("#urgent-alerts")).containsText("Aucune alerte", SLOW_TEXT);

            Page volunteer = volunteerContext.newPage();
            E2EBrowser.logIn(volunteer, base, "benevole4", DemoAccounts.PASSWORD);
            assertThat(volunteer.locator("#home")).isVisible(SLOW);
            volunteer.navigate(base + "appels/ma-liste");
            volunteer.locator("vaadin-grid-cell-content:has-text('" + name + "')").first().click();
            assertThat(volunteer.locator("#call-outcome")).isVisible(SLOW);
            volunteer.locator("#call-outcome vaadin-radio-button").first().click();
            volunteer.locator("#call-notes textarea").fill("Chute dans l’escalier, seule");
            volunteer.locator("#call-urgent input").check();
            volunteer.locator("#log-call").click();

            assertThat(coordinator.locator("#urgent-alerts")).containsText(name, SLOW_TEXT);
            assertThat(coordinator.locator("#urgent-alerts")).containsText("Chute dans l’escalier", SLOW_TEXT);
        } finally {
            TestUsers.actAs("coordinatrice", Role.OUTREACH_COORDINATOR);
            if (outreach.campaign(campaign).status() == CampaignStatus.RUNNING) {
                outreach.end(campaign);
            }
            TestUsers.anonymous();
        }
    }
}
