package fr.caleol.outreach.service;

import fr.caleol.audit.domain.AuditAction;
import fr.caleol.audit.service.AuditLog;
import fr.caleol.base.domain.LandlordTime;
import fr.caleol.base.errors.BusinessException;
import fr.caleol.base.events.EventBus;
import fr.caleol.outreach.domain.CampaignStatus;
import fr.caleol.outreach.domain.Targeting;
import fr.caleol.security.domain.Role;
import fr.caleol.security.service.CurrentUser;
import fr.caleol.tenancy.service.TenancyService;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * A campaign's targets: the frozen list with its search, manual additions and removals with their reason, and "do not
 * call", which removes a tenant from every campaign.
 */
@Service
@Validated
public class TargetService {

    private final JdbcTemplate jdbc;
    private final TenancyService tenancy;
    private final AuditLog audit;
    private final EventBus events;
    private final CurrentUser currentUser;
    private final OutreachService campaigns;
    private final CampaignAssignments pairings;
    private final Clock clock;

    TargetService(JdbcTemplate jdbc, TenancyService tenancy, AuditLog audit, EventBus events, CurrentUser currentUser,
            OutreachService campaigns, CampaignAssignments pairings, Clock clock) {
        this.clock = clock;
        this.jdbc = jdbc;
        this.tenancy = tenancy;
        this.audit = audit;
        this.events = events;
        this.currentUser = currentUser;
        this.campaigns = campaigns;
        this.pairings = pairings;
    }

    @Transactional(readOnly = true)
    @RolesAllowed(Role.Names.OUTREACH_COORDINATOR)
    public List<TargetRow> targets(long campaignId, String search, int offset, int limit) {
        LocalDate start = campaigns.campaign(campaignId).startDate();
        String like = "%" + (search == null ? "" : search.trim()) + "%";
        return jdbc.query("""
                SELECT t.tenant_id, p.reference, p.last_name, p.first_name, p.birth_date, c.name, a.username,
                       t.added_manually, t.removed_at IS NOT NULL, COALESCE(t.removal_reason, t.add_reason)
                FROM outreach_target t JOIN tenant p ON p.id = t.tenant_id
                JOIN household h ON h.id = p.household_id JOIN commune c ON c.id = h.commune_id
                LEFT JOIN outreach_assignment a ON a.campaign_id = t.campaign_id AND a.tenant_id = t.tenant_id
                     AND a.to_week IS NULL
                WHERE t.campaign_id = ? AND (p.last_name LIKE ? OR p.reference LIKE ? OR a.username LIKE ?)
                ORDER BY p.last_name, p.first_name, t.tenant_id LIMIT ? OFFSET ?""", (rs, n) -> new TargetRow(
                rs.getLong(1), rs.getString(2), rs.getString(3) + " " + rs.getString(4),
                Targeting.ageOn(rs.getObject(5, LocalDate.class), start), rs.getString(6), rs.getString(7),
                rs.getBoolean(8), rs.getBoolean(9), rs.getString(10)), campaignId, like, like, like, limit, offset);
    }

    @Transactional(readOnly = true)
    @RolesAllowed(Role.Names.OUTREACH_COORDINATOR)
    public int countTargets(long campaignId, String search) {
        String like = "%" + (search == null ? "" : search.trim()) + "%";
        return jdbc.queryForObject("""
                SELECT COUNT(*) FROM outreach_target t JOIN tenant p ON p.id = t.tenant_id
                LEFT JOIN outreach_assignment a ON a.campaign_id = t.campaign_id AND a.tenant_id = t.tenant_id
                     AND a.to_week IS NULL
                WHERE t.campaign_id = ? AND (p.last_name LIKE ? OR p.reference LIKE ? OR a.username LIKE ?)""",
                Integer.class, campaignId, like, like, like);
    }

