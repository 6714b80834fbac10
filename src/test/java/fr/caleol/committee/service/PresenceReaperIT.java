package fr.caleol.committee.service;

import static org.assertj.core.api.Assertions.assertThat;

import fr.caleol.base.cluster.ClusterNode;
import fr.caleol.base.events.EventBus;
import fr.caleol.committee.domain.CastingVoteHolder;
import fr.caleol.committee.service.SittingChangedEvent.Change;
import fr.caleol.security.domain.Role;
import fr.caleol.support.CommitteeFixtures.LiveSitting;
import fr.caleol.support.CommitteeFixtures;
import fr.caleol.support.IntegrationTest;
import fr.caleol.support.TestUsers;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A node lost mid-sitting: the presence recorded through it ends at its last heartbeat, the sitting's screens are
 * told, and the presence recorded through live nodes stays.
 */
@IntegrationTest
class PresenceReaperIT {

    @Autowired CommitteeFixtures fixtures;
    @Autowired LivePresence presence;
    @Autowired LiveStates states;
    @Autowired PresenceReaper reaper;
    @Autowired ClusterNode thisNode;
    @Autowired EventBus events;
    @Autowired JdbcTemplate jdbc;

    @AfterEach
    void logout() {
        TestUsers.anonymous();
    }

    private long seatOf(LiveSitting s, String username) {
        return jdbc.queryForObject("""
                SELECT cs.id FROM committee_seat cs JOIN app_user u ON u.id = cs.user_id
                WHERE cs.committee_id = ? AND u.username = ?""", Long.class, s.committeeId(), username);
    }

    private void joinedThrough(String node, LiveSitting s, String username) {
        jdbc.update("INSERT INTO attendance (sitting_id, seat_id, joined_at, node_id) VALUES (?, ?, UTC_TIMESTAMP(6)"
                + " - INTERVAL 5 MINUTE, ?)", s.sittingId(), seatOf(s, username), node);
    }

    private Map<String, Boolean> presentAsTheSecretarySees(LiveSitting s) {
        TestUsers.actAs(s.secretary(), Role.SECRETARY);
        return states.open(s.sittingId(), null).state().participants().stream()
                .collect(Collectors.toMap(LiveState.Participant::username, LiveState.Participant::present));
    }

    @Test
    void the_members_of_a_silent_node_become_absent_at_its_last_heartbeat_and_the_others_stay_present() {
        LiveSitting s = fixtures.convenedSitting(3, CastingVoteHolder.MAYOR_OF_COMMUNE);
        TestUsers.actAs(s.president(), Role.COMMITTEE_MEMBER);
        presence.join(s.sittingId());
        String lost = TestUsers.unique("lost-node");
        String alive = TestUsers.unique("alive-node");
        String stopped = TestUsers.unique("stopped-node"); // stopped cleanly: its row is gone
        List<SittingChangedEvent> told = new CopyOnWriteArrayList<>();
        LocalDateTime lastHeartbeat;
        // Subscribed first: the scheduled sweep of this node may do the work before the call below.
        try (var subscription = events.subscribe(SittingChangedEvent.class, told::add)) {
            jdbc.update("INSERT INTO cluster_node (id, started_at, heartbeat_at) VALUES (?, UTC_TIMESTAMP(6)"
                    + " - INTERVAL 1 HOUR, UTC_TIMESTAMP(6) - INTERVAL 2 MINUTE)", lost);
            jdbc.update("INSERT INTO cluster_node (id, started_at, heartbeat_at) VALUES (?, UTC_TIMESTAMP(6)"
                    + " - INTERVAL 1 HOUR, UTC_TIMESTAMP(6))", alive);
            lastHeartbeat = jdbc.queryForObject("SELECT heartbeat_at FROM cluster_node WHERE id = ?",
                    LocalDateTime.class, lost);
            joinedThrough(lost, s, s.boardMembers().get(0));
            joinedThrough(alive, s, s.boardMembers().get(1));
            joinedThrough(stopped, s, s.boardMembers().get(2));

            reaper.endLostPresence();

            assertThat(told).contains(new SittingChangedEvent(s.sittingId(), Change.PRESENCE));
        }
        assertThat(presentAsTheSecretarySees(s))
                .containsEntry(s.president(), true)
                .containsEntry(s.boardMembers().get(0), false)
                .containsEntry(s.boardMembers().get(1), true)
                .containsEntry(s.boardMembers().get(2), false);
        assertThat(jdbc.queryForObject("SELECT left_at FROM attendance WHERE sitting_id = ? AND node_id = ?",
                LocalDateTime.class, s.sittingId(), lost)).as("ended at the node's last heartbeat")
                .isEqualTo(lastHeartbeat);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM cluster_node WHERE id = ?", Integer.class, lost))
                .as("the dead node is forgotten").isZero();
        assertThat(jdbc.queryForObject("SELECT node_id FROM attendance WHERE sitting_id = ? AND seat_id = ?",
                String.class, s.sittingId(), seatOf(s, s.president()))).isEqualTo(thisNode.id());
        jdbc.update("DELETE FROM cluster_node WHERE id = ?", alive);
    }

    @Test
    void a_node_taken_for_dead_has_its_presences_ended_and_records_itself_again_at_its_next_heartbeat() {
        LiveSitting s = fixtures.convenedSitting(2, CastingVoteHolder.MAYOR_OF_COMMUNE);
        TestUsers.actAs(s.president(), Role.COMMITTEE_MEMBER);
        presence.join(s.sittingId());
        List<Object> told = new CopyOnWriteArrayList<>();
        try (var revived = events.subscribe(fr.caleol.base.cluster.NodeRevivedEvent.class, told::add)) {
            // This node seemed silent for two minutes (a long pause): the sweep ends its presences and forgets it.
            jdbc.update("UPDATE cluster_node SET heartbeat_at = UTC_TIMESTAMP(6) - INTERVAL 2 MINUTE WHERE id = ?",
                    thisNode.id());
            reaper.endLostPresence();
            assertThat(presentAsTheSecretarySees(s)).containsEntry(s.president(), false);
            assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM cluster_node WHERE id = ?", Integer.class,
                    thisNode.id())).isZero();

            thisNode.heartbeat();

            assertThat(told).containsExactly(new fr.caleol.base.cluster.NodeRevivedEvent(thisNode.id()));
            assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM cluster_node WHERE id = ?", Integer.class,
                    thisNode.id())).isEqualTo(1);
        }
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM attendance WHERE sitting_id = ? AND left_at < joined_at",
                Integer.class, s.sittingId())).as("no stretch ends before it began").isZero();
    }

    @Test
    void with_no_node_lost_nothing_changes() {
        LiveSitting s = fixtures.convenedSitting(2, CastingVoteHolder.MAYOR_OF_COMMUNE);
        TestUsers.actAs(s.president(), Role.COMMITTEE_MEMBER);
        presence.join(s.sittingId());
        reaper.endLostPresence();
        assertThat(presentAsTheSecretarySees(s)).containsEntry(s.president(), true);
    }
}
