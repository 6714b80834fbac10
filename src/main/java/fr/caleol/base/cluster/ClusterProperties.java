package fr.caleol.base.cluster;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Several nodes ({@code caleol.cluster.*}).
 *
 * @param enabled whether this node is one of several: events then cross nodes through Redis
 *     ({@code spring.data.redis.*}); a single node needs no Redis
 * @param nodeId this node's name in the database (presence) and the logs, with a random suffix new at each start;
 *     blank: the host name
 * @param heartbeat how often this node tells the database it is alive
 * @param nodeTimeout how long after its last heartbeat a silent node is taken for dead: its participants stop counting
 *     as present
 */
@Validated
@ConfigurationProperties("caleol.cluster")
public record ClusterProperties(
        @DefaultValue("false") boolean enabled,
        @DefaultValue("") @Size(max = 60) String nodeId,
        @NotNull @DefaultValue(HEARTBEAT) Duration heartbeat,
        @NotNull @DefaultValue(NODE_TIMEOUT) Duration nodeTimeout) {

    public static final String HEARTBEAT = "PT5S";

    /** A node is taken for dead only after missing three heartbeats at least. */
    @AssertTrue(message = "caleol.cluster.node-timeout must be at least three heartbeats (caleol.cluster.heartbeat)")
    public boolean isNodeTimeoutLongEnough() {
        return heartbeat == null || nodeTimeout == null || nodeTimeout.compareTo(heartbeat.multipliedBy(3)) >= 0;
    }
    public static final String NODE_TIMEOUT = "PT30S";
}
