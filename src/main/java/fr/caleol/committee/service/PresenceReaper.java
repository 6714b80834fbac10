package fr.caleol.committee.service;

import fr.caleol.audit.domain.AuditAction;
import fr.caleol.audit.service.AuditLog;
import fr.caleol.base.cluster.ClusterProperties;
import fr.caleol.base.db.InList;
import fr.caleol.base.events.EventBus;
import fr.caleol.base.jobs.JobRuns;
import fr.caleol.committee.service.SittingChangedEvent.Change;
import fr.caleol.security.service.SystemActor;
import java.util.ArrayList;
import java.util.List;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Ends the presence recorded through a node that is gone: one that stopped cleanly (its row in {@code cluster_node}
 * is deleted) or one silent for longer than {@link ClusterProperties#nodeTimeout()} (a crash, a lost network). Each
 * stretch ends at the node's last heartbeat; the sittings concerned are told, so every screen, on every node, shows
 * those participants absent and the quorum counts without them. Their members, back through another node, join again
 * there.
 */
@Component
class PresenceReaper {

    private static final Logger log = LoggerFactory.getLogger(PresenceReaper.class);

    /**
     * Open online stretches through a node unknown to {@code cluster_node} (stopped cleanly, or never recorded). A
     * stretch in the room goes through no node: only the secretary ends it.
     */
    private static final String ORPHANS = """
            SELECT a.id FROM attendance a LEFT JOIN cluster_node n ON n.id = a.node_id
            WHERE a.left_at IS NULL AND n.id IS NULL AND NOT a.in_room""";

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final AuditLog auditLog;
    private final EventBus eventBus;
    private final JobRuns runs;
    private final long timeoutMicros;

    PresenceReaper(JdbcTemplate jdbc, TransactionTemplate transaction, AuditLog auditLog, EventBus eventBus,
            JobRuns runs, ClusterProperties cluster) {
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.auditLog = auditLog;
        this.eventBus = eventBus;
        this.runs = runs;
        this.timeoutMicros = cluster.nodeTimeout().toNanos() / 1000;
    }

    @Scheduled(fixedDelayString = "${caleol.cluster.heartbeat:" + ClusterProperties.HEARTBEAT + "}")
    @SchedulerLock(name = "presence-reaper", lockAtMostFor = "PT1M")
    void scheduled() {
        runs.run("presence-reaper", () -> SystemActor.call(this::endLostPresence));
    }

    private record Lost(long id, long sittingId, long seatId, String nodeId) {}

    /** The open stretches whose {@code column} is one of {@code values}, locked until the transaction ends. */
    private List<Lost> lockOpen(String column, List<?> values) {
        if (values.isEmpty()) {
            return List.of();
        }
        return jdbc.query("SELECT id, sitting_id, seat_id, node_id FROM attendance WHERE left_at IS NULL AND " + column
                + " IN (" + InList.marks(values.size()) + ") FOR UPDATE",
                (rs, i) -> new Lost(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getString(4)), values.toArray());
    }

    /**
     * Ends the open stretches of lost nodes; the number of stretches ended. One transaction: the silent nodes' rows are
     * locked first and deleted with their stretches ended, so a node whose heartbeat arrives meanwhile waits, then
     * finds its row gone and records itself again ({@code ClusterNode}), instead of being left with its members
     * shown absent.
     */
    int endLostPresence() {
        Integer ended = transaction.execute(status -> {
            List<String> silent = jdbc.queryForList("SELECT id FROM cluster_node"
                    + " WHERE heartbeat_at < UTC_TIMESTAMP(6) - INTERVAL ? MICROSECOND FOR UPDATE", String.class,
                    timeoutMicros);
            List<Lost> lost = new ArrayList<>(lockOpen("node_id", silent));
            lost.addAll(lockOpen("id", jdbc.queryForList(ORPHANS, Long.class)));
            if (!lost.isEmpty()) {
                // Ended at the node's last heartbeat, never before the stretch began.
                jdbc.update("UPDATE attendance a LEFT JOIN cluster_node n ON n.id = a.node_id"
                        + " SET a.left_at = GREATEST(a.joined_at, COALESCE(n.heartbeat_at, UTC_TIMESTAMP(6)))"
                        + " WHERE a.left_at IS NULL AND a.id IN (" + InList.marks(lost.size()) + ")",
                        lost.stream().map(Lost::id).toArray());
                for (Lost stretch : lost) {
                    auditLog.record(AuditAction.SITTING_LEFT, "sitting", stretch.sittingId(),
                            "seat " + stretch.seatId() + ", node " + stretch.nodeId() + " lost");
                }
                lost.stream().map(Lost::sittingId).distinct()
                        .forEach(sitting -> eventBus.publish(new SittingChangedEvent(sitting, Change.PRESENCE)));
                log.warn("Ended {} presence(s) recorded through lost node(s) {}", lost.size(),
                        lost.stream().map(Lost::nodeId).distinct().toList());
            }
            if (!silent.isEmpty()) {
                jdbc.update("DELETE FROM cluster_node WHERE id IN (" + InList.marks(silent.size()) + ")",
                        silent.toArray());
            }
            return lost.size();
        });
        return ended == null ? 0 : ended;
    }
}
