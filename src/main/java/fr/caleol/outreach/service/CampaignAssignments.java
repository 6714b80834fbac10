package fr.caleol.outreach.service;

import fr.caleol.base.db.BatchInsert;
import fr.caleol.base.db.InList;
import fr.caleol.base.domain.LandlordTime;
import fr.caleol.base.errors.BusinessException;
import fr.caleol.outreach.domain.CampaignStatus;
import fr.caleol.outreach.domain.CampaignWeek;
import fr.caleol.outreach.domain.StickyAssignment;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The sticky assignment of a campaign's tenants to its volunteers, shared by the campaign, target and volunteer
 * services: the campaign's status locked for a change, its current week, the current pairings and their rebalancing
 * (only the pairings that change are rewritten, the history keeps both). Reached only from those services, after
 * their role checks.
 */
@Component
class CampaignAssignments {

    private final JdbcTemplate jdbc;
    private final Clock clock;

    CampaignAssignments(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The usernames of the active volunteer accounts. */
    List<String> volunteerAccounts() {
        return jdbc.queryForList("""
                SELECT u.username FROM app_user u JOIN app_user_role r ON r.user_id = u.id
                WHERE r.role = 'VOLUNTEER' AND u.active ORDER BY u.username""", String.class);
    }

    /** Current pairings: tenant id → volunteer. */
    @Transactional(readOnly = true)
    Map<Long, String> assignments(long campaignId) {
        Map<Long, String> result = new LinkedHashMap<>();
        jdbc.query("SELECT tenant_id, username FROM outreach_assignment WHERE campaign_id = ? AND to_week IS NULL "
                + "ORDER BY tenant_id", rs -> {
            result.put(rs.getLong(1), rs.getString(2));
        }, campaignId);
        return result;
    }

    /** Applies the sticky rule to the current targets and volunteers, writing only the pairings that change. */
    void rebalance(long campaignId) {
        List<Long> targets = jdbc.queryForList("SELECT tenant_id FROM outreach_target WHERE campaign_id = ? "
                + "AND removed_at IS NULL ORDER BY tenant_id", Long.class, campaignId);
        Map<Long, String> current = assignments(campaignId);
        List<StickyAssignment.Volunteer> volunteers = jdbc.query("SELECT username, capacity FROM outreach_volunteer "
                + "WHERE campaign_id = ? AND left_week IS NULL ORDER BY id", (rs, n) -> new StickyAssignment.Volunteer(
                rs.getString(1), rs.getInt(2)), campaignId);
        StickyAssignment.Result result = StickyAssignment.assign(targets, current, volunteers);
        int week = currentWeek(campaignId);
        List<Long> moved = new ArrayList<>();
        Map<Long, String> newPairings = new LinkedHashMap<>();
        result.assignments().forEach((tenant, volunteer) -> {
            String before = current.get(tenant);
            if (!volunteer.equals(before)) {
                if (before != null) {
                    moved.add(tenant);
                }
                newPairings.put(tenant, volunteer);
            }
        });
        for (Long tenant : result.unassigned()) {
            if (current.containsKey(tenant)) {
                moved.add(tenant);
            }
        }
        // the old pairings close first, then the new ones are written: the history keeps both
        InList.chunks(moved, chunk -> {
            List<Object> args = new ArrayList<>();
            args.add(week);
            args.add(campaignId);
            args.addAll(chunk);
            jdbc.update("UPDATE outreach_assignment SET to_week = ? WHERE campaign_id = ? AND to_week IS NULL "
                    + "AND tenant_id IN (" + InList.marks(chunk.size()) + ")", args.toArray());
        });
        BatchInsert insert = BatchInsert.into(jdbc, "outreach_assignment", "campaign_id", "tenant_id", "username",
                "from_week");
        newPairings.forEach((tenant, volunteer) -> insert.add(campaignId, tenant, volunteer, week));
        insert.flush();
    }

    void closeAssignment(long campaignId, long tenantId) {
        jdbc.update("UPDATE outreach_assignment SET to_week = ? WHERE campaign_id = ? AND tenant_id = ? "
                + "AND to_week IS NULL", currentWeek(campaignId), campaignId, tenantId);
    }



    int currentWeek(long campaignId) {
        Map<String, Object> row = jdbc.queryForMap("SELECT start_date, weeks FROM outreach_campaign WHERE id = ?",
                campaignId);
        LocalDate start = ((java.sql.Date) row.get("start_date")).toLocalDate();
        return CampaignWeek.of(start, ((Number) row.get("weeks")).intValue(), LandlordTime.today(clock));
    }

    CampaignStatus lockStatus(long campaignId) {
        List<String> status = jdbc.queryForList("SELECT status FROM outreach_campaign WHERE id = ? FOR UPDATE",
                String.class, campaignId);
        if (status.isEmpty()) {
            throw new BusinessException("outreach.error.noCampaign");
        }
        return CampaignStatus.valueOf(status.getFirst());
    }

    static void requireReason(String reason) {
        if (reason == null || reason.isBlank() || reason.length() > 300) {
            throw new BusinessException("outreach.error.reason");
        }
    }
}
