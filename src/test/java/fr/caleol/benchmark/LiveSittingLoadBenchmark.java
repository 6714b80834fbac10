package fr.caleol.benchmark;

import fr.caleol.benchmark.load.LoadClientsProcess;
import fr.caleol.committee.domain.BallotChoice;
import fr.caleol.committee.domain.CastingVoteHolder;
import fr.caleol.committee.domain.VoteRound;
import fr.caleol.committee.service.LiveLead;
import fr.caleol.committee.service.LivePresence;
import fr.caleol.committee.service.LiveVoting;
import fr.caleol.security.domain.Role;
import fr.caleol.support.CommitteeFixtures;
import fr.caleol.support.CommitteeFixtures.LiveSitting;
import fr.caleol.support.IntegrationTest;
import fr.caleol.support.MinutesFixtures;
import fr.caleol.support.TestUsers;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The live sitting under load, printed (not asserted): 50 sittings × {@value #PER_SITTING} participants = 750 live
 * screens on this one node, opened by browserless clients
 * ({@link fr.caleol.benchmark.load.LoadClients}, a JVM of their own: real logins through the login form, real
 * Vaadin UIs on the sitting's route, push over WebSocket), then the fifty sittings vote at the same time, each
 * member casting a ballot after 1 to 4 s (uniform), so a ballot every 2.5 s per sitting on average.
 *
 * <p>It prints: commit of a ballot → the new count received by each participant of its sitting (p50 / p95 / max,
 * and the deliveries missing); the bytes pushed per participant per ballot; the server heap per connected
 * participant (after a full GC, without and with the screens); the SQL statements the database received per ballot,
 * with one screen and with fifteen on a sitting; the time to open all the screens.
 *
 * <p>Run on the production build: {@code ./mvnw -B -Pproduction,benchmark verify -Dit.test=LiveSittingLoadBenchmark}
 * (about 6 minutes). The clients print whether the server answered in production mode.
 */
@IntegrationTest
class LiveSittingLoadBenchmark {

    /** 50; {@code -Dcaleol.load.sittings=N} for a shorter run. */
    static final int SITTINGS = Integer.getInteger("caleol.load.sittings", 50);
    static final int PER_SITTING = 15;
    static final int PROBE_BALLOTS = 5;
    static final boolean HISTOGRAM = Boolean.getBoolean("caleol.load.histogram");

    @LocalServerPort int port;
    @Autowired CommitteeFixtures fixtures;
    @Autowired LivePresence presence;
    @Autowired LiveLead lead;
    @Autowired LiveVoting voting;
    @Autowired JdbcTemplate jdbc;

    private final StringBuilder out = new StringBuilder();

    @Test
    void print_latency_bytes_heap_and_sql_for_750_live_participants() throws Exception {
        print("CALEOL live sitting load benchmark, " + LocalDate.now() + ", "
                + Runtime.getRuntime().availableProcessors() + " cores, MariaDB "
                + jdbc.queryForObject("SELECT VERSION()", String.class) + ", clients on the same machine");
        List<LiveSitting> sittings = new ArrayList<>();
        for (int i = 0; i < SITTINGS; i++) {
            sittings.add(fixtures.convenedSitting(12, CastingVoteHolder.MAYOR_OF_COMMUNE));
        }
        LiveSitting alone = fixtures.convenedSitting(12, CastingVoteHolder.MAYOR_OF_COMMUNE);
        LiveSitting watched = fixtures.convenedSitting(12, CastingVoteHolder.MAYOR_OF_COMMUNE);
        Path participants = Files.createTempFile("caleol-load-participants", ".txt");
        try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(participants))) {
            for (LiveSitting s : sittings) {
                s.voters().forEach(voter -> w.println(s.sittingId() + " " + voter));
            }
            w.println(alone.sittingId() + " " + alone.president());
            watched.voters().forEach(voter -> w.println(watched.sittingId() + " " + voter));
        }
        int screens = SITTINGS * PER_SITTING + 1 + PER_SITTING;
        long heapWithout = usedHeapAfterGc();
        Map<String, Long> histogramWithout = HISTOGRAM ? histogram() : Map.of();

        LoadClientsProcess clients = LoadClientsProcess.start("http://localhost:" + port + "/",
                CommitteeFixtures.PASSWORD, participants, "3g");
        try {
            String[] opened = clients.answer("OPENED", 1200).split(" ");
            print(String.format(Locale.ROOT, "Opened %s of %d live screens (%s failed) in %.1f s, server in %s mode",
                    opened[1], screens, opened[3], Long.parseLong(opened[2]) / 1000.0, opened[4]));

            List<VoteRound> rounds = new ArrayList<>();
            for (LiveSitting s : sittings) {
                rounds.add(openVote(s));
            }
            // On the probe sitting with one screen, the other members are present without a screen of their own.
            alone.voters().forEach(voter -> as(voter, () -> presence.join(alone.sittingId())));
            VoteRound aloneRound = openVote(alone);
            VoteRound watchedRound = openVote(watched);
            Thread.sleep(3000);
            long heapWith = usedHeapAfterGc();
            if (HISTOGRAM) {
                printHistogramGrowth(histogramWithout, histogram(), screens);
            }
            print(String.format(Locale.ROOT, "Server heap after a full GC: %.0f MB without screens, %.0f MB with %d "
                    + "-> %.0f KB per connected participant", heapWithout / 1048576.0, heapWith / 1048576.0, screens,
                    (heapWith - heapWithout) / 1024.0 / screens));

            double idle = idleQuestionsPerSecond();
            double sqlAlone = statementsPerBallot(alone, aloneRound, idle);
            double sqlWatched = statementsPerBallot(watched, watchedRound, idle);
            print(String.format(Locale.ROOT, "SQL statements received by MariaDB per ballot (one at a time, %d "
                    + "ballots each, idle rate %.1f/s subtracted): %.1f with 1 screen on the sitting, %.1f with %d",
                    PROBE_BALLOTS, idle, sqlAlone, sqlWatched, PER_SITTING));

            clients.send("RESET");
            clients.answer("RESET", 60);
            long questionsBefore = questions();
            long started = System.nanoTime();
            Map<String, Long> committedAt = voteAtOnce(sittings, rounds, voting);
            double votingSeconds = (System.nanoTime() - started) / 1e9;
            Thread.sleep(5000);
            long statements = questions() - questionsBefore - 1;
            Path report = Files.createTempFile("caleol-load-report", ".txt");
            clients.send("REPORT " + report);
            clients.answer("REPORTED", 120);

            int ballots = SITTINGS * PER_SITTING;
            List<Double> latencies = new ArrayList<>();
            long bytes = 0;
            Map<String, Long> seen = new HashMap<>();
            Set<String> votingSittings = sittings.stream().map(s -> String.valueOf(s.sittingId()))
                    .collect(Collectors.toSet());
            for (String line : Files.readAllLines(report)) {
                String[] f = line.split(" ");
                if (f[0].equals("C") && votingSittings.contains(f[1])) {
                    bytes += Long.parseLong(f[3]);
                } else if (f[0].equals("R")) {
                    seen.put(f[1] + " " + f[2] + " " + f[3], Long.parseLong(f[4]));
                }
            }
            int missing = 0;
            for (LiveSitting s : sittings) {
                for (int n = 1; n <= PER_SITTING; n++) {
                    long commit = committedAt.get(s.sittingId() + " " + n);
                    for (String voter : s.voters()) {
                        Long at = seen.get(s.sittingId() + " " + voter + " " + n);
                        if (at == null) {
                            missing++;
                        } else {
                            latencies.add((at - commit) / 1000.0);
                        }
                    }
                }
            }
            Collections.sort(latencies);
            print(String.format(Locale.ROOT, "%d sittings voting at once, %d ballots in %.0f s (%.1f ballots/s): "
                    + "commit -> new count received by every participant of the sitting (%d deliveries): "
                    + "p50 %.0f ms, p95 %.0f ms, max %.0f ms, %d missing", SITTINGS, ballots, votingSeconds,
                    ballots / votingSeconds, latencies.size(), percentile(latencies, 50), percentile(latencies, 95),
                    latencies.isEmpty() ? Double.NaN : latencies.getLast(), missing));
            print(String.format(Locale.ROOT, "Bytes pushed per participant per ballot of its sitting: %.0f B "
                    + "(%,d B to %d participants for %d ballots each)", bytes / (double) ballots / PER_SITTING, bytes,
                    ballots, PER_SITTING));
            print(String.format(Locale.ROOT, "SQL statements received by MariaDB during the vote: %.1f per ballot "
                    + "(everything: ballots, audit, state reads, with %d screens open)", statements / (double) ballots,
                    screens));
        } finally {
            clients.close();
        }
        Path results = Path.of("target", "benchmark-results.txt");
        Files.writeString(results, out);
        System.out.println("\n(also written to " + results.toAbsolutePath() + ")");
    }

    /**
     * Every sitting votes at the same time, each member casting a ballot after 1 to 4 s (uniform, seeded): when
     * each ballot committed, by "sittingId n" for the n-th ballot of the sitting (epoch microseconds).
     */
    static Map<String, Long> voteAtOnce(List<LiveSitting> sittings, List<VoteRound> rounds, LiveVoting voting)
            throws InterruptedException {
        Map<String, Long> committedAt = new ConcurrentHashMap<>();
        try (ExecutorService members = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < sittings.size(); i++) {
                LiveSitting s = sittings.get(i);
                VoteRound round = rounds.get(i);
                Random random = new Random(i);
                List<String> order = new ArrayList<>(s.voters());
                Collections.shuffle(order, random);
                members.submit(() -> {
                    for (int n = 0; n < order.size(); n++) {
                        Thread.sleep(1000 + random.nextInt(3000));
                        as(order.get(n), () -> voting.castBallot(round.getId(), BallotChoice.FOR));
                        committedAt.put(s.sittingId() + " " + (n + 1), micros());
                    }
                    return null;
                });
            }
        }
        return committedAt;
    }

    private VoteRound openVote(LiveSitting s) {
        TestUsers.actAs(s.president(), Role.COMMITTEE_MEMBER);
        try {
            lead.start(s.sittingId());
            return voting.openVote(s.itemId(), MinutesFixtures.ranked(s.applicationIds()));
        } finally {
            TestUsers.anonymous();
        }
    }

    /** The statements one ballot costs, every push and screen update included, measured alone. */
    private double statementsPerBallot(LiveSitting s, VoteRound round, double idlePerSecond) throws Exception {
        long before = questions();
        long started = System.nanoTime();
        for (String voter : s.voters().subList(0, PROBE_BALLOTS)) {
            as(voter, () -> voting.castBallot(round.getId(), BallotChoice.AGAINST));
            Thread.sleep(700);
        }
        long received = questions() - before - 1;
        double seconds = (System.nanoTime() - started) / 1e9;
        return (received - idlePerSecond * seconds) / PROBE_BALLOTS;
    }

    private double idleQuestionsPerSecond() throws InterruptedException {
        long before = questions();
        Thread.sleep(3500);
        return (questions() - before - 1) / 3.5;
    }

    private long questions() {
        return Long.parseLong(jdbc.queryForMap("SHOW GLOBAL STATUS LIKE 'Questions'").get("Value").toString());
    }

    private static void as(String username, Runnable action) {
        TestUsers.actAs(username, Role.COMMITTEE_MEMBER);
        try {
            action.run();
        } finally {
            TestUsers.anonymous();
        }
    }

    static long micros() {
        Instant now = Instant.now();
        return now.getEpochSecond() * 1_000_000 + now.getNano() / 1_000;
    }

    private void print(String line) {
        System.out.println(line);
        out.append(line).append('\n');
    }

    private static long usedHeapAfterGc() throws InterruptedException {
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(300);
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    /** Live bytes by class (a full GC first), for {@code -Dcaleol.load.histogram=true}. */
    private static Map<String, Long> histogram() throws Exception {
        Object text = ManagementFactory.getPlatformMBeanServer().invoke(
                new javax.management.ObjectName("com.sun.management:type=DiagnosticCommand"), "gcClassHistogram",
                new Object[] {null}, new String[] {String[].class.getName()});
        Map<String, Long> bytes = new HashMap<>();
        text.toString().lines().map(String::trim).filter(l -> l.matches("\\d+:.*")).forEach(l -> {
            String[] f = l.split("\\s+");
            bytes.put(f[3], Long.parseLong(f[2]));
        });
        return bytes;
    }

    /** What the screens cost, by class: the 20 classes whose live bytes grew most, per screen. */
    private void printHistogramGrowth(Map<String, Long> before, Map<String, Long> after, int screens) {
        print("Heap growth per screen, by class (top 20):");
        after.entrySet().stream()
                .map(e -> Map.entry(e.getKey(), e.getValue() - before.getOrDefault(e.getKey(), 0L)))
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(20)
                .forEach(e -> print(String.format(Locale.ROOT, "  %8.1f KB  %s", e.getValue() / 1024.0 / screens,
                        e.getKey())));
    }

    static double percentile(List<Double> sorted, int p) {
        if (sorted.isEmpty()) {
            return Double.NaN;
        }
        int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(index, sorted.size() - 1)));
    }
}
