package fr.caleol.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import fr.caleol.committee.domain.CastingVoteHolder;
import fr.caleol.support.CommitteeFixtures;
import fr.caleol.support.CommitteeFixtures.LiveSitting;
import fr.caleol.support.E2EBrowser;
import fr.caleol.support.IntegrationTest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A whole live sitting run by keyboard only (Tab, Enter, Space; no mouse click), from the login form to the outcome:
 * every control is reachable and usable, the outcome is announced in the live region, and a push never moves the
 * focus nor the text being typed.
 */
@IntegrationTest
class LiveSittingKeyboardE2EIT {

    private static final LocatorAssertions.ContainsTextOptions SLOW = new LocatorAssertions.ContainsTextOptions()
            .setTimeout(30_000);
    private static final LocatorAssertions.IsVisibleOptions SLOW_VISIBLE = new LocatorAssertions.IsVisibleOptions()
            .setTimeout(30_000);
    /** Whether the focused element, looked for through shadow roots, is inside an element matching the selector. */
    private static final String FOCUS_IN = """
            selector => {
              let e = document.activeElement;
              while (e) {
                if (e.closest && e.closest(selector)) return true;
                if (!e.shadowRoot || !e.shadowRoot.activeElement) return false;
                e = e.shadowRoot.activeElement;
              }
              return false;
            }""";

    private static E2EBrowser chromium;

    @LocalServerPort int port;
    @Autowired CommitteeFixtures fixtures;

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
    void the_president_and_two_members_hold_a_vote_with_the_keyboard_alone() {
        LiveSitting s = fixtures.convenedSitting(2, CastingVoteHolder.MAYOR_OF_COMMUNE);
        // The mayor and the prefect's representative follow from elsewhere: present, not in a browser here.
        fixtures.joinedElsewhere(s, s.mayor(), s.prefect());
        Map<String, Page> pages = new LinkedHashMap<>();
        List<BrowserContext> contexts = new ArrayList<>();
        try {
            for (String user : List.of(s.president(), s.boardMembers().get(0), s.boardMembers().get(1))) {
                BrowserContext context = chromium.browser().newContext();
                contexts.add(context);
                Page page = context.newPage();
                logInByKeyboard(page, user);
                tabTo(page, "#my-sittings a");
                page.keyboard().press("Enter");
                assertThat(page.locator("#presence-list")).isVisible(SLOW_VISIBLE);
                pages.put(user, page);
            }
            Page president = pages.get(s.president());
            Page first = pages.get(s.boardMembers().get(0));
            Page second = pages.get(s.boardMembers().get(1));

            tabTo(president, "#start-sitting");
            president.keyboard().press("Enter");
            for (Page page : pages.values()) {
                assertThat(page.locator("#sitting-state")).containsText("En cours", SLOW);
            }
            tabTo(president, "#open-vote");
            president.keyboard().press("Enter");
            tabTo(president, "#proposal-open-vote");
            president.keyboard().press("Enter");
            for (Page page : pages.values()) {
                assertThat(page.locator("#vote-progress")).containsText("0 vote(s)", SLOW);
            }

            // The second member is typing a message when the ballots arrive.
            tabTo(second, "#message-input");
            second.keyboard().type("Je voterai après lecture");

            tabTo(first, "#ballot-for");
            first.keyboard().press("Space");
            assertThat(first.locator("#my-ballot")).containsText("Pour", SLOW);
            tabTo(president, "#ballot-for");
            president.keyboard().press("Enter");
            assertThat(second.locator("#vote-progress")).containsText("2 vote(s)", SLOW);
            assertThat(focusIn(second, "#message-input")).as("the focus stays in the message being typed").isTrue();
            assertThat(second.locator("#message-input input").inputValue()).isEqualTo("Je voterai après lecture");

            tabTo(second, "#ballot-for");
            second.keyboard().press("Space");
            for (Page page : pages.values()) {
                assertThat(page.locator("#vote-progress")).containsText("3 vote(s)", SLOW);
            }
            tabTo(president, "#close-vote");
            president.keyboard().press("Enter");
            tabTo(president, "vaadin-confirm-dialog [slot='confirm-button'], [slot='confirm-button']");
            president.keyboard().press("Enter");
            for (Page page : pages.values()) {
                assertThat(page.locator("#outcome-1")).containsText("proposition adoptée", SLOW);
                assertThat(page.locator("#tally-1")).containsText("Pour : 3", SLOW);
                assertThat(page.locator("#live-announcer")).containsText("Vote n° 1 : proposition adoptée", SLOW);
            }
        } finally {
            contexts.forEach(BrowserContext::close);
        }
    }

    private void logInByKeyboard(Page page, String username) {
        page.navigate("http://localhost:" + port + "/login");
        assertThat(page.locator("vaadin-login-form input[name=username]")).isVisible(SLOW_VISIBLE);
        tabTo(page, "input[name=username]");
        page.keyboard().type(username);
        page.keyboard().press("Tab");
        page.keyboard().type(CommitteeFixtures.PASSWORD);
        page.keyboard().press("Enter");
        assertThat(page.locator("#home")).isVisible(SLOW_VISIBLE);
    }

    /** Presses Tab until the focus is in an element matching the selector. */
    private static void tabTo(Page page, String selector) {
        for (int presses = 0; presses < 120; presses++) {
            if (focusIn(page, selector)) {
                return;
            }
            page.keyboard().press("Tab");
        }
        fail("Tab never reached " + selector);
    }

    private static boolean focusIn(Page page, String selector) {
        return Boolean.TRUE.equals(page.evaluate(FOCUS_IN, selector));
    }
}
