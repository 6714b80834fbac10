package fr.caleol.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import fr.caleol.committee.domain.CastingVoteHolder;
import fr.caleol.demo.DemoAccounts;
import fr.caleol.support.Axe;
import fr.caleol.support.CommitteeFixtures;
import fr.caleol.support.CommitteeFixtures.LiveSitting;
import fr.caleol.support.E2EBrowser;
import fr.caleol.support.IntegrationTest;
import fr.caleol.support.MinutesFixtures;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * RGAA 4.1 / WCAG 2.1 AA, checked by axe-core in a real browser: no violation on each role's home page, the live
 * sitting during a vote (for the president and a member) and the minutes screen.
 */
@IntegrationTest
class AccessibilityE2EIT {

    private static final LocatorAssertions.IsVisibleOptions SLOW = new LocatorAssertions.IsVisibleOptions()
            .setTimeout(30_000);

    private static E2EBrowser chromium;

    @LocalServerPort int port;
    @Autowired CommitteeFixtures fixtures;
    @Autowired MinutesFixtures minutesFixtures;

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

    private String base() {
        return "http://localhost:" + port + "/";
    }

    private Page loggedIn(BrowserContext context, String username, String password) {
        Page page = context.newPage();
        E2EBrowser.logIn(page, base(), username, password);
        assertThat(page.locator("#home")).isVisible(SLOW);
        return page;
    }

    @ParameterizedTest(name = "the home page of {0}")
    @ValueSource(strings = {"admin", "secretaire", "membre", "coordinatrice", "benevole", "conseiller",
            "responsable-cellule"})
    void each_roles_home_page_has_no_violation(String username) {
        try (BrowserContext context = chromium.browser().newContext()) {
            Page page = loggedIn(context, username, DemoAccounts.PASSWORD);
            assertThat(Axe.violations(page)).as("axe-core on the home page of " + username).isEmpty();
        }
    }

    @Test
    void the_live_sitting_during_a_vote_has_no_violation_for_the_president_nor_a_member() {
        LiveSitting s = fixtures.convenedSitting(4, CastingVoteHolder.MAYOR_OF_COMMUNE);
        minutesFixtures.openVote(s);
        for (String user : List.of(s.president(), s.boardMembers().getFirst())) {
            try (BrowserContext context = chromium.browser().newContext()) {
                Page page = loggedIn(context, user, CommitteeFixtures.PASSWORD);
                page.navigate(base() + "seances/" + s.sittingId() + "/direct");
                assertThat(page.locator("#vote-progress")).isVisible(SLOW);
                assertThat(page.locator("#candidates")).isVisible(SLOW);
                assertThat(Axe.violations(page)).as("axe-core on the live sitting for " + user).isEmpty();
            }
        }
    }

    @Test
    void the_minutes_screen_has_no_violation() {
        LiveSitting s = minutesFixtures.closedSitting(1, MinutesFixtures::ranked);
        try (BrowserContext context = chromium.browser().newContext()) {
            Page page = loggedIn(context, s.secretary(), CommitteeFixtures.PASSWORD);
            page.navigate(base() + "seances/" + s.sittingId() + "/proces-verbal");
            assertThat(page.locator("#minutes-create")).isVisible(SLOW);
            assertThat(Axe.violations(page)).as("axe-core on the minutes screen").isEmpty();
            page.locator("#minutes-create").click();
            assertThat(page.locator("#minutes-state")).isVisible(SLOW);
            assertThat(Axe.violations(page)).as("axe-core on the minutes draft").isEmpty();
        }
    }
}