    /** Adds a tenant by hand (with a reason); refused for a "do not call" tenant. */
    @Transactional
    @RolesAllowed(Role.Names.OUTREACH_COORDINATOR)
    public void addTarget(long campaignId, String tenantReference, String reason) {
        CampaignAssignments.requireReason(reason);
        CampaignStatus status = pairings.lockStatus(campaignId);
        if (status == CampaignStatus.ENDED) {
            throw new BusinessException("outreach.error.ended");
        }
        long tenantId = tenancy.tenantIdByReference(tenantReference.trim())
                .orElseThrow(() -> new BusinessException("outreach.error.noTenant", tenantReference));
        if (isDoNotCall(tenantId)) {
            throw new BusinessException("outreach.error.doNotCall");
        }
        int updated = jdbc.update("""
                UPDATE outreach_target SET removed_at = NULL, removal_reason = NULL, added_manually = TRUE,
                add_reason = ? WHERE campaign_id = ? AND tenant_id = ?""", reason.trim(), campaignId, tenantId);
        if (updated == 0) {
            jdbc.update("""
                    INSERT INTO outreach_target (campaign_id, tenant_id, added_manually, add_reason)
                    VALUES (?, ?, TRUE, ?)""", campaignId, tenantId, reason.trim());
        }
        if (status == CampaignStatus.RUNNING) {
            pairings.rebalance(campaignId);
        }
        audit.record(AuditAction.TARGET_ADDED, "tenant", tenantId, "campaign " + campaignId + ": " + reason);
        events.publish(new OutreachChangedEvent(campaignId));
    }

    @Transactional
    @RolesAllowed(Role.Names.OUTREACH_COORDINATOR)
    public void removeTarget(long campaignId, long tenantId, String reason) {
        CampaignAssignments.requireReason(reason);
        pairings.lockStatus(campaignId);
        int updated = jdbc.update("""
                UPDATE outreach_target SET removed_at = ?, removal_reason = ?
                WHERE campaign_id = ? AND tenant_id = ? AND removed_at IS NULL""", LandlordTime.utcNow(clock), reason.trim(),
                campaignId, tenantId);
        if (updated == 0) {
            throw new BusinessException("outreach.error.notTarget");
        }
        pairings.closeAssignment(campaignId, tenantId);
        audit.record(AuditAction.TARGET_REMOVED, "tenant", tenantId, "campaign " + campaignId + ": " + reason);
        events.publish(new OutreachChangedEvent(campaignId));
    }

    /**
     * Records that a tenant refuses calls: they leave every running campaign and are never targeted again. A
     * volunteer may do it only for a tenant assigned to them.
     */
    @Transactional
    @RolesAllowed({Role.Names.OUTREACH_COORDINATOR, Role.Names.VOLUNTEER})
    public void markDoNotCall(long tenantId, String reason) {
        CampaignAssignments.requireReason(reason);
        String me = currentUser.requireUsername();
        if (!currentUser.hasRole(fr.caleol.security.domain.Role.OUTREACH_COORDINATOR)) {
            Integer mine = jdbc.queryForObject("""
                    SELECT COUNT(*) FROM outreach_assignment a JOIN outreach_campaign c ON c.id = a.campaign_id
                    WHERE a.tenant_id = ? AND a.username = ? AND a.to_week IS NULL AND c.status = 'RUNNING'""",
                    Integer.class, tenantId, me);
            if (mine == null || mine == 0) {
                throw new org.springframework.security.access.AccessDeniedException("not assigned");
            }
        }
        jdbc.update("""
                INSERT IGNORE INTO outreach_do_not_call (tenant_id, reason, recorded_at, recorded_by)
                VALUES (?, ?, ?, ?)""", tenantId, reason.trim(), LandlordTime.utcNow(clock), me);
        List<Long> campaigns = jdbc.queryForList("""
                SELECT t.campaign_id FROM outreach_target t JOIN outreach_campaign c ON c.id = t.campaign_id
                WHERE t.tenant_id = ? AND t.removed_at IS NULL AND c.status <> 'ENDED'""", Long.class, tenantId);
        for (Long campaignId : campaigns) {
            jdbc.update("""
                    UPDATE outreach_target SET removed_at = ?, removal_reason = ?
                    WHERE campaign_id = ? AND tenant_id = ?""", LandlordTime.utcNow(clock), "do not call: " + reason.trim(), campaignId,
                    tenantId);
            pairings.closeAssignment(campaignId, tenantId);
            events.publish(new OutreachChangedEvent(campaignId));
        }
        jdbc.update("DELETE FROM outreach_follow_up WHERE tenant_id = ?", tenantId);
        audit.record(AuditAction.DO_NOT_CALL_RECORDED, "tenant", tenantId, reason);
    }

    private boolean isDoNotCall(long tenantId) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM outreach_do_not_call WHERE tenant_id = ?", Integer.class,
                tenantId) > 0;
    }
}
