package fr.caleol.base.cluster;

import fr.caleol.base.events.EventBus;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * This node, as the database knows it: a row of {@code cluster_node} written at start, refreshed at each heartbeat
 * (database time) and deleted at a clean stop. A node whose heartbeat is older than
 * {@link ClusterProperties#nodeTimeout()} is taken for dead by the others, whatever it believes; should it come back
 * (a long pause), its next heartbeat finds its row gone, writes it again and tells this node's listeners
 * ({@link NodeRevivedEvent}) so that they record again what the others dropped.
 *
 * <p>A single node works the same way: after a crash, the presence it recorded ends within the timeout.
 */
@Component
public class ClusterNode implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(ClusterNode.class);

    private final String id;
    private final JdbcTemplate jdbc;
    private final EventBus events;
    private final Duration every;
    private ScheduledExecutorService heartbeats;
    private volatile boolean running;

    ClusterNode(ClusterProperties properties, JdbcTemplate jdbc, EventBus events) {
        this.every = properties.heartbeat();
        this.id = (properties.nodeId().isBlank() ? hostName() : properties.nodeId()) + "-"
                + HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextInt());
        this.jdbc = jdbc;
        this.events = events;
    }

    /**
     * This node's name, unique to this start: the configured name (or the host name) and a random suffix, so that a
     * node restarted at once never passes for its previous run, whose presences the others end.
     */
    public String id() {
        return id;
    }

    @Override
    public void start() {
        jdbc.update("INSERT INTO cluster_node (id, started_at, heartbeat_at) VALUES (?, UTC_TIMESTAMP(6), UTC_TIMESTAMP(6))",
                id);
        running = true;
        // A thread of its own: the scheduled jobs (a long nightly run) never delay the heartbeat.
        heartbeats = Executors.newSingleThreadScheduledExecutor(
                Thread.ofPlatform().name("caleol-heartbeat").daemon().factory());
        heartbeats.scheduleWithFixedDelay(this::heartbeat, every.toMillis(), every.toMillis(), TimeUnit.MILLISECONDS);
        log.info("Node {} started", id);
    }

    /** Records that this node is alive: every {@link ClusterProperties#heartbeat()}, on a thread of its own. */
    public void heartbeat() {
        if (!running) {
            return;
        }
        try {
            if (jdbc.update("UPDATE cluster_node SET heartbeat_at = UTC_TIMESTAMP(6) WHERE id = ?", id) == 0) {
                jdbc.update("INSERT INTO cluster_node (id, started_at, heartbeat_at) VALUES (?, UTC_TIMESTAMP(6),"
                        + " UTC_TIMESTAMP(6))", id);
                log.warn("Node {} had been taken for dead (no heartbeat within the timeout): it records itself again",
                        id);
                events.publish(new NodeRevivedEvent(id));
            }
        } catch (RuntimeException e) {
            log.warn("Node {} could not record its heartbeat: {}", id, e.getMessage());
        }
    }

    @Override
    public void stop() {
        running = false;
        if (heartbeats != null) {
            heartbeats.shutdownNow();
        }
        try {
            jdbc.update("DELETE FROM cluster_node WHERE id = ?", id);
            log.info("Node {} stopped", id);
        } catch (RuntimeException e) {
            log.warn("Node {} could not record that it stops: {}", id, e.getMessage());
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Started before the web server takes requests, stopped after it has stopped taking them. */
    @Override
    public int getPhase() {
        return Integer.MIN_VALUE + 1000;
    }

    private static String hostName() {
        try {
            String host = InetAddress.getLocalHost().getHostName();
            return host.length() > 60 ? host.substring(0, 60) : host;
        } catch (UnknownHostException e) {
            return "node";
        }
    }
}
