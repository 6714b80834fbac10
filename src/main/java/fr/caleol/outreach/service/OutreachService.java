package fr.caleol.outreach.service;

import fr.caleol.audit.domain.AuditAction;
import fr.caleol.audit.service.AuditLog;
import fr.caleol.base.db.BatchInsert;
import fr.caleol.base.db.InList;
import fr.caleol.base.domain.LandlordTime;
import fr.caleol.base.errors.BusinessException;
import fr.caleol.base.events.EventBus;
import fr.caleol.outreach.domain.CampaignStatus;
import fr.caleol.outreach.domain.CampaignWeek;
import fr.caleol.outreach.domain.StickyAssignment;
import fr.caleol.outreach.domain.Targeting;
import fr.caleol.outreach.domain.TargetingCriteria;
import fr.caleol.security.domain.Role;
import fr.caleol.security.service.CurrentUser;
import fr.caleol.tenancy.service.TenancyService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
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
 * The coordinator's side of a campaign: settings and script, target preview and freeze, manual additions and
 * removals, "do not call", volunteers and their sticky assignment, the end of the campaign.
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

    public OutreachService(JdbcTemplate jdbc, TenancyService tenancy, AuditLog audit, EventBus events,
            CurrentUser currentUser, Clock clock) {
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
        CampaignStatus status = lockStatus(id);
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
        if (lockStatus(campaignId) != CampaignStatus.DRAFT) {
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
        rebalance(campaignId);
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
        if (lockStatus(campaignId) != CampaignStatus.RUNNING) {
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
        List<String> active = volunteerUsernames();
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
        rebalance(campaignId);
        audit.record(AuditAction.CAMPAIGN_STARTED, "outreach_campaign", campaignId, "permanent follow-up");
        events.publish(new OutreachChangedEvent(campaignId));
        return campaignId;
    }

    // ---- targets

    @Transactional(readOnly = true)
    @RolesAllowed(Role.Names.OUTREACH_COORDINATOR)
    public List<TargetRow> targets(long campaignId, String search, int offset, int limit) {
        LocalDate start = campaign(campaignId).startDate();
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
        requireReason(reason);
        CampaignStatus status = lockStatus(campaignId);
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
            rebalance(campaignId);
        }
        audit.record(AuditAction.TARGET_ADDED, "tenant", tenantId, "campaign " + campaignId + ": " + reason);
        events.publish(new OutreachChangedEvent(campaignId));
    }

    @Transactional
    @RolesAllowed(Role.Names.OUTREACH_COORDINATOR)
    public void removeTarget(long campaignId, long tenantId, String reason) {
        requireReason(reason);
        lockStatus(campaignId);
        int updated = jdbc.update("""
                UPDATE outreach_target SET removed_at = ?, removal_reason = ?
                WHERE campaign_id = ? AND tenant_id = ? AND removed_at IS NULL""", LandlordTime.utcNow(clock), reason.trim(),
                campaignId, tenantId);
        if (updated == 0) {
            throw new BusinessException("outreach.error.notTarget");
        }
        closeAssignment(campaignId, tenantId);
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
        requireReason(reason);
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
            closeAssignment(campaignId, tenantId);
            events.publish(new OutreachChangedEvent(campaignId));
        }
        jdbc.update("DELETE FROM outreach_follow_up WHERE tenant_id = ?", tenantId);
        audit.record(AuditAction.DO_NOT_CALL_RECORDED, "tenant", tenantId, reason);
    }

    private boolean isDoNotCall(long tenantId) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM outreach_do_not_call WHERE tenant_id = ?", Integer.class,
                tenantId) > 0;
    }

    // ---- volunteers

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
        return jdbc.queryForList("""
                SELECT u.username FROM app_user u JOIN app_user_role r ON r.user_id = u.id
                WHERE r.role = 'VOLUNTEER' AND u.active ORDER BY u.username""", String.class);
    }

    @Transactional
    @RolesAllowed(Role.Names.OUTREACH_COORDINATOR)
    public void enrol(long campaignId, String username, int capacity) {
        CampaignStatus status = lockStatus(campaignId);
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
            rebalance(campaignId);
        }
        audit.record(AuditAction.VOLUNTEER_ENROLLED, "outreach_campaign", campaignId, username + " / " + capacity);
        events.publish(new OutreachChangedEvent(campaignId));
    }

    /** A volunteer leaves: only their tenants move, to the least-loaded others; the history stays. */
    @Transactional
    @RolesAllowed(Role.Names.OUTREACH_COORDINATOR)
    public void leave(long campaignId, String username) {
        lockStatus(campaignId);
        int week = currentWeek(campaignId);
        if (jdbc.update("UPDATE outreach_volunteer SET left_week = ? WHERE campaign_id = ? AND username = ? "
                + "AND left_week IS NULL", week, campaignId, username) == 0) {
            throw new BusinessException("outreach.error.notEnrolled", username);
        }
        rebalance(campaignId);
        audit.record(AuditAction.VOLUNTEER_LEFT, "outreach_campaign", campaignId, username + " week " + week);
        events.publish(new OutreachChangedEvent(campaignId));
    }

    /** The coordinator moves one tenant to another enrolled volunteer. */
    @Transactional
    @RolesAllowed(Role.Names.OUTREACH_COORDINATOR)
    public void move(long campaignId, long tenantId, String username) {
        lockStatus(campaignId);
        Integer enrolled = jdbc.queryForObject("SELECT COUNT(*) FROM outreach_volunteer WHERE campaign_id = ? "
                + "AND username = ? AND left_week IS NULL", Integer.class, campaignId, username);
        if (enrolled == 0) {
            throw new BusinessException("outreach.error.notEnrolled", username);
        }
        closeAssignment(campaignId, tenantId);
        jdbc.update("INSERT INTO outreach_assignment (campaign_id, tenant_id, username, from_week) VALUES (?, ?, ?, ?)",
                campaignId, tenantId, username, currentWeek(campaignId));
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

    /** Current pairings: tenant id → volunteer. */
    @Transactional(readOnly = true)
    @RolesAllowed(Role.Names.OUTREACH_COORDINATOR)
    public Map<Long, String> assignments(long campaignId) {
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

    private void closeAssignment(long campaignId, long tenantId) {
        jdbc.update("UPDATE outreach_assignment SET to_week = ? WHERE campaign_id = ? AND tenant_id = ? "
                + "AND to_week IS NULL", currentWeek(campaignId), campaignId, tenantId);
    }

    // ---- helpers

    int currentWeek(long campaignId) {
        Map<String, Object> row = jdbc.queryForMap("SELECT start_date, weeks FROM outreach_campaign WHERE id = ?",
                campaignId);
        LocalDate start = ((java.sql.Date) row.get("start_date")).toLocalDate();
        return CampaignWeek.of(start, ((Number) row.get("weeks")).intValue(), LandlordTime.today(clock));
    }

    private CampaignStatus lockStatus(long campaignId) {
        List<String> status = jdbc.queryForList("SELECT status FROM outreach_campaign WHERE id = ? FOR UPDATE",
                String.class, campaignId);
        if (status.isEmpty()) {
            throw new BusinessException("outreach.error.noCampaign");
        }
        return CampaignStatus.valueOf(status.getFirst());
    }

    private static void requireReason(String reason) {
        if (reason == null || reason.isBlank() || reason.length() > 300) {
            throw new BusinessException("outreach.error.reason");
        }
    }
}
