package fr.caleol.outreach.service;

import fr.caleol.audit.domain.AuditAction;
import fr.caleol.audit.service.AuditLog;
import fr.caleol.base.db.BatchInsert;
import fr.caleol.base.domain.LandlordTime;
import fr.caleol.base.errors.BusinessException;
import fr.caleol.base.events.EventBus;
import fr.caleol.outreach.domain.CampaignStatus;
import fr.caleol.outreach.domain.Targeting;
import fr.caleol.outreach.domain.TargetingCriteria;
import fr.caleol.security.domain.Role;
import fr.caleol.security.service.CurrentUser;
import fr.caleol.tenancy.service.TenancyService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * The coordinator's side of a campaign: settings and script, target preview and freeze, its start and its end, the
 * permanent follow-up. Its targets are {@link TargetService}'s, its volunteers {@link VolunteerService}'s.
 */
@Service
@Validated
public class OutreachService {

    private final JdbcTemplate jdbc;
    private final TenancyService tenancy;
    private final AuditLog audit;
    private final EventBus events;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final CampaignAssignments pairings;

    public OutreachService(JdbcTemplate jdbc, TenancyService tenancy, AuditLog audit, EventBus events,
            CurrentUser currentUser, Clock clock, CampaignAssignments pairings) {
        this.pairings = pairings;
        this.jdbc = jdbc;
        this.tenancy = tenancy;
        this.audit = audit;
        this.events = events;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    // ---- campaigns

    @Transactional(readOnly = true)
    @RolesAllowed({Role.Names.OUTREACH_COORDINATOR, Role.Names.VOLUNTEER, Role.Names.SOCIAL_ADVISER})
    public List<CampaignSummary> campaigns() {
        return jdbc.query("""
                SELECT c.id, c.name, c.start_date, c.weeks, c.alone_min_age, c.couple_min_age, c.script, c.status,
                  (SELECT COUNT(*) FROM outreach_target t WHERE t.campaign_id = c.id AND t.removed_at IS NULL),
                  (SELECT COUNT(*) FROM outreach_volunteer v WHERE v.campaign_id = c.id AND v.left_week IS NULL),
                  c.version
                FROM outreach_campaign c ORDER BY c.start_date DESC, c.id DESC""", (rs, n) -> new CampaignSummary(
                rs.getLong(1), rs.getString(2), rs.getObject(3, LocalDate.class), rs.getInt(4), rs.getInt(5),
                rs.getInt(6), rs.getString(7), CampaignStatus.valueOf(rs.getString(8)), rs.getInt(9),
                rs.getInt(10), rs.getLong(11)));
    }

    @Transactional(readOnly = true)
    @RolesAllowed({Role.Names.OUTREACH_COORDINATOR, Role.Names.VOLUNTEER, Role.Names.SOCIAL_ADVISER})
    public CampaignSummary campaign(long id) {
        return campaigns().stream().filter(c -> c.id() == id).findFirst()
                .orElseThrow(() -> new BusinessException("outreach.error.noCampaign"));
    }

    @Transactional
    @RolesAllowed(Role.Names.OUTREACH_COORDINATOR)
    public long createCampaign(@Valid CampaignForm form) {
        checkCriteria(form);
        jdbc.update("""
                INSERT INTO outreach_campaign (name, start_date, weeks, alone_min_age, couple_min_age, script, status)
                VALUES (?, ?, ?, ?, ?, ?, 'DRAFT')""", form.getName().trim(), form.getStartDate(), form.getWeeks(),
                form.getAloneMinAge(), form.getCoupleMinAge(), form.getScript());
        long id = jdbc.queryForObject("SELECT LAST_INSERT_ID()", Long.class);
        audit.record(AuditAction.CAMPAIGN_CHANGED, "outreach_campaign", id, "created: " + form.getName());
        return id;
    }

    /**
     * Settings change only while the campaign is a draft; the script may be edited at any time. {@code version} is
     * the one read: if someone saved meanwhile, nothing is overwritten and the second writer is told.
     */
    @Transactional
    @RolesAllowed(Role.Names.OUTREACH_COORDINATOR)
    public void updateCampaign(long id, long version, @Valid CampaignForm form) {
        checkCriteria(form);
        CampaignStatus status = pairings.lockStatus(id);
        int updated;
        if (status == CampaignStatus.DRAFT) {
            updated = jdbc.update("""
                    UPDATE outreach_campaign SET name = ?, start_date = ?, weeks = ?, alone_min_age = ?,
                    couple_min_age = ?, script = ?, version = version + 1 WHERE id = ? AND version = ?""",
                    form.getName().trim(), form.getStartDate(), form.getWeeks(), form.getAloneMinAge(),
                    form.getCoupleMinAge(), form.getScript(), id, version);
        } else {
            updated = jdbc.update("UPDATE outreach_campaign SET script = ?, version = version + 1 WHERE id = ? "
                    + "AND version = ?", form.getScript(), id, version);
        }
        if (updated == 0) {
            throw BusinessException.staleData();
        }
        audit.record(AuditAction.CAMPAIGN_CHANGED, "outreach_campaign", id, "settings or script");
    }

    private static void checkCriteria(CampaignForm form) {
        if (form.getStartDate() == null) {
            throw new BusinessException("outreach.error.startDate");
        }
    }

    /** How many tenants the settings would target now (the list is frozen only at the start). */
    @Transactional(readOnly = true)
    @RolesAllowed(Role.Names.OUTREACH_COORDINATOR)
    public int previewCount(TargetingCriteria criteria, LocalDate startDate) {
        return computeTargets(criteria, startDate).size();
    }

    /** The target list for these settings, from tenancy data, without the "do not call" tenants. */
    @Transactional(readOnly = true)
    @RolesAllowed(Role.Names.OUTREACH_COORDINATOR)
    public List<Long> computeTargets(TargetingCriteria criteria, LocalDate startDate) {
        Set<Long> doNotCall = new HashSet<>(
                jdbc.queryForList("SELECT tenant_id FROM outreach_do_not_call", Long.class));
        return Targeting.targets(tenancy.occupiedHouseholds(startDate), criteria, startDate, doNotCall);
    }

    /** Freezes the target list and assigns every target to a volunteer; the campaign then runs. */
    @Transactional
    @RolesAllowed(Role.Names.OUTREACH_COORDINATOR)
    public int start(long campaignId) {
        if (pairings.lockStatus(campaignId) != CampaignStatus.DRAFT) {
            throw new BusinessException("outreach.error.notDraft");
        }
        CampaignSummary campaign = campaign(campaignId);
        List<Long> targets = computeTargets(new TargetingCriteria(campaign.aloneMinAge(), campaign.coupleMinAge()),
                campaign.startDate());
        Set<Long> already = new HashSet<>(jdbc.queryForList(
                "SELECT tenant_id FROM outreach_target WHERE campaign_id = ?", Long.class, campaignId));
        BatchInsert insert = BatchInsert.into(jdbc, "outreach_target", "campaign_id", "tenant_id");
        for (Long tenant : targets) {
            if (already.add(tenant)) {
                insert.add(campaignId, tenant);
            }
        }
        insert.flush();
        jdbc.update("UPDATE outreach_campaign SET status = 'RUNNING', version = version + 1 WHERE id = ?",
                campaignId);
        pairings.rebalance(campaignId);
        int count = jdbc.queryForObject(
                "SELECT COUNT(*) FROM outreach_target WHERE campaign_id = ? AND removed_at IS NULL", Integer.class,
                campaignId);
        audit.record(AuditAction.CAMPAIGN_STARTED, "outreach_campaign", campaignId, count + " targets");
        events.publish(new OutreachChangedEvent(campaignId));
        return count;
    }

    /** Ends the campaign: those who asked for regular calls move to the permanent follow-up, same volunteer. */
    @Transactional
    @RolesAllowed(Role.Names.OUTREACH_COORDINATOR)
    public int end(long campaignId) {
        if (pairings.lockStatus(campaignId) != CampaignStatus.RUNNING) {
            throw new BusinessException("outreach.error.notRunning");
        }
        int moved = jdbc.update("""
                INSERT IGNORE INTO outreach_follow_up (tenant_id, username, since, from_campaign_id)
                SELECT t.tenant_id, a.username, ?, t.campaign_id FROM outreach_target t
                LEFT JOIN outreach_assignment a ON a.campaign_id = t.campaign_id AND a.tenant_id = t.tenant_id
                     AND a.to_week IS NULL
                WHERE t.campaign_id = ? AND t.removed_at IS NULL
                  AND NOT EXISTS (SELECT 1 FROM outreach_do_not_call d WHERE d.tenant_id = t.tenant_id)
                  AND (SELECT c.wants_regular FROM outreach_call c WHERE c.campaign_id = t.campaign_id
                       AND c.tenant_id = t.tenant_id AND c.outcome = 'REACHED'
                       ORDER BY c.called_at DESC, c.id DESC LIMIT 1)""", LandlordTime.today(clock), campaignId);
        jdbc.update("UPDATE outreach_campaign SET status = 'ENDED', version = version + 1 WHERE id = ?", campaignId);
        audit.record(AuditAction.CAMPAIGN_ENDED, "outreach_campaign", campaignId, moved + " to follow-up");
        events.publish(new OutreachChangedEvent(campaignId));
        return moved;
    }

    /** The permanent follow-up list: tenant id → volunteer (null when none could be kept). */
    @Transactional(readOnly = true)
    @RolesAllowed(Role.Names.OUTREACH_COORDINATOR)
    public Map<Long, String> followUp() {
        Map<Long, String> result = new LinkedHashMap<>();
        jdbc.query("SELECT tenant_id, username FROM outreach_follow_up ORDER BY tenant_id", rs -> {
            result.put(rs.getLong(1), rs.getString(2));
        });
        return result;
    }

    /**
     * Runs the permanent follow-up as a campaign of its own: its targets are the follow-up list, each paired with
     * the volunteer who called them before when that volunteer is still active (enrolled with as many tenants as
     * they had); the others wait for the coordinator to enrol a volunteer. The campaign runs at once.
     */
    @Transactional
    @RolesAllowed(Role.Names.OUTREACH_COORDINATOR)
    public long startFollowUp(@Valid CampaignForm form) {
        long campaignId = createCampaign(form);
        jdbc.update("""
                INSERT INTO outreach_target (campaign_id, tenant_id, added_manually, add_reason)
                SELECT ?, f.tenant_id, TRUE, 'suivi permanent' FROM outreach_follow_up f
                WHERE NOT EXISTS (SELECT 1 FROM outreach_do_not_call d WHERE d.tenant_id = f.tenant_id)""",
                campaignId);
        List<String> active = pairings.volunteerAccounts();
        Map<String, Integer> previous = new LinkedHashMap<>();
        jdbc.query("SELECT username, COUNT(*) FROM outreach_follow_up WHERE username IS NOT NULL GROUP BY username "
                + "ORDER BY username", rs -> {
            previous.put(rs.getString(1), rs.getInt(2));
        });
        previous.forEach((username, count) -> {
            if (active.contains(username)) {
                jdbc.update("INSERT INTO outreach_volunteer (campaign_id, username, capacity) VALUES (?, ?, ?)",
                        campaignId, username, Math.min(200, Math.max(1, count)));
            }
        });
        jdbc.update("""
                INSERT INTO outreach_assignment (campaign_id, tenant_id, username, from_week)
                SELECT ?, f.tenant_id, f.username, 1 FROM outreach_follow_up f
                JOIN outreach_target t ON t.campaign_id = ? AND t.tenant_id = f.tenant_id
                JOIN outreach_volunteer v ON v.campaign_id = ? AND v.username = f.username""", campaignId,
                campaignId, campaignId);
        jdbc.update("UPDATE outreach_campaign SET status = 'RUNNING', version = version + 1 WHERE id = ?", campaignId);
        pairings.rebalance(campaignId);
        audit.record(AuditAction.CAMPAIGN_STARTED, "outreach_campaign", campaignId, "permanent follow-up");
        events.publish(new OutreachChangedEvent(campaignId));
        return campaignId;
    }
}
