package fr.caleol.benchmark.load;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The browserless participants of the load benchmark, in a JVM of their own so that their memory and threads are
 * not the server's: each line of the participants file ({@code sittingId username}) becomes a {@link VaadinClient}
 * on that sitting's live screen. Driven through standard input, one command per line, each answered on standard
 * output:
 * <ul>
 *   <li>at start: opens every screen, then prints {@code OPENED <screens> <millis> <failures> <production|development>};</li>
 *   <li>{@code RESET}: forgets the bytes and counts received so far ({@code RESET done});</li>
 *   <li>{@code REPORT <file>}: writes, per screen, {@code C <sitting> <user> <bytes>}, and per vote count seen for
 *       the first time {@code R <sitting> <user> <count> <epoch micros>} ({@code REPORTED});</li>
 *   <li>{@code QUIT}.</li>
 * </ul>
 * A screen "sees" count N when a push carries the vote counter's text with N or more ballots.
 */
public final class LoadClients {

    private static final Pattern COUNT = Pattern.compile("(\\d+) vote\\(s\\) (?:sur|out of)");

    private record Reception(int count, long micros) {}

    private static final class Screen {
        final long sittingId;
        final VaadinClient client;
        final ConcurrentLinkedQueue<Reception> seen = new ConcurrentLinkedQueue<>();
        volatile int highest;

        Screen(long sittingId, VaadinClient client) {
            this.sittingId = sittingId;
            this.client = client;
        }

        synchronized void received(VaadinClient.Pushed pushed) {
            Matcher m = COUNT.matcher(pushed.text());
            int max = -1;
            while (m.find()) {
                max = Math.max(max, Integer.parseInt(m.group(1)));
            }
            for (int count = highest + 1; count <= max; count++) {
                seen.add(new Reception(count, pushed.receivedAtMicros()));
            }
            highest = Math.max(highest, max);
        }

        synchronized void reset() {
            seen.clear();
            client.resetBytes();
        }
    }

    public static void main(String[] args) throws Exception {
        URI base = URI.create(args[0].endsWith("/") ? args[0] : args[0] + "/");
        String password = args[1];
        List<String[]> participants = Files.readAllLines(Path.of(args[2])).stream().filter(l -> !l.isBlank())
                .map(l -> l.trim().split("\\s+")).toList();
        HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(30)).build();
        List<Screen> screens = new ArrayList<>();
        AtomicInteger failures = new AtomicInteger();
        long start = System.nanoTime();
        Semaphore concurrentOpenings = new Semaphore(8);
        try (ExecutorService openers = Executors.newVirtualThreadPerTaskExecutor()) {
            List<Future<Screen>> opened = new ArrayList<>();
            for (String[] p : participants) {
                long sittingId = Long.parseLong(p[0]);
                String username = p[1];
                opened.add(openers.submit(() -> {
                    concurrentOpenings.acquire();
                    try {
                        VaadinClient client = new VaadinClient(http, base, username);
                        client.logIn(password);
                        Screen screen = new Screen(sittingId, client);
                        client.open("seances/" + sittingId + "/direct", "presence-list", screen::received);
                        return screen;
                    } catch (Exception e) {
                        failures.incrementAndGet();
                        System.err.println("could not open the screen of " + username + ": " + e);
                        return null;
                    } finally {
                        concurrentOpenings.release();
                    }
                }));
            }
            for (Future<Screen> f : opened) {
                Screen screen = f.get();
                if (screen != null) {
                    screens.add(screen);
                }
            }
        }
        long openMillis = (System.nanoTime() - start) / 1_000_000;
        System.out.println("OPENED " + screens.size() + " " + openMillis + " " + failures.get() + " "
                + (screens.stream().allMatch(s -> s.client.productionMode()) ? "production" : "development"));
        System.out.flush();

        Thread heartbeats = Thread.ofVirtual().start(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                try {
                    Thread.sleep(Duration.ofSeconds(45));
                    for (Screen s : screens) {
                        s.client.heartbeat();
                    }
                } catch (InterruptedException e) {
                    return;
                } catch (Exception e) {
                    System.err.println("heartbeat failed: " + e);
                }
            }
        });

        BufferedReader commands = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        for (String line = commands.readLine(); line != null; line = commands.readLine()) {
            if (line.equals("RESET")) {
                screens.forEach(Screen::reset);
                System.out.println("RESET done");
            } else if (line.startsWith("REPORT ")) {
                try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(Path.of(line.substring(7))))) {
                    for (Screen s : screens) {
                        out.println("C " + s.sittingId + " " + s.client.username() + " " + s.client.bytesReceived());
                        for (Reception r : s.seen) {
                            out.println("R " + s.sittingId + " " + s.client.username() + " " + r.count() + " "
                                    + r.micros());
                        }
                    }
                }
                System.out.println("REPORTED");
            } else if (line.equals("QUIT")) {
                break;
            }
            System.out.flush();
        }
        heartbeats.interrupt();
        screens.forEach(s -> s.client.close());
        System.exit(0);
    }
}
