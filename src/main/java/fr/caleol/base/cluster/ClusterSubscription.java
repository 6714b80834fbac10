package fr.caleol.base.cluster;

import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.data.redis.connection.RedisConnection;
import org.springframework.data.redis.connection.RedisConnectionFactory;
import org.springframework.data.redis.listener.RedisMessageListenerContainer;

/**
 * Starts the subscription to the cluster channel in the background and tries again every two seconds while Redis is
 * unreachable, so that a node starts and serves even when Redis is down at that moment. Once subscribed, the
 * container and Lettuce reconnect by themselves after an outage.
 */
class ClusterSubscription implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(ClusterSubscription.class);
    private static final Duration RETRY = Duration.ofSeconds(2);

    private final RedisMessageListenerContainer container;
    private final RedisConnectionFactory redis;
    private volatile Thread starter;

    ClusterSubscription(RedisMessageListenerContainer container, RedisConnectionFactory redis) {
        this.container = container;
        this.redis = redis;
    }

    @Override
    public void start() {
        starter = Thread.ofPlatform().daemon().name("caleol-cluster-subscribe").start(() -> {
            boolean warned = false;
            while (!Thread.currentThread().isInterrupted() && !container.isRunning()) {
                try {
                    // A container whose first start failed stays half started: start it only once Redis answers.
                    try (RedisConnection connection = redis.getConnection()) {
                        connection.ping();
                    }
                    container.start();
                } catch (RuntimeException e) {
                    if (!warned) {
                        log.warn("Cannot subscribe to the cluster channel yet ({}): this node serves its own screens"
                                + " and tries again every {} s", e.getMessage(), RETRY.toSeconds());
                        warned = true;
                    }
                    try {
                        Thread.sleep(RETRY);
                    } catch (InterruptedException stopped) {
                        return;
                    }
                }
            }
            if (warned) {
                log.info("Subscribed to the cluster channel");
            }
        });
    }

    @Override
    public void stop() {
        Thread running = starter;
        if (running != null) {
            running.interrupt();
        }
        container.stop();
    }

    @Override
    public boolean isRunning() {
        return starter != null && (starter.isAlive() || container.isRunning());
    }
}
