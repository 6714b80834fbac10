package fr.caleol.base.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import fr.caleol.base.events.EventBus;
import fr.caleol.support.IntegrationTest;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** This node in the database: its heartbeat, and its return after the others took it for dead. */
@IntegrationTest
class ClusterNodeIT {

    @Autowired ClusterNode node;
    @Autowired EventBus events;
    @Autowired JdbcTemplate jdbc;

    private String heartbeat() {
        return jdbc.queryForObject("SELECT heartbeat_at FROM cluster_node WHERE id = ?", String.class, node.id());
    }

    @Test
    void a_running_node_refreshes_its_heartbeat() throws InterruptedException {
        String before = heartbeat();
        Thread.sleep(5);
        node.heartbeat();
        assertThat(heartbeat()).isGreaterThan(before);
    }

    @Test
    void a_node_taken_for_dead_records_itself_again_and_tells_its_screens_to_join_again() {
        List<NodeRevivedEvent> revived = new CopyOnWriteArrayList<>();
        try (var subscription = events.subscribe(NodeRevivedEvent.class, revived::add)) {
            jdbc.update("DELETE FROM cluster_node WHERE id = ?", node.id()); // what another node's sweep does

            node.heartbeat();

            assertThat(revived).containsExactly(new NodeRevivedEvent(node.id()));
        }
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM cluster_node WHERE id = ?", Integer.class, node.id()))
                .isEqualTo(1);
    }
}
