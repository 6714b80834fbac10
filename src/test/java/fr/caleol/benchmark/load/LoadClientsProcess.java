package fr.caleol.benchmark.load;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/** {@link LoadClients} in a JVM of its own, driven line by line (OPENED, RESET, REPORT file, QUIT). */
public final class LoadClientsProcess implements AutoCloseable {

    private final Process process;
    private final LinkedBlockingQueue<String> answers = new LinkedBlockingQueue<>();
    private final PrintWriter commands;

    private LoadClientsProcess(Process process) {
        this.process = process;
        Thread.ofVirtual().start(() -> {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(process.getInputStream(),
                    StandardCharsets.UTF_8))) {
                r.lines().forEach(answers::add);
            } catch (IOException ignored) {
                // the clients ended
            }
        });
        this.commands = new PrintWriter(process.getOutputStream(), true, StandardCharsets.UTF_8);
    }

    /** Opens the screens listed in {@code participants} ("sittingId username" lines) on {@code baseUrl}. */
    public static LoadClientsProcess start(String baseUrl, String password, Path participants, String maxHeap)
            throws IOException {
        return new LoadClientsProcess(new ProcessBuilder(ProcessHandle.current().info().command().orElse("java"),
                "-Xmx" + maxHeap, "-cp", System.getProperty("java.class.path"), LoadClients.class.getName(), baseUrl,
                password, participants.toString()).redirectError(ProcessBuilder.Redirect.INHERIT).start());
    }

    public void send(String command) {
        commands.println(command);
    }

    /** The first line the clients print that starts with {@code prefix}, waiting at most that long. */
    public String answer(String prefix, int seconds) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (System.nanoTime() < deadline) {
            String line = answers.poll(1, TimeUnit.SECONDS);
            if (line != null && line.startsWith(prefix)) {
                return line;
            }
        }
        throw new IllegalStateException("The load clients did not answer " + prefix + " within " + seconds + " s");
    }

    @Override
    public void close() throws InterruptedException {
        send("QUIT");
        process.waitFor(30, TimeUnit.SECONDS);
        process.destroyForcibly();
    }
}
