package fr.caleol.outreach.service;

import fr.caleol.audit.domain.AuditAction;
import fr.caleol.audit.service.AuditLog;
import fr.caleol.base.errors.BusinessException;
import fr.caleol.base.events.EventBus;
import fr.caleol.outreach.domain.CampaignStatus;
import fr.caleol.security.domain.Role;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * A campaign's volunteers: enrolment with a capacity, leaving, moving a tenant to another volunteer, and the history
 * of who called whom; every change rebalances the sticky assignment.
 */
@Service
@Validated
public class VolunteerService {

    private final JdbcTemplate jdbc;
    private final AuditLog audit;
    private final EventBus events;
    private final CampaignAssignments pairings;

    VolunteerService(JdbcTemplate jdbc, AuditLog audit, EventBus events, CampaignAssignments pairings) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.events = events;
        this.pairings = pairings;
    }

    /** Current pairings: tenant id → volunteer. */
    @Transactional(readOnly = true)
    @RolesAllowed(Role.Names.OUTREACH_COORDINATOR)
    public Map<Long, String> assignments(long campaignId) {
        return pairings.assignments(campaignId);
    }

    /** A volunteer enrolled in a campaign, with their load (tenants assigned now). */
    public record VolunteerRow(String username, String displayName, int capacity, Integer leftWeek, int load) {}

    @Transactional(readOnly = true)
    @RolesAllowed(Role.Names.OUTREACH_COORDINATOR)
    public List<VolunteerRow> volunteers(long campaignId) {
        return jdbc.query("""
                SELECT v.username, COALESCE(u.display_name, v.username), v.capacity, v.left_week,
                  (SELECT COUNT(*) FROM outreach_assignment a WHERE a.campaign_id = v.campaign_id
                     AND a.username = v.username AND a.to_week IS NULL)
                FROM outreach_volunteer v LEFT JOIN app_user u ON u.username = v.username
                WHERE v.campaign_id = ? ORDER BY v.left_week IS NOT NULL, v.username""", (rs, n) -> new VolunteerRow(
                rs.getString(1), rs.getString(2), rs.getInt(3), (Integer) rs.getObject(4), rs.getInt(5)),
                campaignId);
    }

    /** Users holding the VOLUNTEER role, for the enrolment picker. */
    @Transactional(readOnly = true)
    @RolesAllowed(Role.Names.OUTREACH_COORDINATOR)
    public List<String> volunteerUsernames() {
        return pairings.volunteerAccounts();
    }

    @Transactional
    @RolesAllowed(Role.Names.OUTREACH_COORDINATOR)
    public void enrol(long campaignId, String username, int capacity) {
        CampaignStatus status = pairings.lockStatus(campaignId);
        if (status == CampaignStatus.ENDED) {
            throw new BusinessException("outreach.error.ended");
        }
        if (capacity < 1 || capacity > 200) {
            throw new BusinessException("outreach.error.capacity");
        }
        if (!volunteerUsernames().contains(username)) {
            throw new BusinessException("outreach.error.notVolunteer", username);
        }
        int updated = jdbc.update("""
                UPDATE outreach_volunteer SET capacity = ?, left_week = NULL WHERE campaign_id = ? AND username = ?""",
                capacity, campaignId, username);
        if (updated == 0) {
            jdbc.update("INSERT INTO outreach_volunteer (campaign_id, username, capacity) VALUES (?, ?, ?)",
                    campaignId, username, capacity);
        }
        if (status == CampaignStatus.RUNNING) {
            pairings.rebalance(campaignId);
        }
        audit.record(AuditAction.VOLUNTEER_ENROLLED, "outreach_campaign", campaignId, username + " / " + capacity);
        events.publish(new OutreachChangedEvent(campaignId));
    }

    /** A volunteer leaves: only their tenants move, to the least-loaded others; the history stays. */
    @Transactional
    @RolesAllowed(Role.Names.OUTREACH_COORDINATOR)
    public void leave(long campaignId, String username) {
        pairings.lockStatus(campaignId);
        int week = pairings.currentWeek(campaignId);
        if (jdbc.update("UPDATE outreach_volunteer SET left_week = ? WHERE campaign_id = ? AND username = ? "
                + "AND left_week IS NULL", week, campaignId, username) == 0) {
            throw new BusinessException("outreach.error.notEnrolled", username);
        }
        pairings.rebalance(campaignId);
        audit.record(AuditAction.VOLUNTEER_LEFT, "outreach_campaign", campaignId, username + " week " + week);
        events.publish(new OutreachChangedEvent(campaignId));
    }

    /** The coordinator moves one tenant to another enrolled volunteer. */
    @Transactional
    @RolesAllowed(Role.Names.OUTREACH_COORDINATOR)
    public void move(long campaignId, long tenantId, String username) {
        pairings.lockStatus(campaignId);
        Integer enrolled = jdbc.queryForObject("SELECT COUNT(*) FROM outreach_volunteer WHERE campaign_id = ? "
                + "AND username = ? AND left_week IS NULL", Integer.class, campaignId, username);
        if (enrolled == 0) {
            throw new BusinessException("outreach.error.notEnrolled", username);
        }
        pairings.closeAssignment(campaignId, tenantId);
        jdbc.update("INSERT INTO outreach_assignment (campaign_id, tenant_id, username, from_week) VALUES (?, ?, ?, ?)",
                campaignId, tenantId, username, pairings.currentWeek(campaignId));
        audit.record(AuditAction.TENANT_REASSIGNED, "tenant", tenantId, "campaign " + campaignId + " → " + username);
        events.publish(new OutreachChangedEvent(campaignId));
    }

    /** Who has called or calls a tenant, week by week: the pairing history. */
    public record AssignmentPeriod(String username, int fromWeek, Integer toWeek) {}

    @Transactional(readOnly = true)
    @RolesAllowed(Role.Names.OUTREACH_COORDINATOR)
    public List<AssignmentPeriod> assignmentHistory(long campaignId, long tenantId) {
        return jdbc.query("SELECT username, from_week, to_week FROM outreach_assignment WHERE campaign_id = ? "
                + "AND tenant_id = ? ORDER BY id", (rs, n) -> new AssignmentPeriod(rs.getString(1), rs.getInt(2),
                (Integer) rs.getObject(3)), campaignId, tenantId);
    }
}
