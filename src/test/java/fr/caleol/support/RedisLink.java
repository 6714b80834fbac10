package fr.caleol.support;

import fr.caleol.base.cluster.RedisEventRelay;
import fr.caleol.base.events.EventBus;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import org.springframework.data.redis.connection.RedisStandaloneConfiguration;
import org.springframework.data.redis.connection.lettuce.LettuceClientConfiguration;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.listener.ChannelTopic;
import org.springframework.data.redis.listener.RedisMessageListenerContainer;

/** An event bus joined to the other nodes through Redis, wired as {@code ClusterConfiguration} wires a node's. */
public final class RedisLink implements AutoCloseable {

    private final LettuceConnectionFactory factory;
    private final RedisMessageListenerContainer container = new RedisMessageListenerContainer();
    private final RedisEventRelay relay;

    public RedisLink(String nodeId, EventBus bus, int redisPort, MeterRegistry meters) {
        factory = new LettuceConnectionFactory(new RedisStandaloneConfiguration("127.0.0.1", redisPort),
                LettuceClientConfiguration.builder().commandTimeout(Duration.ofSeconds(2)).build());
        factory.afterPropertiesSet();
        factory.start();
        relay = new RedisEventRelay(nodeId, bus, new StringRedisTemplate(factory), meters,
                java.time.Clock.systemUTC());
        container.setConnectionFactory(factory);
        container.addMessageListener(relay, new ChannelTopic(RedisEventRelay.CHANNEL));
        container.setRecoveryInterval(500);
        container.afterPropertiesSet();
        container.start();
    }

    public RedisEventRelay relay() {
        return relay;
    }

    @Override
    public void close() throws Exception {
        relay.destroy();
        container.stop();
        container.destroy();
        factory.destroy();
    }
}
