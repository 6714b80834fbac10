package fr.caleol.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import fr.caleol.committee.domain.CastingVoteHolder;
import fr.caleol.support.CommitteeFixtures;
import fr.caleol.support.CommitteeFixtures.LiveSitting;
import fr.caleol.support.E2EBrowser;
import fr.caleol.support.IntegrationTest;
import fr.caleol.support.LiveSittingPages;
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
        fixtures.joinedElsewhere(s, s.mayor(), s.prefect());

        Map<String, Page> pages = new LinkedHashMap<>();
        List<BrowserContext> contexts = new ArrayList<>();
        try {
            for (String user : List.of(s.president(), s.boardMembers().get(0), s.boardMembers().get(1), s.secretary())) {
                BrowserContext context = chromium.browser().newContext();
                contexts.add(context);
                Page page = context.newPage();
                E2EBrowser.logIn(page, "http://localhost:" + port + "/", user, CommitteeFixtures.PASSWORD);
                assertThat(page.locator("#home")).isVisible(SLOW);
                LiveSittingPages.open(page, "http://localhost:" + port + "/", s.sittingId());
                pages.put(user, page);
            }
            // Everyone sees everyone present.
            for (Page page : pages.values()) {
                for (String user : pages.keySet()) {
                    LiveSittingPages.seesPresent(page, user, true);
                }
            }
            Page president = pages.get(s.president());
            LiveSittingPages.start(president, pages.values());
            LiveSittingPages.openVote(president, pages.values());
            pages.get(s.boardMembers().get(0)).locator("#ballot-for").click();
            LiveSittingPages.seeVotes(pages.values(), 1);
            pages.get(s.boardMembers().get(1)).locator("#ballot-for").click();
            president.locator("#ballot-for").click();
            LiveSittingPages.seeVotes(pages.values(), 3);
            LiveSittingPages.closeVote(president);
            LiveSittingPages.seeAdopted(pages.values(), 3);
        } finally {
            contexts.forEach(BrowserContext::close);
        }
    }
}
