package fr.caleol.benchmark;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import fr.caleol.committee.domain.BallotChoice;
import fr.caleol.committee.domain.CastingVoteHolder;
import fr.caleol.committee.domain.VoteRound;
import fr.caleol.committee.service.LivePresence;
import fr.caleol.committee.service.LiveLead;
import fr.caleol.committee.service.LiveVoting;
import fr.caleol.security.domain.Role;
import fr.caleol.support.MinutesFixtures;
import fr.caleol.support.CommitteeFixtures;
import fr.caleol.support.CommitteeFixtures.LiveSitting;
import fr.caleol.support.E2EBrowser;
import fr.caleol.support.IntegrationTest;
import fr.caleol.support.TestUsers;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Figures of the live sitting, printed (not asserted): ten members in ten Chromium pages click their ballot in turn,
 * and the nine other pages time the new count on screen (click -> visible, same machine clock); also the server heap
 * per connected participant, and the president's "close vote" time with 15 ballots. Run on the production build
 * with {@code ./mvnw -B -Pproduction,benchmark verify -Dit.test=LiveSittingBenchmark} (see README, Benchmarks).
 */
@IntegrationTest
class LiveSittingBenchmark {

    static final int PARTICIPANTS = 10;
    static final int CLICKS = 120;

    @LocalServerPort int port;
    @Autowired CommitteeFixtures fixtures;
    @Value("${vaadin.productionMode:false}") boolean productionMode;
    @Autowired LivePresence presence;
    @Autowired LiveLead lead;
    @Autowired LiveVoting voting;

    @Test
    void print_push_latency_heap_per_participant_and_close_time() throws Exception {
        LiveSitting s = fixtures.convenedSitting(12, CastingVoteHolder.MAYOR_OF_COMMUNE);
        List<String> voters = s.voters();
        // The members without a browser here follow from elsewhere: present, their ballots cast through the service.
        for (String voter : voters.subList(PARTICIPANTS, voters.size())) {
            act(voter, () -> presence.join(s.sittingId()));
        }

        long heapBefore = usedHeapAfterGc();
        try (E2EBrowser chromium = E2EBrowser.launch()) {
            List<Page> pages = new ArrayList<>();
            List<BrowserContext> contexts = new ArrayList<>();
            for (int i = 0; i < PARTICIPANTS; i++) {
                BrowserContext context = chromium.browser().newContext();
                contexts.add(context);
                Page page = context.newPage();
                String user = voters.get(i);
                E2EBrowser.logIn(page, "http://localhost:" + port + "/", user, CommitteeFixtures.PASSWORD);
                page.locator("#home").waitFor();
                page.navigate("http://localhost:" + port + "/seances/" + s.sittingId() + "/direct");
                page.locator("#presence-list").waitFor();
                pages.add(page);
            }
            act(s.president(), () -> lead.start(s.sittingId()));
            long heapWith = usedHeapAfterGc();

            List<Double> latencies = new ArrayList<>();
            int clicks = 0;
            while (clicks < CLICKS) {
                VoteRound round = act(s.president(),
                        () -> voting.openVote(s.itemId(), MinutesFixtures.ranked(s.applicationIds())));
                for (Page page : pages) {
                    page.locator("#ballot-against").waitFor();
                    page.evaluate("() => { window.__seen = []; new MutationObserver(() => {"
                            + " const p = document.querySelector('#vote-progress');"
                            + " if (p) window.__seen.push([p.textContent, Date.now()]); })"
                            + ".observe(document.body, {subtree: true, childList: true, characterData: true}); }");
                }
                // Each browser's member clicks "Contre" in turn; the nine others time the new count on screen.
                for (int v = 0; v < pages.size() && clicks < CLICKS; v++) {
                    Page voter = pages.get(v);
                    long clickedAt = System.currentTimeMillis();
                    voter.locator("#ballot-against").click();
                    clicks++;
                    String expected = (v + 1) + " vote(s)";
                    for (Page page : pages) {
                        if (page == voter) {
                            continue;
                        }
                        page.waitForFunction("t => window.__seen.some(s => s[0].startsWith(t))", expected);
                        Object seenAt = page.evaluate("t => window.__seen.find(s => s[0].startsWith(t))[1]", expected);
                        latencies.add(((Number) seenAt).doubleValue() - clickedAt);
                    }
                }
                // Every ballot against: the proposal is rejected and the item voted on again in the next round.
                for (String voter : voters.subList(PARTICIPANTS, voters.size())) {
                    act(voter, () -> voting.castBallot(round.getId(), BallotChoice.AGAINST));
                }
                act(s.president(), () -> voting.closeVote(round.getId()));
            }
            contexts.forEach(BrowserContext::close);
            Collections.sort(latencies);
            System.out.printf("%nLIVE SITTING BENCHMARK (%d browsers, %d clicks, %d observations, %s mode)%n",
                    PARTICIPANTS, clicks, latencies.size(), productionMode ? "production" : "development");
            System.out.printf("  ballot click in one browser -> new count shown in the %d others: median %.0f ms,"
                    + " p95 %.0f ms, max %.0f ms%n", PARTICIPANTS - 1, percentile(latencies, 50),
                    percentile(latencies, 95), latencies.getLast());
            System.out.printf("  heap used after GC: %d MB without browsers, %d MB with %d -> %.1f MB per participant%n",
                    heapBefore / 1_048_576, heapWith / 1_048_576, PARTICIPANTS,
                    (heapWith - heapBefore) / 1_048_576.0 / PARTICIPANTS);
        }

        List<Double> closeTimes = new ArrayList<>();
        for (int run = 0; run < 10; run++) {
            LiveSitting fresh = fixtures.convenedSitting(12, CastingVoteHolder.MAYOR_OF_COMMUNE);
            for (String voter : fresh.voters()) {
                act(voter, () -> presence.join(fresh.sittingId()));
            }
            act(fresh.president(), () -> lead.start(fresh.sittingId()));
            VoteRound round = act(fresh.president(),
                    () -> voting.openVote(fresh.itemId(), MinutesFixtures.ranked(fresh.applicationIds())));
            for (String voter : fresh.voters()) {
                act(voter, () -> voting.castBallot(round.getId(), BallotChoice.FOR));
            }
            long start = System.nanoTime();
            act(fresh.president(), () -> voting.closeVote(round.getId()));
            closeTimes.add((System.nanoTime() - start) / 1e6);
        }
        Collections.sort(closeTimes);
        System.out.printf("  close vote with 15 ballots (10 runs): median %.1f ms, max %.1f ms%n%n",
                percentile(closeTimes, 50), closeTimes.getLast());
    }

    private static <T> T act(String username, java.util.function.Supplier<T> action) {
        TestUsers.actAs(username, Role.COMMITTEE_MEMBER);
        try {
            return action.get();
        } finally {
            TestUsers.anonymous();
        }
    }

    private static void act(String username, Runnable action) {
        act(username, () -> {
            action.run();
            return null;
        });
    }

    private static long usedHeapAfterGc() throws InterruptedException {
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(200);
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    static double percentile(List<Double> sorted, int p) {
        int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(index, sorted.size() - 1)));
    }
}
