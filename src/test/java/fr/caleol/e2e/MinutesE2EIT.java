package fr.caleol.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import fr.caleol.committee.service.MinutesService;
import fr.caleol.security.domain.Role;
import fr.caleol.support.CommitteeFixtures;
import fr.caleol.support.CommitteeFixtures.LiveSitting;
import fr.caleol.support.E2EBrowser;
import fr.caleol.support.IntegrationTest;
import fr.caleol.support.MinutesFixtures;
import fr.caleol.support.TestUsers;
import java.nio.file.Files;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The secretary publishes the minutes; a member already connected elsewhere is told live and downloads them. */
@IntegrationTest
class MinutesE2EIT {

    private static final LocatorAssertions.IsVisibleOptions SLOW = new LocatorAssertions.IsVisibleOptions()
            .setTimeout(30_000);

    private static E2EBrowser chromium;

    @LocalServerPort int port;
    @Autowired MinutesFixtures fixtures;
    @Autowired MinutesService minutes;

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
    void the_secretary_publishes_and_a_connected_member_is_notified_live_and_downloads_the_minutes() throws Exception {
        LiveSitting s = fixtures.closedSitting(1, MinutesFixtures::ranked);
        TestUsers.actAs(s.secretary(), Role.SECRETARY);
        long id = minutes.createDraft(s.sittingId());
        minutes.submit(id, minutes.page(s.sittingId()).version());
        TestUsers.actAs(s.president(), Role.COMMITTEE_MEMBER);
        minutes.validate(id, minutes.page(s.sittingId()).version());
        TestUsers.anonymous();

        String base = "http://localhost:" + port + "/";
        try (BrowserContext memberContext = chromium.browser().newContext(new com.microsoft.playwright.Browser
                .NewContextOptions().setAcceptDownloads(true));
                BrowserContext secretaryContext = chromium.browser().newContext()) {
            Page member = memberContext.newPage();
            E2EBrowser.logIn(member, base, s.boardMembers().get(0), CommitteeFixtures.PASSWORD);
            assertThat(member.locator("#home")).isVisible(SLOW);
            member.navigate(base + "seances");
            assertThat(member.locator("#sittings-grid")).isVisible(SLOW);

            Page secretary = secretaryContext.newPage();
            E2EBrowser.logIn(secretary, base, s.secretary(), CommitteeFixtures.PASSWORD);
            assertThat(secretary.locator("#home")).isVisible(SLOW);
            secretary.navigate(base + "seances/" + s.sittingId() + "/proces-verbal");
            assertThat(secretary.locator("#minutes-publish")).isVisible(SLOW);
            secretary.locator("#minutes-publish").click();
            secretary.locator("vaadin-button[slot='confirm-button']").click();
            assertThat(secretary.locator("#minutes-sha256")).isVisible(SLOW);

            // The member did nothing: the notification arrives by server push.
            assertThat(member.locator("#minutes-published-open")).isVisible(SLOW);
            member.locator("#minutes-published-open").click();
            assertThat(member.locator("#minutes-state")).containsText("Publié",
                    new LocatorAssertions.ContainsTextOptions().setTimeout(30_000));
            Download download = member.waitForDownload(() -> member.locator("#minutes-download").click());
            byte[] pdf = Files.readAllBytes(download.path());
            TestUsers.actAs(s.secretary(), Role.SECRETARY);
            String sha = minutes.page(s.sittingId()).sha256();
            TestUsers.anonymous();
            try (PDDocument document = Loader.loadPDF(pdf)) {
                String text = new PDFTextStripper().getText(document);
                org.assertj.core.api.Assertions.assertThat(text).contains("Procès-verbal").contains(sha);
            }
        }
    }
}
