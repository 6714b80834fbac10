package fr.caleol.support;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * The servers of the machine that some tests start themselves (Redis, HAProxy): found on the PATH or in the usual
 * folders; missing, the test is skipped with a loud message, except on CI (CI=true) where it fails (.ci/run installs
 * them).
 */
public final class LocalServers {

    private LocalServers() {}

    /** The executable, or the test skipped (failed on CI) with the package to install. */
    public static Path require(String command, String debianPackage) {
        Path found = Stream.concat(Stream.of(System.getenv().getOrDefault("PATH", "").split(":")),
                        Stream.of("/usr/bin", "/usr/sbin", "/usr/local/bin", "/usr/local/sbin"))
                .filter(dir -> !dir.isBlank()).map(dir -> Path.of(dir, command)).filter(Files::isExecutable)
                .findFirst().orElse(null);
        if (found == null) {
            String message = "\n!! TEST NOT RUN: no " + command + " on this machine. Install it: apt-get install -y "
                    + debianPackage + "\n";
            System.err.println(message);
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                Assertions.fail(message);
            }
            Assumptions.abort(message);
        }
        return found;
    }

    /** Something listening on that local port (a server the machine runs), or the test skipped (failed on CI). */
    public static void requireListening(int port, String what, String howToStart) {
        try (var socket = new java.net.Socket("127.0.0.1", port)) {
            return;
        } catch (IOException notListening) {
            String message = "\n!! TEST NOT RUN: no " + what + ". Start it: " + howToStart + "\n";
            System.err.println(message);
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                Assertions.fail(message);
            }
            Assumptions.abort(message);
        }
    }

    /** A TCP port free at the moment of asking. */
    public static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Waits until something listens on the port. */
    public static void awaitListening(int port, long timeoutMillis, Process process) throws InterruptedException {
        long deadline = System.currentTimeMillis() + timeoutMillis;
        while (System.currentTimeMillis() < deadline) {
            if (process != null && !process.isAlive()) {
                throw new IllegalStateException("The process for port " + port + " ended with " + process.exitValue());
            }
            try (var socket = new java.net.Socket("127.0.0.1", port)) {
                return;
            } catch (IOException notYet) {
                Thread.sleep(100);
            }
        }
        throw new IllegalStateException("Nothing listens on port " + port + " after " + timeoutMillis + " ms");
    }
}
