package fr.caleol.base.cluster;

import fr.caleol.base.events.EventBus;
import io.lettuce.core.resource.Delay;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.data.redis.autoconfigure.ClientResourcesBuilderCustomizer;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.redis.connection.RedisConnectionFactory;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.listener.ChannelTopic;
import org.springframework.data.redis.listener.RedisMessageListenerContainer;

/**
 * Several nodes ({@code caleol.cluster.enabled=true}): the Redis relay of events, its listener and its health. A
 * single node (the default) creates none of these and never connects to Redis.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "caleol.cluster.enabled", havingValue = "true")
class ClusterConfiguration {

    /** Health status while events do not cross nodes: the node serves requests, its screens follow only its changes. */
    static final Status DEGRADED = new Status("DEGRADED", "Events do not cross nodes: Redis is unreachable");

    @Bean
    RedisEventRelay redisEventRelay(ClusterNode node, EventBus bus, StringRedisTemplate redis, MeterRegistry meters,
            Clock clock) {
        return new RedisEventRelay(node.id(), bus, redis, meters, clock);
    }

    /**
     * The subscription to the channel. Not started with the context, which would fail while Redis is unreachable:
     * {@link ClusterSubscription} starts it, in the background, as soon as Redis answers.
     */
    @Bean
    RedisMessageListenerContainer clusterEventsListener(RedisConnectionFactory redis, RedisEventRelay relay) {
        RedisMessageListenerContainer container = new RedisMessageListenerContainer();
        container.setConnectionFactory(redis);
        container.addMessageListener(relay, new ChannelTopic(RedisEventRelay.CHANNEL));
        container.setRecoveryInterval(1_000);
        container.setAutoStartup(false);
        return container;
    }

    @Bean
    ClusterSubscription clusterSubscription(RedisMessageListenerContainer clusterEventsListener,
            RedisConnectionFactory redis) {
        return new ClusterSubscription(clusterEventsListener, redis);
    }

    /** Reconnects to Redis within a second or two of its return, instead of Lettuce's default of up to 30 s. */
    @Bean
    ClientResourcesBuilderCustomizer quickRedisReconnect() {
        return resources -> resources.reconnectDelay(Delay.exponential(Duration.ofMillis(100), Duration.ofSeconds(2),
                2, java.util.concurrent.TimeUnit.MILLISECONDS));
    }

    /**
     * {@code /actuator/health} component "cluster": UP while events cross nodes, DEGRADED (HTTP 200, so that the load
     * balancer keeps the node) while they do not.
     */
    @Bean
    HealthIndicator clusterHealthIndicator(RedisEventRelay relay) {
        return () -> relay.isUp()
                ? Health.up().withDetail("node", relay.nodeId()).build()
                : Health.status(DEGRADED).withDetail("node", relay.nodeId())
                        .withDetail("problem", String.valueOf(relay.lastProblem())).build();
    }
}
