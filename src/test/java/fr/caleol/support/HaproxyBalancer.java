package fr.caleol.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The load balancer of {@code docker/compose.yaml}, run from Debian's HAProxy with the very configuration shipped in
 * {@code docker/haproxy.cfg}, in front of two nodes.
 */
public final class HaproxyBalancer implements AutoCloseable {

    private final int port;
    private final Process process;

    private HaproxyBalancer(int port, Process process) {
        this.port = port;
        this.process = process;
    }

    public static HaproxyBalancer start(CaleolNode node1, CaleolNode node2) throws IOException, InterruptedException {
        Path haproxy = LocalServers.require("haproxy", "haproxy");
        int port = LocalServers.freePort();
        Path log = Path.of("target", "cluster", "haproxy.log").toAbsolutePath();
        Files.createDirectories(log.getParent());
        ProcessBuilder builder = new ProcessBuilder(haproxy.toString(), "-db", "-f",
                Path.of("docker", "haproxy.cfg").toAbsolutePath().toString())
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.to(log.toFile()));
        builder.environment().put("CALEOL_LB_BIND", "127.0.0.1:" + port);
        builder.environment().put("CALEOL_NODE1", "127.0.0.1:" + node1.port());
        builder.environment().put("CALEOL_NODE2", "127.0.0.1:" + node2.port());
        builder.environment().put("CALEOL_LB_DNS", "127.0.0.1:53"); // the nodes are addresses: nothing to resolve
        Process process = builder.start();
        LocalServers.awaitListening(port, 10_000, process);
        return new HaproxyBalancer(port, process);
    }

    public String baseUrl() {
        return "http://localhost:" + port + "/";
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        process.waitFor();
    }
}
