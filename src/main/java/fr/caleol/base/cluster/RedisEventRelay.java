package fr.caleol.base.cluster;

import fr.caleol.base.events.ClusterEvent;
import fr.caleol.base.events.EventBus;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.data.redis.connection.Message;
import org.springframework.data.redis.connection.MessageListener;
import org.springframework.data.redis.core.StringRedisTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Carries the after-commit events between nodes over one Redis publish/subscribe channel: each {@link ClusterEvent}
 * delivered on this node is published with this node's id and the commit time; each one received from another node is
 * delivered to this node's listeners ({@link EventBus#deliverFromAnotherNode}). Redis holds nothing: the database
 * stays the truth.
 *
 * <p>The link is checked end to end: every {@link #PROBE_EVERY} this node publishes a probe on the channel and expects
 * to hear it back. While it does not, the link is down: events are not sent (they would be lost anyway), screens on
 * other nodes stop following live, {@code /actuator/health} says {@code DEGRADED}, and no request waits for Redis
 * (publishing runs on a thread of its own). When the probe is heard again, this node's listeners get a
 * {@link ClusterReconnectedEvent} and read afresh what they show, since changes on other nodes went unheard.
 *
 * <p>Meters: {@code caleol.cluster.events} (sent, received, dropped), {@code caleol.cluster.hop} (from the commit on
 * another node to the delivery here).
 */
public class RedisEventRelay implements MessageListener, DisposableBean {

    public static final String CHANNEL = "caleol:events";
    static final Duration PROBE_EVERY = Duration.ofSeconds(1);
    /** The link is down when no probe came back for that long. */
    static final Duration PROBE_LOST_AFTER = Duration.ofSeconds(3);

    private static final Logger log = LoggerFactory.getLogger(RedisEventRelay.class);

    private final String nodeId;
    private final EventBus bus;
    private final StringRedisTemplate redis;
    private final MeterRegistry meters;
    private final JsonMapper json = JsonMapper.builder().build();
    private final ThreadPoolExecutor sender = new ThreadPoolExecutor(1, 1, 0, TimeUnit.SECONDS,
            new ArrayBlockingQueue<>(10_000), Thread.ofPlatform().name("caleol-cluster-send").daemon().factory());
    private final ScheduledExecutorService prober = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().name("caleol-cluster-probe").daemon().factory());
    private final AtomicLong probeSent = new AtomicLong();
    private volatile long probeHeardAt;
    private final EventBus.Registration relaying;
    private volatile boolean up;
    private final Clock clock;
    private volatile String lastProblem = "no probe heard yet";

    public RedisEventRelay(String nodeId, EventBus bus, StringRedisTemplate redis, MeterRegistry meters,
            Clock clock) {
        this.clock = clock;
        this.nodeId = nodeId;
        this.bus = bus;
        this.redis = redis;
        this.meters = meters;
        this.relaying = bus.relayTo(this::send);
        prober.scheduleWithFixedDelay(this::probe, 0, PROBE_EVERY.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Whether events reach the other nodes and theirs reach this one (this node heard its own probe lately). */
    public boolean isUp() {
        return up;
    }

    public String lastProblem() {
        return lastProblem;
    }

    public String nodeId() {
        return nodeId;
    }

    void send(ClusterEvent event) {
        if (!up) {
            meters.counter("caleol.cluster.events", "direction", "dropped").increment();
            return;
        }
        long committedAt = epochMicros();
        try {
            // Written to JSON on the sender's thread: the thread that committed does only this hand-over.
            sender.execute(() -> publish(envelope(event, committedAt)));
        } catch (RejectedExecutionException full) {
            meters.counter("caleol.cluster.events", "direction", "dropped").increment();
        }
    }

    private String envelope(ClusterEvent event, long committedAt) {
        ObjectNode envelope = json.createObjectNode();
        envelope.put("node", nodeId);
        envelope.put("at", committedAt);
        envelope.put("type", event.getClass().getName());
        envelope.set("event", json.valueToTree(event));
        return envelope.toString();
    }

    private void publish(String message) {
        try {
            redis.convertAndSend(CHANNEL, message);
            meters.counter("caleol.cluster.events", "direction", "sent").increment();
        } catch (RuntimeException e) {
            meters.counter("caleol.cluster.events", "direction", "dropped").increment();
            linkLost(e.getMessage());
        }
    }

    @Override
    public void onMessage(Message message, byte[] pattern) {
        long receivedMicros = epochMicros();
        try {
            JsonNode envelope = json.readTree(new String(message.getBody(), StandardCharsets.UTF_8));
            String from = envelope.path("node").asString("");
            if (envelope.has("probe")) {
                if (from.equals(nodeId)) {
                    probeHeard();
                }
                return;
            }
            if (from.equals(nodeId)) {
                return; // delivered here at the commit already
            }
            ClusterEvent event = json.treeToValue(envelope.get("event"), eventType(envelope.path("type").asString("")));
            Timer.builder("caleol.cluster.hop").description("From the commit on another node to the delivery here")
                    .register(meters).record(Math.max(0, receivedMicros - envelope.path("at").asLong()),
                            TimeUnit.MICROSECONDS);
            meters.counter("caleol.cluster.events", "direction", "received").increment();
            bus.deliverFromAnotherNode(event);
        } catch (RuntimeException e) {
            log.warn("Ignored a message from the cluster channel that this node cannot read: {}", e.getMessage());
        }
    }

    /** Only CALEOL's own event records cross: a message naming any other class is refused. */
    static Class<? extends ClusterEvent> eventType(String name) {
        if (!name.startsWith("fr.caleol.")) {
            throw new IllegalArgumentException("not a CALEOL cluster event: " + name);
        }
        try {
            Class<?> type = Class.forName(name, false, RedisEventRelay.class.getClassLoader());
            if (!type.isRecord() || !ClusterEvent.class.isAssignableFrom(type)) {
                throw new IllegalArgumentException("not a CALEOL cluster event: " + name);
            }
            return type.asSubclass(ClusterEvent.class);
        } catch (ClassNotFoundException e) {
            throw new IllegalArgumentException("unknown event type: " + name, e);
        }
    }

    private void probe() {
        try {
            ObjectNode probe = json.createObjectNode();
            probe.put("node", nodeId);
            probe.put("probe", probeSent.incrementAndGet());
            redis.convertAndSend(CHANNEL, probe.toString());
        } catch (RuntimeException e) {
            linkLost(e.getMessage());
            return;
        }
        if (up && System.nanoTime() - probeHeardAt > PROBE_LOST_AFTER.toNanos()) {
            linkLost("the probes sent on " + CHANNEL + " do not come back");
        }
    }

    private synchronized void probeHeard() {
        probeHeardAt = System.nanoTime();
        if (!up) {
            up = true;
            lastProblem = null;
            log.info("Node {}: the cluster link through Redis works; this node reads afresh what its screens show",
                    nodeId);
            bus.publish(new ClusterReconnectedEvent(nodeId));
        }
    }

    private synchronized void linkLost(String why) {
        lastProblem = why;
        if (up) {
            up = false;
            log.warn("Node {}: the cluster link through Redis is down ({}); screens on other nodes will not follow"
                    + " this node's changes live until it is back", nodeId, why);
        }
    }

    private long epochMicros() {
        Instant now = clock.instant();
        return now.getEpochSecond() * 1_000_000 + now.getNano() / 1000;
    }

    @Override
    public void destroy() {
        relaying.close();
        prober.shutdownNow();
        sender.shutdown();
    }
}
