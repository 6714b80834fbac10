package fr.caleol.benchmark;

import fr.caleol.base.cluster.ClusterNode;
import fr.caleol.base.events.EventBus;
import fr.caleol.benchmark.load.LoadClientsProcess;
import fr.caleol.committee.domain.CastingVoteHolder;
import fr.caleol.committee.domain.VoteRound;
import fr.caleol.committee.service.LiveLead;
import fr.caleol.committee.service.LiveVoting;
import fr.caleol.security.domain.Role;
import fr.caleol.support.CaleolNode;
import fr.caleol.support.CommitteeFixtures;
import fr.caleol.support.CommitteeFixtures.LiveSitting;
import fr.caleol.support.IntegrationTest;
import fr.caleol.support.MinutesFixtures;
import fr.caleol.support.RedisLink;
import fr.caleol.support.TestUsers;
import io.micrometer.core.instrument.MeterRegistry;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.env.Environment;

/**
 * Cross-node fan-out, printed (not asserted): {@value #SITTINGS} sittings of 15 participants, half of each sitting's
 * screens on this node (A) and half on a second node (B, a JVM of its own on the same database, events through the
 * machine's Redis), browserless clients as in {@link LiveSittingLoadBenchmark}. Every ballot is committed on A; the
 * same ballots are timed, in the same run, from the commit to the new count received by the screens on A (same node)
 * and by those on B (the Redis hop, then B's own read of the state).
 *
 * <p>Run on the production build: {@code ./mvnw -B -Pproduction,benchmark verify -Dit.test=ClusterFanOutBenchmark}
 * (about 3 minutes).
 */
@IntegrationTest
class ClusterFanOutBenchmark {

    static final int SITTINGS = Integer.getInteger("caleol.load.sittings", 10);

    @LocalServerPort int port;
    @Autowired Environment environment;
    @Autowired CommitteeFixtures fixtures;
    @Autowired LiveLead lead;
    @Autowired LiveVoting voting;
    @Autowired EventBus eventBus;
    @Autowired ClusterNode thisNode;
    @Autowired MeterRegistry meters;

    @Test
    void print_commit_to_count_on_the_same_node_and_on_the_other() throws Exception {
        System.out.println("CALEOL cross-node fan-out benchmark, " + LocalDate.now() + ", "
                + Runtime.getRuntime().availableProcessors() + " cores, two nodes and their clients on this machine");
        List<LiveSitting> sittings = new ArrayList<>();
        for (int i = 0; i < SITTINGS; i++) {
            sittings.add(fixtures.convenedSitting(12, CastingVoteHolder.MAYOR_OF_COMMUNE));
        }
        Path onA = Files.createTempFile("caleol-fanout-a", ".txt");
        Path onB = Files.createTempFile("caleol-fanout-b", ".txt");
        Map<String, String> nodeOfScreen = new HashMap<>();
        try (PrintWriter a = new PrintWriter(Files.newBufferedWriter(onA));
                PrintWriter b = new PrintWriter(Files.newBufferedWriter(onB))) {
            for (LiveSitting s : sittings) {
                List<String> voters = s.voters();
                for (int i = 0; i < voters.size(); i++) {
                    (i % 2 == 0 ? a : b).println(s.sittingId() + " " + voters.get(i));
                    nodeOfScreen.put(s.sittingId() + " " + voters.get(i), i % 2 == 0 ? "A" : "B");
                }
            }
        }
        Map<String, String> settings = new HashMap<>();
        if (Boolean.getBoolean("vaadin.productionMode")) {
            settings.put("vaadin.productionMode", "true");
        }
        try (RedisLink link = new RedisLink("bench-" + thisNode.id(), eventBus, 6379, meters);
                CaleolNode nodeB = CaleolNode.start("bench-node-b",
                        environment.getRequiredProperty("spring.datasource.url"),
                        environment.getProperty("spring.datasource.username"),
                        environment.getProperty("spring.datasource.password"), settings)
                        .awaitReady(Duration.ofMinutes(4));
                LoadClientsProcess clientsA = LoadClientsProcess.start("http://localhost:" + port + "/",
                        CommitteeFixtures.PASSWORD, onA, "1g");
                LoadClientsProcess clientsB = LoadClientsProcess.start(nodeB.baseUrl(), CommitteeFixtures.PASSWORD,
                        onB, "1g")) {
            String[] openedA = clientsA.answer("OPENED", 600).split(" ");
            String[] openedB = clientsB.answer("OPENED", 600).split(" ");
            System.out.printf(Locale.ROOT, "Opened %s screens on node A and %s on node B (%s + %s failed), servers in"
                    + " %s / %s mode%n", openedA[1], openedB[1], openedA[3], openedB[3], openedA[4], openedB[4]);
            List<VoteRound> rounds = new ArrayList<>();
            for (LiveSitting s : sittings) {
                TestUsers.actAs(s.president(), Role.COMMITTEE_MEMBER);
                lead.start(s.sittingId());
                rounds.add(voting.openVote(s.itemId(), MinutesFixtures.ranked(s.applicationIds())));
                TestUsers.anonymous();
            }
            Thread.sleep(3000);
            clientsA.send("RESET");
            clientsB.send("RESET");
            clientsA.answer("RESET", 60);
            clientsB.answer("RESET", 60);

            Map<String, Long> committedAt = LiveSittingLoadBenchmark.voteAtOnce(sittings, rounds, voting);
            Thread.sleep(5000);
            Map<String, Long> seen = new HashMap<>();
            for (LoadClientsProcess clients : List.of(clientsA, clientsB)) {
                Path report = Files.createTempFile("caleol-fanout-report", ".txt");
                clients.send("REPORT " + report);
                clients.answer("REPORTED", 120);
                for (String line : Files.readAllLines(report)) {
                    String[] f = line.split(" ");
                    if (f[0].equals("R")) {
                        seen.put(f[1] + " " + f[2] + " " + f[3], Long.parseLong(f[4]));
                    }
                }
            }
            Map<String, List<Double>> latencies = Map.of("A", new ArrayList<>(), "B", new ArrayList<>());
            Map<String, Integer> missing = new HashMap<>(Map.of("A", 0, "B", 0));
            for (LiveSitting s : sittings) {
                for (int n = 1; n <= s.voters().size(); n++) {
                    long commit = committedAt.get(s.sittingId() + " " + n);
                    for (String voter : s.voters()) {
                        String node = nodeOfScreen.get(s.sittingId() + " " + voter);
                        Long at = seen.get(s.sittingId() + " " + voter + " " + n);
                        if (at == null) {
                            missing.merge(node, 1, Integer::sum);
                        } else {
                            latencies.get(node).add((at - commit) / 1000.0);
                        }
                    }
                }
            }
            System.out.printf(Locale.ROOT, "%d sittings voting at once, every ballot committed on node A: commit ->"
                    + " new count received by each participant%n", SITTINGS);
            for (String node : List.of("A", "B")) {
                List<Double> sorted = latencies.get(node);
                Collections.sort(sorted);
                System.out.printf(Locale.ROOT, "  screens on node %s (%s): %d deliveries, p50 %.0f ms, p95 %.0f ms,"
                                + " max %.0f ms, %d missing%n", node, node.equals("A") ? "same node" : "other node",
                        sorted.size(), LiveSittingLoadBenchmark.percentile(sorted, 50),
                        LiveSittingLoadBenchmark.percentile(sorted, 95),
                        sorted.isEmpty() ? Double.NaN : sorted.getLast(), missing.get(node));
            }
        }
    }
}
