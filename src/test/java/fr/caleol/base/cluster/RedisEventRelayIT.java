package fr.caleol.base.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import fr.caleol.base.events.EventBus;
import fr.caleol.committee.service.SittingChangedEvent.Change;
import fr.caleol.committee.service.SittingChangedEvent;
import fr.caleol.support.LocalServers;
import fr.caleol.support.RedisLink;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;
import org.springframework.data.redis.connection.RedisStandaloneConfiguration;
import org.springframework.data.redis.connection.lettuce.LettuceClientConfiguration;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;
import org.springframework.data.redis.core.StringRedisTemplate;

/**
 * Two nodes' event buses joined by a real Redis server that this test starts, stops and starts again: events cross,
 * a Redis outage costs no request and is reported, and the link comes back by itself.
 */
class RedisEventRelayIT {

    private Path redisServer;
    private int port;
    private Process redis;
    private Node a;
    private Node b;

    /** One node: its bus, and its relay through Redis. */
    private final class Node implements AutoCloseable {
        final EventBus bus = new EventBus();
        final List<Object> heard = new CopyOnWriteArrayList<>();
        final RedisLink link;
        final RedisEventRelay relay;

        Node(String id) {
            bus.subscribe(Object.class, heard::add);
            link = new RedisLink(id, bus, port, new SimpleMeterRegistry());
            relay = link.relay();
        }

        @Override
        public void close() throws Exception {
            link.close();
        }
    }

    @BeforeEach
    void startRedisAndTwoNodes() throws Exception {
        redisServer = LocalServers.require("redis-server", "redis-server");
        port = LocalServers.freePort();
        startRedis();
        a = new Node("node-a");
        b = new Node("node-b");
        await().atMost(Duration.ofSeconds(10)).until(() -> a.relay.isUp() && b.relay.isUp());
    }

    @AfterEach
    void stopAll() throws Exception {
        for (AutoCloseable node : new AutoCloseable[] {a, b}) {
            if (node != null) {
                node.close();
            }
        }
        if (redis != null) {
            redis.destroyForcibly().waitFor();
        }
    }

    private void startRedis() throws IOException, InterruptedException {
        redis = new ProcessBuilder(redisServer.toString(), "--port", String.valueOf(port), "--bind", "127.0.0.1",
                "--save", "", "--appendonly", "no").redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        LocalServers.awaitListening(port, 10_000, redis);
    }

    @Test
    void an_event_committed_on_one_node_is_delivered_once_on_each_node() {
        a.bus.publish(new SittingChangedEvent(41, Change.BALLOT));

        await().atMost(Duration.ofSeconds(5)).until(() -> b.heard.contains(new SittingChangedEvent(41, Change.BALLOT)));
        assertThat(a.heard).filteredOn(SittingChangedEvent.class::isInstance).containsExactly(
                new SittingChangedEvent(41, Change.BALLOT));
        await().during(Duration.ofMillis(500)).atMost(Duration.ofSeconds(2)).until(() -> b.heard.stream()
                .filter(SittingChangedEvent.class::isInstance).count() == 1);
    }

    @Test
    void an_event_that_is_not_for_the_cluster_stays_on_its_node() {
        a.bus.publish("local only");
        a.bus.publish(new SittingChangedEvent(42, Change.PRESENCE));

        await().atMost(Duration.ofSeconds(5)).until(() -> b.heard.contains(new SittingChangedEvent(42, Change.PRESENCE)));
        assertThat(b.heard).doesNotContain("local only");
    }

