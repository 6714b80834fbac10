package fr.caleol.outreach.service;

import static fr.caleol.base.domain.Texts.blankToNull;

import fr.caleol.audit.domain.AuditAction;
import fr.caleol.audit.service.AuditLog;
import fr.caleol.base.domain.LandlordTime;
import fr.caleol.base.errors.BusinessException;
import fr.caleol.base.events.EventBus;
import fr.caleol.mail.domain.MailKind;
import fr.caleol.mail.service.MailProperties;
import fr.caleol.mail.service.Outbox;
import fr.caleol.outreach.domain.CallOutcome;
import fr.caleol.outreach.domain.CampaignWeek;
import fr.caleol.outreach.domain.ReferralStatus;
import fr.caleol.outreach.domain.Targeting;
import fr.caleol.security.domain.Role;
import fr.caleol.security.service.CurrentUser;
import fr.caleol.tenancy.service.TenancyService.TenantContact;
import fr.caleol.tenancy.service.TenancyService;
import jakarta.annotation.security.RolesAllowed;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The calls: a volunteer's weekly list, the call log, urgent alerts, referrals to the CCAS and neighbour reports.
 *
 * <p>Object-level rules: a volunteer reaches only the tenants assigned to them now and reads only their own calls;
 * health, morale, needs and notes are shown to that volunteer, coordinators and social advisers only. Every read of
 * a tenant's call history goes to the audit log.
 */
@Service
public class CallService {

    private final JdbcTemplate jdbc;
    private final TenancyService tenancy;
    private final AuditLog audit;
    private final EventBus events;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final Outbox outbox;
    private final MailProperties mailSettings;

