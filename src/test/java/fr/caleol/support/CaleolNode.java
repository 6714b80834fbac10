package fr.caleol.support;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One more CALEOL node, in a JVM of its own (the test's classpath, the {@code test} profile), on the test's database:
 * what an operator runs on a second machine. Its output goes to {@code target/cluster/<name>.log}.
 */
public final class CaleolNode implements AutoCloseable {

    private final String name;
    private final int port;
    private final Process process;
    private final Path log;

    private CaleolNode(String name, int port, Process process, Path log) {
        this.name = name;
        this.port = port;
        this.process = process;
        this.log = log;
    }

    /** Starts the node; {@link #awaitReady} waits for it. */
    public static CaleolNode start(String name, String datasourceUrl, String username, String password,
            Map<String, String> settings) throws IOException {
        int port = LocalServers.freePort();
        Path log = Path.of("target", "cluster", name + ".log").toAbsolutePath();
        Files.createDirectories(log.getParent());
        List<String> command = new ArrayList<>(List.of(
                ProcessHandle.current().info().command().orElse("java"), "-Xmx700m", "-XX:+UseSerialGC",
                "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"), "fr.caleol.Application",
                "--spring.profiles.active=test", "--server.port=" + port, "--spring.main.banner-mode=off",
                "--spring.datasource.url=" + datasourceUrl, "--caleol.demo.enabled=false",
                "--caleol.cluster.enabled=true", "--caleol.cluster.node-id=" + name));
        if (username != null) {
            command.add("--spring.datasource.username=" + username);
        }
        if (password != null) {
            command.add("--spring.datasource.password=" + password);
        }
        settings.forEach((key, value) -> command.add("--" + key + "=" + value));
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.to(log.toFile())).start();
        return new CaleolNode(name, port, process, log);
    }

    /** Waits until the node answers ready (as the load balancer checks it). */
    public CaleolNode awaitReady(Duration timeout) throws InterruptedException {
        HttpClient http = HttpClient.newHttpClient();
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Node " + name + " ended with " + process.exitValue() + ": see " + log);
            }
            try {
                HttpResponse<String> ready = http.send(HttpRequest.newBuilder(
                        URI.create(baseUrl() + "actuator/health/readiness")).build(),
                        HttpResponse.BodyHandlers.ofString());
                if (ready.statusCode() == 200) {
                    return this;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("Node " + name + " not ready after " + timeout + ": see " + log);
    }

    public String name() {
        return name;
    }

    public int port() {
        return port;
    }

    public String baseUrl() {
        return "http://localhost:" + port + "/";
    }

    public Path log() {
        return log;
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    /** The node lost: killed at once, as a crash or a power cut would (no clean stop, no goodbye to the database). */
    public void kill() throws InterruptedException {
        process.destroyForcibly().waitFor();
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            process.destroy();
            if (!process.waitFor(20, java.util.concurrent.TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        }
    }
}