    @Test
    void a_node_started_while_redis_is_down_serves_and_joins_the_others_once_redis_answers() throws Exception {
        redis.destroyForcibly().waitFor();
        ClusterConfiguration configuration = new ClusterConfiguration();
        EventBus bus = new EventBus();
        List<Object> heard = new CopyOnWriteArrayList<>();
        bus.subscribe(SittingChangedEvent.class, heard::add);
        LettuceConnectionFactory factory = new LettuceConnectionFactory(
                new RedisStandaloneConfiguration("127.0.0.1", port),
                LettuceClientConfiguration.builder().commandTimeout(Duration.ofSeconds(2)).build());
        factory.afterPropertiesSet();
        factory.start();
        RedisEventRelay relay = new RedisEventRelay("node-late", bus, new StringRedisTemplate(factory),
                new SimpleMeterRegistry(), java.time.Clock.systemUTC());
        var container = configuration.clusterEventsListener(factory, relay);
        container.afterPropertiesSet();
        ClusterSubscription subscription = configuration.clusterSubscription(container, factory);
        try {
            subscription.start(); // what the context does at start: it must not fail
            Thread.sleep(3000);
            assertThat(relay.isUp()).isFalse();

            startRedis();
            await().atMost(Duration.ofSeconds(20)).until(() -> relay.isUp() && a.relay.isUp());
            a.bus.publish(new SittingChangedEvent(45, Change.BALLOT));
            await().atMost(Duration.ofSeconds(5)).until(() -> heard.contains(new SittingChangedEvent(45, Change.BALLOT)));
        } finally {
            subscription.stop();
            relay.destroy();
            container.destroy();
            factory.destroy();
        }
    }

    @Test
    void publishing_never_waits_for_a_slow_redis() throws Exception {
        Process sleep = new ProcessBuilder(redisServer.resolveSibling("redis-cli").toString(), "-p",
                String.valueOf(port), "DEBUG", "SLEEP", "3").redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        Thread.sleep(300);
        assertThat(a.relay.isUp()).as("the link is not yet taken for lost").isTrue();

        long start = System.nanoTime();
        a.bus.publish(new SittingChangedEvent(46, Change.BALLOT));
        assertThat(Duration.ofNanos(System.nanoTime() - start)).as("publishing while Redis does not answer")
                .isLessThan(Duration.ofMillis(200));

        sleep.waitFor();
        await().atMost(Duration.ofSeconds(15)).until(() -> b.heard.contains(new SittingChangedEvent(46, Change.BALLOT)));
    }

    @Test
    void a_message_naming_a_class_that_is_not_a_caleol_event_is_refused() {
        assertThatThrownBy(() -> RedisEventRelay.eventType("java.util.ArrayList"))
                .hasMessageContaining("not a CALEOL cluster event");
        assertThatThrownBy(() -> RedisEventRelay.eventType("fr.caleol.base.events.EventBus"))
                .hasMessageContaining("not a CALEOL cluster event");
        assertThat(RedisEventRelay.eventType(SittingChangedEvent.class.getName()))
                .isEqualTo(SittingChangedEvent.class);
    }

    @Test
    void while_redis_is_down_publishing_costs_no_wait_the_link_says_so_and_it_comes_back_by_itself() throws Exception {
        redis.destroyForcibly().waitFor();
        await().atMost(Duration.ofSeconds(10)).until(() -> !a.relay.isUp() && !b.relay.isUp());
        assertThat(a.relay.lastProblem()).isNotBlank();
        Health health = new ClusterConfiguration().clusterHealthIndicator(a.relay).health();
        assertThat(health.getStatus()).as("the node keeps serving: not DOWN").isEqualTo(ClusterConfiguration.DEGRADED);
        assertThat(health.getDetails()).containsEntry("node", "node-a").containsKey("problem");
        b.heard.clear();

        long start = System.nanoTime();
        a.bus.publish(new SittingChangedEvent(43, Change.BALLOT));
        assertThat(Duration.ofNanos(System.nanoTime() - start)).as("publishing while Redis is down")
                .isLessThan(Duration.ofMillis(200));
        assertThat(a.heard).as("the node's own screens still hear it").contains(new SittingChangedEvent(43, Change.BALLOT));

        startRedis();
        await().atMost(Duration.ofSeconds(20)).until(() -> a.relay.isUp() && b.relay.isUp());
        assertThat(new ClusterConfiguration().clusterHealthIndicator(a.relay).health().getStatus())
                .isEqualTo(Status.UP);
        assertThat(b.heard).as("the node reads afresh what it shows, since it missed changes")
                .contains(new ClusterReconnectedEvent("node-b"));
        a.bus.publish(new SittingChangedEvent(44, Change.BALLOT));
        await().atMost(Duration.ofSeconds(5)).until(() -> b.heard.contains(new SittingChangedEvent(44, Change.BALLOT)));
    }
}
