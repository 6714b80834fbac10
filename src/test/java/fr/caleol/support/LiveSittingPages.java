package fr.caleol.support;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import java.util.Collection;

/** What the end-to-end tests do and check on live sitting screens, in a real browser. */
public final class LiveSittingPages {

    public static final LocatorAssertions.IsVisibleOptions SLOW = new LocatorAssertions.IsVisibleOptions()
            .setTimeout(30_000);
    public static final LocatorAssertions.ContainsTextOptions SLOW_TEXT =
            new LocatorAssertions.ContainsTextOptions().setTimeout(30_000);

    private LiveSittingPages() {}

    /** Opens the live screen of a sitting. */
    public static void open(Page page, String baseUrl, long sittingId) {
        page.navigate(baseUrl + "seances/" + sittingId + "/direct");
        assertThat(page.locator("#presence-list")).isVisible(SLOW);
    }

    public static void seesPresent(Page page, String username, boolean present) {
        assertThat(page.locator("#presence-list li[data-username='" + username + "'][data-present='" + present
                + "']")).isVisible(SLOW);
    }

    /** Every screen shows the member in the room, as the secretary recorded. */
    public static void seesInRoom(Page page, String username) {
        assertThat(page.locator("#presence-list li[data-username='" + username + "'][data-in-room='true']"))
                .isVisible(SLOW);
    }

    /** The secretary records the member's arrival in the room. */
    public static void recordArrival(Page secretary, String username) {
        secretary.locator("#room-list li[data-username='" + username + "'] vaadin-button.room-arrive").click();
        assertThat(secretary.locator("#room-list li[data-username='" + username + "'][data-in-room='true']"))
                .isVisible(SLOW);
    }

    /** The secretary records the in-room member's ballot ({@code for}, {@code against}, {@code abstain}), confirmed. */
    public static void recordBallot(Page secretary, String username, String choice) {
        secretary.locator("#room-list li[data-username='" + username + "'] vaadin-button.room-ballot-" + choice)
                .click();
        secretary.locator("vaadin-confirm-dialog-overlay [slot='confirm-button'], vaadin-confirm-dialog"
                + " [slot='confirm-button']").first().click();
    }

    /** The president starts the sitting; every screen shows it in progress. */
    public static void start(Page president, Collection<Page> everyone) {
        president.locator("#start-sitting").click();
        for (Page page : everyone) {
            assertThat(page.locator("#sitting-state")).containsText("En cours", SLOW_TEXT);
        }
    }

    /** The president opens the vote on the proposal; every screen shows it open, with no vote yet. */
    public static void openVote(Page president, Collection<Page> everyone) {
        president.locator("#open-vote").click();
        president.locator("#proposal-open-vote").click();
        for (Page page : everyone) {
            assertThat(page.locator("#vote-open")).isVisible(SLOW);
        }
        seeVotes(everyone, 0);
    }

    public static void seeVotes(Collection<Page> pages, int votes) {
        for (Page page : pages) {
            assertThat(page.locator("#vote-progress")).containsText(votes + " vote(s)", SLOW_TEXT);
        }
    }

    /** The president closes the vote and confirms. */
    public static void closeVote(Page president) {
        president.locator("#close-vote").click();
        president.locator("vaadin-confirm-dialog-overlay [slot='confirm-button'], vaadin-confirm-dialog"
                + " [slot='confirm-button']").first().click();
    }

    /** Every screen shows the proposal adopted with that many votes for. */
    public static void seeAdopted(Collection<Page> pages, int votesFor) {
        for (Page page : pages) {
            assertThat(page.locator("#outcome-1")).containsText("proposition adoptée", SLOW_TEXT);
            assertThat(page.locator("#tally-1")).containsText("Pour : " + votesFor, SLOW_TEXT);
        }
    }

    /** Every screen shows the same tally of the first round. */
    public static void seeTally(Collection<Page> pages, int votesFor, int votesAgainst, int abstentions) {
        for (Page page : pages) {
            assertThat(page.locator("#tally-1")).containsText("Pour : " + votesFor + " · Contre : " + votesAgainst
                    + " · Abstentions : " + abstentions, SLOW_TEXT);
        }
    }
}