    public CallService(JdbcTemplate jdbc, TenancyService tenancy, AuditLog audit, EventBus events,
            CurrentUser currentUser, Clock clock, Outbox outbox, MailProperties mailSettings) {
        this.outbox = outbox;
        this.mailSettings = mailSettings;
        this.jdbc = jdbc;
        this.tenancy = tenancy;
        this.audit = audit;
        this.events = events;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    // ---- the volunteer's week

    /** This week's calls of the current volunteer, across running campaigns, with phone numbers. */
    @Transactional(readOnly = true)
    @RolesAllowed(Role.Names.VOLUNTEER)
    public List<WeeklyCall> myWeek() {
        String me = currentUser.requireUsername();
        LocalDate today = LandlordTime.today(clock);
        record Pairing(long campaignId, String campaignName, LocalDate start, int weeks, long tenantId) {}
        List<Pairing> pairings = jdbc.query("""
                SELECT c.id, c.name, c.start_date, c.weeks, a.tenant_id FROM outreach_assignment a
                JOIN outreach_campaign c ON c.id = a.campaign_id
                WHERE a.username = ? AND a.to_week IS NULL AND c.status = 'RUNNING'
                ORDER BY c.id, a.tenant_id""", (rs, n) -> new Pairing(rs.getLong(1), rs.getString(2),
                rs.getObject(3, LocalDate.class), rs.getInt(4), rs.getLong(5)), me);
        Map<Long, TenantContact> contacts = tenancy.contacts(pairings.stream().map(Pairing::tenantId).toList());
        // this week's attempts of all my tenants in one query per campaign (not one per tenant)
        Map<String, List<String>> outcomes = new java.util.HashMap<>();
        pairings.stream().map(Pairing::campaignId).distinct().forEach(campaignId -> {
            Pairing any = pairings.stream().filter(p -> p.campaignId() == campaignId).findFirst().orElseThrow();
            int week = CampaignWeek.of(any.start(), any.weeks(), today);
            jdbc.query("""
                    SELECT c.tenant_id, c.outcome FROM outreach_call c JOIN outreach_assignment a
                      ON a.campaign_id = c.campaign_id AND a.tenant_id = c.tenant_id AND a.to_week IS NULL
                      AND a.username = ?
                    WHERE c.campaign_id = ? AND c.week = ? ORDER BY c.called_at, c.id""", rs -> {
                outcomes.computeIfAbsent(campaignId + "/" + rs.getLong(1), k -> new ArrayList<>())
                        .add(rs.getString(2));
            }, me, campaignId, week);
        });
        List<WeeklyCall> result = new ArrayList<>();
        for (Pairing p : pairings) {
            int week = CampaignWeek.of(p.start(), p.weeks(), today);
            List<String> attempts = outcomes.getOrDefault(p.campaignId() + "/" + p.tenantId(), List.of());
            TenantContact c = contacts.get(p.tenantId());
            result.add(new WeeklyCall(p.campaignId(), p.campaignName(), week, p.tenantId(), c.fullName(),
                    Targeting.ageOn(c.birthDate(), today), c.phone(), c.phone2(), c.address() + ", " + c.commune(),
                    attempts.size(), attempts.isEmpty() ? null : CallOutcome.valueOf(attempts.getLast())));
        }
        result.sort(java.util.Comparator.comparing(WeeklyCall::reachedThisWeek).thenComparing(WeeklyCall::name));
        return result;
    }

    /** The script of a campaign, for the volunteer's call screen. */
    @Transactional(readOnly = true)
    @RolesAllowed({Role.Names.VOLUNTEER, Role.Names.OUTREACH_COORDINATOR})
    public String script(long campaignId) {
        return jdbc.queryForObject("SELECT script FROM outreach_campaign WHERE id = ?", String.class, campaignId);
    }

    // ---- call log

    @Transactional
    @RolesAllowed(Role.Names.VOLUNTEER)
    public long logCall(CallForm form) {
        String me = currentUser.requireUsername();
        requireAssigned(form.campaignId(), form.tenantId(), me);
        if (form.outcome() == null) {
            throw new BusinessException("outreach.error.outcome");
        }
        if (form.notes() != null && form.notes().length() > CallForm.NOTES_MAX) {
            throw new BusinessException("outreach.error.notesTooLong", CallForm.NOTES_MAX);
        }
        if ((form.health() != null && form.health().strip().length() > CallForm.STATE_MAX)
                || (form.morale() != null && form.morale().strip().length() > CallForm.STATE_MAX)) {
            throw new BusinessException("outreach.error.stateTooLong", CallForm.STATE_MAX);
        }
        boolean reached = form.outcome() == CallOutcome.REACHED;
        Map<String, Object> campaign = jdbc.queryForMap(
                "SELECT start_date, weeks, status FROM outreach_campaign WHERE id = ?", form.campaignId());
        if (!"RUNNING".equals(campaign.get("status"))) {
            throw new BusinessException("outreach.error.notRunning");
        }
        int week = CampaignWeek.of(((java.sql.Date) campaign.get("start_date")).toLocalDate(),
                ((Number) campaign.get("weeks")).intValue(), LandlordTime.today(clock));
        jdbc.update("""
                INSERT INTO outreach_call (campaign_id, tenant_id, caller, called_at, week, outcome, health, morale,
                  need_shopping, need_medicine, need_isolation, need_other, neighbour_worry, notes, wants_regular,
                  urgent)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", form.campaignId(), form.tenantId(), me,
                LandlordTime.utcNow(clock), week, form.outcome().name(), reached ? blankToNull(form.health()) : null,
                reached ? blankToNull(form.morale()) : null, reached && form.needShopping(),
                reached && form.needMedicine(), reached && form.needIsolation(), reached && form.needOther(),
                reached && form.neighbourWorry(), blankToNull(form.notes()), reached && form.wantsRegularCalls(),
                form.urgent());
        long id = jdbc.queryForObject("SELECT LAST_INSERT_ID()", Long.class);
        audit.record(AuditAction.CALL_LOGGED, "tenant", form.tenantId(),
                "campaign " + form.campaignId() + ", " + form.outcome() + (form.urgent() ? ", URGENT" : ""));
        if (form.urgent()) {
            events.publish(new UrgentCallEvent(form.campaignId(), id));
            // The coordinators are told by mail too (no tenant's name in it: the dashboard shows who).
            String campaignName = jdbc.queryForObject("SELECT name FROM outreach_campaign WHERE id = ?", String.class,
                    form.campaignId());
            Map<String, String> values = Map.of("campagne", campaignName,
                    "lien", mailSettings.link("appels/tableau-de-bord"));
            outbox.enqueueToRole(MailKind.URGENT_CALL, Role.OUTREACH_COORDINATOR, user -> values,
                    "campaign:" + form.campaignId());
        }
        events.publish(new OutreachChangedEvent(form.campaignId()));
        return id;
    }

    /**
     * A tenant's calls in a campaign. A volunteer reads them only for a tenant assigned to them, and only their own
     * calls; coordinators and social advisers read them all. The read is audited.
     */
    @Transactional
    @RolesAllowed({Role.Names.VOLUNTEER, Role.Names.OUTREACH_COORDINATOR, Role.Names.SOCIAL_ADVISER})
    public List<CallEntry> history(long campaignId, long tenantId) {
        String me = currentUser.requireUsername();
        boolean coordinator = currentUser.hasAnyRole(Role.OUTREACH_COORDINATOR, Role.ADMIN);
        // A social adviser reads the calls of the tenants his own arrears cases are about, not anyone's.
        boolean adviser = !coordinator && currentUser.hasRole(Role.SOCIAL_ADVISER) && tenancy.inLeaseScope(tenantId);
        boolean seesAll = coordinator || adviser;
        if (!seesAll) {
            requireAssigned(campaignId, tenantId, me);
        }
        List<CallEntry> calls = jdbc.query("""
                SELECT id, tenant_id, caller, called_at, week, outcome, health, morale, need_shopping, need_medicine,
                       need_isolation, need_other, neighbour_worry, notes, wants_regular, urgent
                FROM outreach_call WHERE campaign_id = ? AND tenant_id = ?""" + (seesAll ? "" : " AND caller = ?")
                + " ORDER BY called_at DESC, id DESC", (rs, n) -> entry(rs, true),
                seesAll ? new Object[] {campaignId, tenantId} : new Object[] {campaignId, tenantId, me});
        audit.record(AuditAction.CALL_HISTORY_READ, "tenant", tenantId,
                "campaign " + campaignId + ", " + calls.size() + " calls");
        return calls;
    }

    private static CallEntry entry(ResultSet rs, boolean sensitive) throws SQLException {
        return new CallEntry(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getObject(4, LocalDateTime.class),
                rs.getInt(5), CallOutcome.valueOf(rs.getString(6)), sensitive, sensitive ? rs.getString(7) : null,
                sensitive ? rs.getString(8) : null, sensitive && rs.getBoolean(9), sensitive && rs.getBoolean(10),
                sensitive && rs.getBoolean(11), sensitive && rs.getBoolean(12), sensitive && rs.getBoolean(13),
                sensitive ? rs.getString(14) : null, rs.getBoolean(15), rs.getBoolean(16));
    }

    private void requireAssigned(long campaignId, long tenantId, String username) {
        Integer count = jdbc.queryForObject("""
                SELECT COUNT(*) FROM outreach_assignment WHERE campaign_id = ? AND tenant_id = ? AND username = ?
                AND to_week IS NULL""", Integer.class, campaignId, tenantId, username);
        if (count == null || count == 0) {
            throw new AccessDeniedException("Tenant " + tenantId + " is not assigned to " + username);
        }
    }

    // ---- urgent alerts

    /** An urgent call not yet dealt with, for the coordinator. */
    public record UrgentAlert(long callId, long campaignId, long tenantId, String tenantName, String phone,
            String caller, LocalDateTime calledAtUtc, String notes) {}

    @Transactional(readOnly = true)
    @RolesAllowed(Role.Names.OUTREACH_COORDINATOR)
    public List<UrgentAlert> openUrgentAlerts(long campaignId) {
        return jdbc.query("""
                SELECT c.id, c.campaign_id, c.tenant_id, CONCAT(t.last_name, ' ', t.first_name), t.phone, c.caller,
                       c.called_at, c.notes
                FROM outreach_call c JOIN tenant t ON t.id = c.tenant_id
                WHERE c.campaign_id = ? AND c.urgent AND c.urgent_closed_at IS NULL ORDER BY c.called_at DESC""",
                (rs, n) -> new UrgentAlert(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getString(4),
                        rs.getString(5), rs.getString(6), rs.getObject(7, LocalDateTime.class), rs.getString(8)),
                campaignId);
    }

    @Transactional
    @RolesAllowed(Role.Names.OUTREACH_COORDINATOR)
    public void closeUrgent(long callId) {
        List<Long> campaign = jdbc.queryForList("SELECT campaign_id FROM outreach_call WHERE id = ?", Long.class,
                callId);
        if (campaign.isEmpty()) {
            throw new BusinessException("outreach.error.noCall");
        }
        jdbc.update("UPDATE outreach_call SET urgent_closed_at = ?, urgent_closed_by = ? WHERE id = ? AND urgent "
                + "AND urgent_closed_at IS NULL", LandlordTime.utcNow(clock), currentUser.requireUsername(), callId);
        audit.record(AuditAction.URGENT_CLOSED, "outreach_call", callId, null);
        events.publish(new OutreachChangedEvent(campaign.getFirst()));
    }

    // ---- referrals to the CCAS

    /** A referral to the CCAS. */
    public record Referral(long id, long campaignId, long tenantId, String tenantName, String reason,
            ReferralStatus status, String outcome, String createdBy, LocalDateTime createdAtUtc,
            LocalDateTime consentAtUtc, long version) {}

    /** Refers a tenant to the CCAS: only with their recorded consent. */
    @Transactional
    @RolesAllowed({Role.Names.VOLUNTEER, Role.Names.OUTREACH_COORDINATOR})
    public long refer(long campaignId, long tenantId, boolean consent, String reason) {
        String me = currentUser.requireUsername();
        if (!currentUser.hasRole(Role.OUTREACH_COORDINATOR)) {
            requireAssigned(campaignId, tenantId, me);
        }
        if (!consent) {
            throw new BusinessException("outreach.error.noConsent");
        }
        if (reason == null || reason.isBlank() || reason.length() > 1000) {
            throw new BusinessException("outreach.error.reason");
        }
        jdbc.update("""
                INSERT INTO outreach_referral (campaign_id, tenant_id, consent_at, reason, status, created_by,
                  created_at) VALUES (?, ?, ?, ?, 'SENT', ?, ?)""", campaignId, tenantId, LandlordTime.utcNow(clock), reason.trim(), me,
                LandlordTime.utcNow(clock));
        long id = jdbc.queryForObject("SELECT LAST_INSERT_ID()", Long.class);
        audit.record(AuditAction.REFERRAL_CREATED, "tenant", tenantId, "referral " + id);
        events.publish(new OutreachChangedEvent(campaignId));
        return id;
    }

    /** Updates a referral's status and outcome; refused when someone else saved it since {@code expectedVersion}. */
    @Transactional
    @RolesAllowed(Role.Names.OUTREACH_COORDINATOR)
    public void updateReferral(long referralId, long expectedVersion, ReferralStatus status, String outcome) {
        List<Long> campaign = jdbc.queryForList("SELECT campaign_id FROM outreach_referral WHERE id = ?",
                Long.class, referralId);
        if (campaign.isEmpty()) {
            throw new BusinessException("outreach.error.noReferral");
        }
        int updated = jdbc.update("""
                UPDATE outreach_referral SET status = ?, outcome = ?, version = version + 1
                WHERE id = ? AND version = ?""", status.name(), blankToNull(outcome), referralId, expectedVersion);
        if (updated == 0) {
            throw new BusinessException("error.staleData");
        }
        audit.record(AuditAction.REFERRAL_UPDATED, "outreach_referral", referralId, status.name());
        events.publish(new OutreachChangedEvent(campaign.getFirst()));
    }

    @Transactional(readOnly = true)
    @RolesAllowed({Role.Names.OUTREACH_COORDINATOR, Role.Names.SOCIAL_ADVISER})
    public List<Referral> referrals(long campaignId) {
        return jdbc.query("""
                SELECT r.id, r.campaign_id, r.tenant_id, CONCAT(t.last_name, ' ', t.first_name), r.reason, r.status,
                       r.outcome, r.created_by, r.created_at, r.consent_at, r.version
                FROM outreach_referral r JOIN tenant t ON t.id = r.tenant_id
                WHERE r.campaign_id = ? ORDER BY r.created_at DESC""", (rs, n) -> new Referral(rs.getLong(1),
                rs.getLong(2), rs.getLong(3), rs.getString(4), rs.getString(5),
                ReferralStatus.valueOf(rs.getString(6)), rs.getString(7), rs.getString(8),
                rs.getObject(9, LocalDateTime.class), rs.getObject(10, LocalDateTime.class), rs.getLong(11)), campaignId);
    }

    // ---- neighbour reports

    /** A worrying situation of a neighbour, reported by a caller. */
    public record NeighbourReport(long id, String reportedBy, String address, String description,
            LocalDateTime createdAtUtc) {}

    @Transactional
    @RolesAllowed({Role.Names.VOLUNTEER, Role.Names.OUTREACH_COORDINATOR})
    public void reportNeighbour(long campaignId, String address, String description) {
        if (address == null || address.isBlank() || address.length() > 300 || description == null
                || description.isBlank() || description.length() > 2000) {
            throw new BusinessException("outreach.error.neighbour");
        }
        jdbc.update("INSERT INTO outreach_neighbour_report (campaign_id, reported_by, address, description, "
                + "created_at) VALUES (?, ?, ?, ?, ?)", campaignId, currentUser.requireUsername(), address.trim(),
                description.trim(), LandlordTime.utcNow(clock));
        audit.record(AuditAction.NEIGHBOUR_REPORTED, "outreach_campaign", campaignId, null);
        events.publish(new OutreachChangedEvent(campaignId));
    }

    @Transactional(readOnly = true)
    @RolesAllowed(Role.Names.OUTREACH_COORDINATOR)
    public List<NeighbourReport> neighbourQueue(long campaignId) {
        return jdbc.query("""
                SELECT id, reported_by, address, description, created_at FROM outreach_neighbour_report
                WHERE campaign_id = ? AND handled_at IS NULL ORDER BY created_at""", (rs, n) -> new NeighbourReport(
                rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getObject(5,
                        LocalDateTime.class)), campaignId);
    }

    @Transactional
    @RolesAllowed(Role.Names.OUTREACH_COORDINATOR)
    public void neighbourHandled(long reportId) {
        int handled = jdbc.update("UPDATE outreach_neighbour_report SET handled_at = ?, handled_by = ? WHERE id = ?",
                LandlordTime.utcNow(clock), currentUser.requireUsername(), reportId);
        if (handled == 0) {
            throw new BusinessException("outreach.error.neighbourNotFound");
        }
        audit.record(AuditAction.NEIGHBOUR_REPORT_HANDLED, "outreach_neighbour_report", reportId, null);
    }
}
