package fr.caleol.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import fr.caleol.committee.domain.CastingVoteHolder;
import fr.caleol.committee.service.LivePresence;
import fr.caleol.security.domain.Role;
import fr.caleol.support.CommitteeFixtures;
import fr.caleol.support.CommitteeFixtures.LiveSitting;
import fr.caleol.support.E2EBrowser;
import fr.caleol.support.IntegrationTest;
import fr.caleol.support.TestUsers;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Four real browsers in one live sitting: presence, the vote and the decision travel by server push. */
@IntegrationTest
class LiveSittingE2EIT {

    private static final LocatorAssertions.IsVisibleOptions SLOW = new LocatorAssertions.IsVisibleOptions()
            .setTimeout(30_000);
    private static final LocatorAssertions.ContainsTextOptions SLOW_TEXT = new LocatorAssertions.ContainsTextOptions()
            .setTimeout(30_000);

    private static E2EBrowser chromium;

    @LocalServerPort int port;
    @Autowired CommitteeFixtures fixtures;
    @Autowired LivePresence presence;

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
    void president_members_and_secretary_see_presence_votes_and_the_decision_live() {
        LiveSitting s = fixtures.convenedSitting(4, CastingVoteHolder.MAYOR_OF_COMMUNE);
        // The mayor and the prefect's representative follow from elsewhere: present, not in a browser here.
        for (String remote : List.of(s.mayor(), s.prefect())) {
            TestUsers.actAs(remote, Role.COMMITTEE_MEMBER);
            presence.join(s.sittingId());
        }
        TestUsers.anonymous();

        Map<String, Page> pages = new LinkedHashMap<>();
        List<BrowserContext> contexts = new ArrayList<>();
        try {
            for (String user : List.of(s.president(), s.boardMembers().get(0), s.boardMembers().get(1), s.secretary())) {
                BrowserContext context = chromium.browser().newContext();
                contexts.add(context);
                Page page = context.newPage();
                E2EBrowser.logIn(page, "http://localhost:" + port + "/", user, CommitteeFixtures.PASSWORD);
                assertThat(page.locator("#home")).isVisible(SLOW);
                page.navigate("http://localhost:" + port + "/seances/" + s.sittingId() + "/direct");
                assertThat(page.locator("#presence-list")).isVisible(SLOW);
                pages.put(user, page);
            }
            // Everyone sees everyone present.
            for (Page page : pages.values()) {
                for (String user : pages.keySet()) {
                    assertThat(page.locator("#presence-list li[data-username='" + user + "'][data-present='true']"))
                            .isVisible(SLOW);
                }
            }
            Page president = pages.get(s.president());
            president.locator("#start-sitting").click();
            for (Page page : pages.values()) {
                assertThat(page.locator("#sitting-state")).containsText("En cours", SLOW_TEXT);
            }
            president.locator("#open-vote").click();
            president.locator("#proposal-open-vote").click();
            for (Page page : pages.values()) {
                assertThat(page.locator("#vote-open")).isVisible(SLOW);
                assertThat(page.locator("#vote-progress")).containsText("0 vote(s)", SLOW_TEXT);
            }
            pages.get(s.boardMembers().get(0)).locator("#ballot-for").click();
            for (Page page : pages.values()) {
                assertThat(page.locator("#vote-progress")).containsText("1 vote(s)", SLOW_TEXT);
            }
            pages.get(s.boardMembers().get(1)).locator("#ballot-for").click();
            president.locator("#ballot-for").click();
            for (Page page : pages.values()) {
                assertThat(page.locator("#vote-progress")).containsText("3 vote(s)", SLOW_TEXT);
            }
            president.locator("#close-vote").click();
            president.locator("vaadin-confirm-dialog-overlay [slot='confirm-button'], vaadin-confirm-dialog [slot='confirm-button']")
                    .first().click();
            for (Page page : pages.values()) {
                assertThat(page.locator("#outcome-1")).containsText("proposition adoptée", SLOW_TEXT);
                assertThat(page.locator("#tally-1")).containsText("Pour : 3", SLOW_TEXT);
            }
        } finally {
            contexts.forEach(BrowserContext::close);
        }
    }
}
