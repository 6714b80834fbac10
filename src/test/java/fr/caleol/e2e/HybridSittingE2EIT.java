package fr.caleol.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import fr.caleol.committee.domain.CastingVoteHolder;
import fr.caleol.committee.domain.SittingMode;
import fr.caleol.support.CommitteeFixtures;
import fr.caleol.support.CommitteeFixtures.LiveSitting;
import fr.caleol.support.E2EBrowser;
import fr.caleol.support.IntegrationTest;
import fr.caleol.support.LiveSittingPages;
import java.time.LocalTime;
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
 * A hybrid sitting in real browsers: two members vote online, the secretary records two members arriving in the room
 * and their ballots, and every screen sees the same presence and the same tally.
 */
@IntegrationTest
class HybridSittingE2EIT {

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
    void two_members_vote_online_the_secretary_records_two_in_room_ballots_and_everyone_sees_the_same_tally() {
        // Five voters on the dwelling: the president and a board member online, a board member and the mayor in
        // the room, the prefect's representative absent.
        LiveSitting s = fixtures.convenedSitting(2, CastingVoteHolder.MAYOR_OF_COMMUNE, SittingMode.HYBRID,
                LocalTime.of(14, 0));
        String base = "http://localhost:" + port + "/";
        String inRoomMember = s.boardMembers().get(1);
        Map<String, Page> pages = new LinkedHashMap<>();
        List<BrowserContext> contexts = new ArrayList<>();
        try {
            for (String user : List.of(s.president(), s.boardMembers().get(0), s.secretary())) {
                BrowserContext context = chromium.browser().newContext();
                contexts.add(context);
                Page page = context.newPage();
                E2EBrowser.logIn(page, base, user, CommitteeFixtures.PASSWORD);
                assertThat(page.locator("#home")).isVisible(LiveSittingPages.SLOW);
                LiveSittingPages.open(page, base, s.sittingId());
                pages.put(user, page);
            }
            Page president = pages.get(s.president());
            Page secretary = pages.get(s.secretary());
            // Only the secretary records the room.
            assertThat(president.locator("#room-panel")).isHidden();

            LiveSittingPages.recordArrival(secretary, inRoomMember);
            LiveSittingPages.recordArrival(secretary, s.mayor());
            for (Page page : pages.values()) {
                LiveSittingPages.seesInRoom(page, inRoomMember);
                LiveSittingPages.seesInRoom(page, s.mayor());
                LiveSittingPages.seesPresent(page, s.prefect(), false);
            }

            LiveSittingPages.start(president, pages.values());
            LiveSittingPages.openVote(president, pages.values());
            president.locator("#ballot-for").click();
            pages.get(s.boardMembers().get(0)).locator("#ballot-for").click();
            LiveSittingPages.seeVotes(pages.values(), 2);
            LiveSittingPages.recordBallot(secretary, inRoomMember, "for");
            LiveSittingPages.seeVotes(pages.values(), 3);
            LiveSittingPages.recordBallot(secretary, s.mayor(), "against");
            LiveSittingPages.seeVotes(pages.values(), 4);

            LiveSittingPages.closeVote(president);
            LiveSittingPages.seeAdopted(pages.values(), 3);
            LiveSittingPages.seeTally(pages.values(), 3, 1, 0);
        } finally {
            contexts.forEach(BrowserContext::close);
        }
    }
}
