package fr.caleol.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import fr.caleol.base.cluster.ClusterNode;
import fr.caleol.base.events.EventBus;
import fr.caleol.committee.domain.BallotChoice;
import fr.caleol.committee.domain.CastingVoteHolder;
import fr.caleol.committee.service.LiveVoting;
import fr.caleol.demo.DemoAccounts;
import fr.caleol.security.domain.AppUserRepository;
import fr.caleol.security.domain.Role;
import fr.caleol.security.service.UserService;
import fr.caleol.support.CaleolNode;
import fr.caleol.support.CommitteeFixtures;
import fr.caleol.support.CommitteeFixtures.LiveSitting;
import fr.caleol.support.E2EBrowser;
import fr.caleol.support.HaproxyBalancer;
import fr.caleol.support.IntegrationTest;
import fr.caleol.support.LiveSittingPages;
import fr.caleol.support.LocalServers;
import fr.caleol.support.RedisLink;
import fr.caleol.support.TestUsers;
import io.micrometer.core.instrument.MeterRegistry;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Two CALEOL nodes, each in a JVM of its own, on the test's MariaDB and the machine's Redis, with Debian's HAProxy in
 * front using {@code docker/haproxy.cfg}: browsers on different nodes follow one sitting; a deactivated account's
 * session ends on the other node; a nightly job fired on both nodes runs once; and a node lost mid-vote costs no
 * ballot. The test's own JVM takes part as a third node for events (its services act as other users).
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ClusterE2EIT {

    private static final LocatorAssertions.IsVisibleOptions SLOW = LiveSittingPages.SLOW;
    private static final LocatorAssertions.ContainsTextOptions SLOW_TEXT = LiveSittingPages.SLOW_TEXT;
    /** The nightly job both nodes fire every 5 seconds here; its lock is held 3 seconds at least. */
    private static final String JOB = "retention-nightly";
    private static final int JOB_EVERY_SECONDS = 5;

    @Autowired Environment environment;
    @Autowired CommitteeFixtures fixtures;
    @Autowired LiveVoting voting;
    @Autowired UserService users;
    @Autowired AppUserRepository accounts;
    @Autowired EventBus eventBus;
    @Autowired ClusterNode thisNode;
    @Autowired MeterRegistry meters;
    @Autowired JdbcTemplate jdbc;

    private CaleolNode node1;
    private CaleolNode node2;
    private HaproxyBalancer balancer;
    private RedisLink link;
    private E2EBrowser chromium;
    private final List<BrowserContext> contexts = new ArrayList<>();
    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    void startTwoNodesAndTheBalancer() throws Exception {
        LocalServers.requireListening(6379, "Redis on 127.0.0.1:6379",
                "apt-get install -y redis-server && redis-server --daemonize yes");
        LocalServers.require("haproxy", "haproxy");
        chromium = E2EBrowser.launch();
        link = new RedisLink("it-" + thisNode.id(), eventBus, 6379, meters);
        String url = environment.getRequiredProperty("spring.datasource.url");
        String username = environment.getProperty("spring.datasource.username");
        String password = environment.getProperty("spring.datasource.password");
        Map<String, String> settings = Map.of(
                "caleol.housing.retention-cron", "*/" + JOB_EVERY_SECONDS + " * * * * *",
                "caleol.scheduling.calendar-lock", "PT3S");
        node1 = CaleolNode.start("node1", url, username, password, settings);
        node2 = CaleolNode.start("node2", url, username, password, settings);
        node1.awaitReady(Duration.ofMinutes(4));
        node2.awaitReady(Duration.ofMinutes(4));
        balancer = HaproxyBalancer.start(node1, node2);
        await().atMost(Duration.ofSeconds(20)).until(() -> link.relay().isUp());
    }

    @AfterAll
    void stopAll() throws Exception {
        for (AutoCloseable running : new AutoCloseable[] {balancer, node1, node2, link, chromium}) {
            if (running != null) {
                running.close();
            }
        }
    }

    @AfterEach
    void closeBrowsers() {
        contexts.forEach(BrowserContext::close);
        contexts.clear();
        TestUsers.anonymous();
    }

    private Page logIn(String baseUrl, String user) {
        BrowserContext context = chromium.browser().newContext();
        contexts.add(context);
        Page page = context.newPage();
        E2EBrowser.logIn(page, baseUrl, user, CommitteeFixtures.PASSWORD);
        assertThat(page.locator("#home")).isVisible(SLOW);
        return page;
    }

    private long openRound(LiveSitting s) {
        return jdbc.queryForObject("SELECT id FROM vote_round WHERE item_id = ? AND state = 'OPEN'", Long.class,
                s.itemId());
    }

    private void castElsewhere(String member, long round) {
        TestUsers.actAs(member, Role.COMMITTEE_MEMBER);
        voting.castBallot(round, BallotChoice.FOR);
        TestUsers.anonymous();
    }

    @Test
    @Order(1)
    void members_on_two_nodes_see_each_others_presence_ballots_and_the_outcome() {
        LiveSitting s = fixtures.convenedSitting(4, CastingVoteHolder.MAYOR_OF_COMMUNE);
        fixtures.joinedElsewhere(s, s.mayor(), s.prefect());
        Map<String, Page> pages = new LinkedHashMap<>();
        Map<String, String> nodeOf = new LinkedHashMap<>();
        List<String> users = List.of(s.president(), s.boardMembers().get(0), s.boardMembers().get(1), s.secretary());
        for (int i = 0; i < users.size(); i++) {
            CaleolNode node = i % 2 == 0 ? node1 : node2;
            Page page = logIn(node.baseUrl(), users.get(i));
            LiveSittingPages.open(page, node.baseUrl(), s.sittingId());
            pages.put(users.get(i), page);
            nodeOf.put(users.get(i), node.name());
        }
        for (Page page : pages.values()) {
            for (String user : pages.keySet()) {
                LiveSittingPages.seesPresent(page, user, true);
            }
            LiveSittingPages.seesPresent(page, s.mayor(), true);
        }
        Page president = pages.get(s.president());
        LiveSittingPages.start(president, pages.values());
        LiveSittingPages.openVote(president, pages.values());
        pages.get(s.boardMembers().get(0)).locator("#ballot-for").click(); // on node 2
        LiveSittingPages.seeVotes(pages.values(), 1);
        pages.get(s.boardMembers().get(1)).locator("#ballot-for").click(); // on node 1
        president.locator("#ballot-for").click();
        castElsewhere(s.mayor(), openRound(s)); // from the test's JVM, a third node
        LiveSittingPages.seeVotes(pages.values(), 4);
        LiveSittingPages.closeVote(president);
        LiveSittingPages.seeAdopted(pages.values(), 4);
    }

    @Test
    @Order(2)
    void an_account_deactivated_from_one_node_loses_its_session_on_the_other() {
        LiveSitting s = fixtures.convenedSitting(2, CastingVoteHolder.MAYOR_OF_COMMUNE);
        String member = s.boardMembers().get(0);
        Page page = logIn(node2.baseUrl(), member);

        TestUsers.actAs("admin", Role.ADMIN);
        users.deactivate(accounts.findByUsername(member).orElseThrow().getId());
        TestUsers.anonymous();

        page.waitForURL(url -> url.contains("/login"), new Page.WaitForURLOptions().setTimeout(20_000));
        page.navigate(node2.baseUrl());
        assertThat(page.locator("vaadin-login-form")).isVisible(SLOW);
    }

    @Test
    @Order(4)
    void a_nightly_job_fired_on_both_nodes_at_once_runs_once_each_time() throws Exception {
        // Sample just after a firing (every 5 s on both nodes), a few firings apart.
        sleepUntilSecondOfCycle(2);
        double before = jobRuns(node1) + jobRuns(node2);
        int firings = 3;
        Thread.sleep(firings * JOB_EVERY_SECONDS * 1000L);
        double after = jobRuns(node1) + jobRuns(node2);
        System.out.printf("[cluster] %s fired %d times on each of 2 nodes: %.0f runs in all (node1 %.0f, node2 %.0f"
                + " since start)%n", JOB, firings, after - before, jobRuns(node1), jobRuns(node2));
        assertThat(after - before).isEqualTo(firings);
    }

    @Test
    @Order(3)
    void each_node_reports_the_link_to_the_others_in_its_health() throws Exception {
        for (CaleolNode node : List.of(node1, node2)) {
            HttpResponse<String> health = http.send(asAdmin(node, "actuator/health"),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(health.statusCode()).isEqualTo(200);
            assertThat(health.body()).containsPattern("\"cluster\":\\{\"details\":\\{\"node\":\"" + node.name()
                    + "-[0-9a-f]{8}\"},\"status\":\"UP\"}");
        }
    }

    private static HttpRequest asAdmin(CaleolNode node, String path) {
        return HttpRequest.newBuilder(URI.create(node.baseUrl() + path)).header("Authorization", "Basic " + Base64
                .getEncoder().encodeToString(("admin:" + DemoAccounts.PASSWORD).getBytes(StandardCharsets.UTF_8)))
                .build();
    }

    private static void sleepUntilSecondOfCycle(int second) throws InterruptedException {
        long cycle = JOB_EVERY_SECONDS * 1000L;
        long now = System.currentTimeMillis();
        long target = now - now % cycle + second * 1000L;
        Thread.sleep((target > now ? target : target + cycle) - now);
    }

    private double jobRuns(CaleolNode node) throws Exception {
        HttpResponse<String> metric = http.send(asAdmin(node, "actuator/metrics/caleol.jobs?tag=job:" + JOB),
                HttpResponse.BodyHandlers.ofString());
        if (metric.statusCode() == 404) {
            return 0; // never ran on this node
        }
        assertThat(metric.statusCode()).as(metric.body()).isEqualTo(200);
        Matcher count = Pattern.compile("\"statistic\":\"COUNT\",\"value\":([0-9.E]+)").matcher(metric.body());
        assertThat(count.find()).as(metric.body()).isTrue();
        return Double.parseDouble(count.group(1));
    }

    @Test
    @Order(5)
    void when_the_node_of_half_the_members_is_lost_mid_vote_they_log_in_again_on_the_other_and_no_ballot_is_lost()
            throws Exception {
        LiveSitting s = fixtures.convenedSitting(4, CastingVoteHolder.MAYOR_OF_COMMUNE);
        fixtures.joinedElsewhere(s, s.mayor(), s.prefect());
        String lb = balancer.baseUrl();
        Map<String, Page> pages = new LinkedHashMap<>();
        Map<String, String> nodeOf = new LinkedHashMap<>();
        List<String> inBrowsers = new ArrayList<>(List.of(s.president()));
        inBrowsers.addAll(s.boardMembers());
        for (String user : inBrowsers) {
            Page page = logIn(lb, user);
            LiveSittingPages.open(page, lb, s.sittingId());
            pages.put(user, page);
            nodeOf.put(user, page.context().cookies(lb).stream().filter(c -> c.name.equals("CALEOL_NODE"))
                    .map(c -> c.value).findFirst().orElseThrow());
        }
        System.out.println("[cluster] through the balancer: " + nodeOf);
        String lostNode = nodeOf.get(s.president());
        CaleolNode doomed = lostNode.equals("node1") ? node1 : node2;
        List<String> onLost = inBrowsers.stream().filter(u -> nodeOf.get(u).equals(lostNode)).toList();
        List<String> onKept = inBrowsers.stream().filter(u -> !nodeOf.get(u).equals(lostNode)).toList();
        assertThat(onLost).as("round robin puts members on both nodes").hasSizeGreaterThanOrEqualTo(2);
        assertThat(onKept).isNotEmpty();
        String stayingAway = onLost.get(1); // votes, then never comes back
        for (Page page : pages.values()) {
            for (String user : inBrowsers) {
                LiveSittingPages.seesPresent(page, user, true);
            }
        }
        Page president = pages.get(s.president());
        LiveSittingPages.start(president, pages.values());
        LiveSittingPages.openVote(president, pages.values());
        long round = openRound(s);
        pages.get(stayingAway).locator("#ballot-for").click();
        pages.get(onKept.getFirst()).locator("#ballot-for").click();
        castElsewhere(s.mayor(), round);
        LiveSittingPages.seeVotes(pages.values(), 3);

        long lostAt = System.nanoTime();
        doomed.kill();

        List<Long> backAfter = new ArrayList<>();
        for (String user : onLost) {
            if (user.equals(stayingAway)) {
                continue;
            }
            Page page = pages.get(user);
            E2EBrowser.logIn(page, lb, user, CommitteeFixtures.PASSWORD, 90_000);
            // Logged in again: on the home page, or straight back on the sitting when the browser had asked the
            // surviving node for it (after the lost session the screen reloads itself, and the login returns there).
            assertThat(page.locator("#home, #presence-list").first()).isVisible(SLOW);
            LiveSittingPages.open(page, lb, s.sittingId());
            assertThat(page.locator("#vote-open")).isVisible(SLOW);
            assertThat(page.locator("#vote-progress")).containsText("3 vote(s)", SLOW_TEXT);
            backAfter.add((System.nanoTime() - lostAt) / 1_000_000);
            assertThat(page.context().cookies(lb).stream().filter(c -> c.name.equals("CALEOL_NODE"))
                    .map(c -> c.value)).as(user + " is now on the other node").doesNotContain(lostNode);
        }
        List<Page> live = inBrowsers.stream().filter(u -> !u.equals(stayingAway)).map(pages::get).toList();
        int votes = 3;
        for (String user : inBrowsers) {
            if (!user.equals(stayingAway) && !user.equals(onKept.getFirst())) {
                pages.get(user).locator("#ballot-for").click();
                LiveSittingPages.seeVotes(live, ++votes);
            }
        }
        castElsewhere(s.prefect(), round);
        LiveSittingPages.seeVotes(live, ++votes);
        LiveSittingPages.closeVote(president);
        LiveSittingPages.seeAdopted(live, votes);
        int ballots = jdbc.queryForObject("SELECT COUNT(*) FROM ballot WHERE round_id = ?", Integer.class, round);
        int places = jdbc.queryForObject("SELECT COUNT(DISTINCT seat_id) FROM ballot WHERE round_id = ?",
                Integer.class, round);
        assertThat(ballots).as("every member voted once: nothing lost, nothing doubled").isEqualTo(s.voters().size())
                .isEqualTo(places).isEqualTo(votes);

        // The member who never came back stops counting as present within the node timeout (30 s) and a sweep.
        for (Page page : live) {
            assertThat(page.locator("#presence-list li[data-username='" + stayingAway + "'][data-present='false']"))
                    .isVisible(new LocatorAssertions.IsVisibleOptions().setTimeout(60_000));
        }
        long absentAfter = (System.nanoTime() - lostAt) / 1_000_000;
        System.out.printf("[cluster] node %s lost mid-vote with %d of %d members on it: back in the sitting on the"
                        + " other node after %s ms (login included); the one who stayed away shown absent after %d ms;"
                        + " ballots %d for %d voting places (lost 0, doubled %d)%n", lostNode, onLost.size(),
                inBrowsers.size(), backAfter, absentAfter, ballots, s.voters().size(), ballots - places);
    }
}
