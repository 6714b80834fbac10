package fr.caleol.socialcell.service;

import static fr.caleol.base.domain.Texts.blankToNull;

import fr.caleol.audit.domain.AuditAction;
import fr.caleol.audit.service.AuditLog;
import fr.caleol.base.domain.LandlordTime;
import fr.caleol.base.errors.BusinessException;
import fr.caleol.base.events.EventBus;
import fr.caleol.security.domain.Role;
import fr.caleol.security.service.CurrentUser;
import fr.caleol.socialcell.domain.CaseStatus;
import fr.caleol.socialcell.domain.CaseTransitions;
import fr.caleol.socialcell.domain.DeferralStatus;
import fr.caleol.socialcell.domain.PaperworkItem;
import fr.caleol.socialcell.domain.ReferralStatus;
import fr.caleol.socialcell.domain.ReferralTarget;
import fr.caleol.socialcell.domain.RentDeferral;
import fr.caleol.tenancy.service.RentLedgerService;
import jakarta.annotation.security.RolesAllowed;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The solutions recorded on an arrears case: rent deferrals, the help-with-paperwork checklist and referrals to social
 * services or the solidarity fund (FSL); and a card payment taken over the phone for the case's lease.
 *
 * <p>Same access rule as the cases ({@link ArrearsCaseService#requireAccess}): the case's adviser or the team lead.
 * Agreeing a solution (a deferral agreed, a referral accepted) moves a NEW or CONTACTED case to SOLUTION_AGREED
 * ({@link CaseTransitions#afterSolutionAgreed}). Every change is audited and announced with a
 * {@link CasesChangedEvent}. Deferral and referral updates are optimistically locked on their version.
 */
@Service
public class SolutionService {

    static final int TEXT_MAX = 2000;
    static final int ORGANISATION_MAX = 200;

    private final JdbcTemplate jdbc;
    private final ArrearsCaseService cases;
    private final RentLedgerService ledger;
    private final AuditLog audit;
    private final EventBus events;
    private final CurrentUser currentUser;
    private final Clock clock;

    public SolutionService(JdbcTemplate jdbc, ArrearsCaseService cases, RentLedgerService ledger, AuditLog audit,
            EventBus events, CurrentUser currentUser, Clock clock) {
        this.jdbc = jdbc;
        this.cases = cases;
        this.ledger = ledger;
        this.audit = audit;
        this.events = events;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** The solutions of a case; the checklist always lists the standard items, ticked or not. */
    @Transactional(readOnly = true)
    @RolesAllowed({Role.Names.SOCIAL_ADVISER, Role.Names.SOCIAL_CELL_LEAD, Role.Names.ADMIN})
    public Solutions solutions(long caseId) {
        cases.requireAccess(caseId);
        List<Solutions.Deferral> deferrals = jdbc.query("""
                SELECT id, version, amount, new_date, note, status, agreed_on, created_by, created_on
                FROM arrears_deferral WHERE case_id = ? ORDER BY id DESC""", (rs, n) -> new Solutions.Deferral(
                rs.getLong(1), rs.getLong(2), rs.getBigDecimal(3), rs.getObject(4, LocalDate.class), rs.getString(5),
                DeferralStatus.valueOf(rs.getString(6)), rs.getObject(7, LocalDate.class), rs.getString(8),
                rs.getObject(9, LocalDate.class)), caseId);
        Map<String, Solutions.Paperwork> checklist = new LinkedHashMap<>();
        for (PaperworkItem item : PaperworkItem.standard()) {
            checklist.put(item.name() + "|", new Solutions.Paperwork(item, "", null));
        }
        jdbc.query("SELECT item, label, done_on FROM arrears_paperwork WHERE case_id = ? ORDER BY id", rs -> {
            PaperworkItem item = PaperworkItem.valueOf(rs.getString(1));
            checklist.put(item.name() + "|" + rs.getString(2),
                    new Solutions.Paperwork(item, rs.getString(2), rs.getObject(3, LocalDate.class)));
        }, caseId);
        List<Solutions.Referral> referrals = jdbc.query("""
                SELECT id, version, target, organisation, referred_on, status, outcome, amount_granted, created_by
                FROM arrears_referral WHERE case_id = ? ORDER BY referred_on DESC, id DESC""",
                (rs, n) -> new Solutions.Referral(rs.getLong(1), rs.getLong(2),
                        ReferralTarget.valueOf(rs.getString(3)), rs.getString(4), rs.getObject(5, LocalDate.class),
                        ReferralStatus.valueOf(rs.getString(6)), rs.getString(7), rs.getBigDecimal(8),
                        rs.getString(9)), caseId);
        return new Solutions(deferrals, List.copyOf(checklist.values()), referrals);
    }

    // ---- rent deferral

    /**
     * Records a rent deferral: an amount (positive, at most the debt owed today) to be paid on a new date after today.
     * When {@code agreed}, the deferral is agreed today and the case moves to SOLUTION_AGREED.
     */
    @Transactional
    @RolesAllowed({Role.Names.SOCIAL_ADVISER, Role.Names.SOCIAL_CELL_LEAD, Role.Names.ADMIN})
    public long recordDeferral(long caseId, BigDecimal amount, LocalDate newDate, String note, boolean agreed) {
        CaseSummary c = cases.requireAccess(caseId);
        LocalDate today = LandlordTime.today(clock);
        RentDeferral.validate(amount, ledger.balance(c.leaseId(), today), newDate, today, note);
        DeferralStatus status = agreed ? DeferralStatus.AGREED : DeferralStatus.PROPOSED;
        jdbc.update("""
                INSERT INTO arrears_deferral (case_id, amount, new_date, note, status, agreed_on, created_by,
                  created_on) VALUES (?, ?, ?, ?, ?, ?, ?, ?)""", caseId, amount, newDate, blankToNull(note),
                status.name(), agreed ? today : null, currentUser.requireUsername(), today);
        long id = jdbc.queryForObject("SELECT LAST_INSERT_ID()", Long.class);
        if (agreed) {
            solutionAgreed(c);
        }
        audit.record(AuditAction.ARREARS_DEFERRAL_RECORDED, "arrears_case", caseId,
                "deferral " + id + ": " + amount.toPlainString() + " to " + newDate + " " + status);
        events.publish(CasesChangedEvent.of(caseId));
        return id;
    }

    /** Moves a deferral on (proposed → agreed or broken, agreed → honoured or broken), if nobody changed it meanwhile. */
    @Transactional
    @RolesAllowed({Role.Names.SOCIAL_ADVISER, Role.Names.SOCIAL_CELL_LEAD, Role.Names.ADMIN})
    public void updateDeferral(long deferralId, long version, DeferralStatus next) {
        Long caseId = caseOf("arrears_deferral", deferralId);
        CaseSummary c = cases.requireAccess(caseId);
        DeferralStatus current = DeferralStatus.valueOf(jdbc.queryForObject(
                "SELECT status FROM arrears_deferral WHERE id = ?", String.class, deferralId));
        if (next == null || !current.canBecome(next)) {
            throw new BusinessException("socialcell.error.deferralStatus");
        }
        int n = jdbc.update("""
                UPDATE arrears_deferral SET status = ?, agreed_on = COALESCE(agreed_on, ?), version = version + 1
                WHERE id = ? AND version = ?""", next.name(), next == DeferralStatus.AGREED ? LandlordTime.today(clock) : null,
                deferralId, version);
        if (n == 0) {
            throw BusinessException.staleData();
        }
        if (next == DeferralStatus.AGREED) {
            solutionAgreed(c);
        }
        audit.record(AuditAction.ARREARS_DEFERRAL_UPDATED, "arrears_case", caseId,
                "deferral " + deferralId + ": " + current + " -> " + next);
        events.publish(CasesChangedEvent.of(caseId));
    }

    // ---- help with paperwork

    /**
     * Ticks ({@code doneOn} set) or unticks ({@code doneOn} null) a checklist item. An OTHER item needs a label and is
     * added to the checklist the first time.
     */
    @Transactional
    @RolesAllowed({Role.Names.SOCIAL_ADVISER, Role.Names.SOCIAL_CELL_LEAD, Role.Names.ADMIN})
    public void setPaperwork(long caseId, PaperworkItem item, String label, LocalDate doneOn) {
        cases.requireAccess(caseId);
        if (item == null) {
            throw new BusinessException("socialcell.error.paperworkItem");
        }
        String key = item == PaperworkItem.OTHER ? (label == null ? "" : label.strip()) : "";
        if (item == PaperworkItem.OTHER && key.isEmpty()) {
            throw new BusinessException("socialcell.error.paperworkLabel");
        }
        if (key.length() > PaperworkItem.LABEL_MAX) {
            throw new BusinessException("socialcell.error.notesTooLong", PaperworkItem.LABEL_MAX);
        }
        if (doneOn != null && doneOn.isAfter(LandlordTime.today(clock))) {
            throw new BusinessException("socialcell.error.futureDate");
        }
        jdbc.update("""
                INSERT INTO arrears_paperwork (case_id, item, label, done_on, updated_by) VALUES (?, ?, ?, ?, ?)
                ON DUPLICATE KEY UPDATE done_on = VALUES(done_on), updated_by = VALUES(updated_by)""", caseId,
                item.name(), key, doneOn, currentUser.requireUsername());
        audit.record(AuditAction.ARREARS_PAPERWORK_UPDATED, "arrears_case", caseId,
                item + (key.isEmpty() ? "" : " " + key) + (doneOn == null ? " not done" : " done " + doneOn));
        events.publish(CasesChangedEvent.of(caseId));
    }

    // ---- referrals

    /** Refers the tenant to social services or the FSL; the referral starts SENT. */
    @Transactional
    @RolesAllowed({Role.Names.SOCIAL_ADVISER, Role.Names.SOCIAL_CELL_LEAD, Role.Names.ADMIN})
    public long refer(long caseId, ReferralTarget target, String organisation, LocalDate referredOn) {
        cases.requireAccess(caseId);
        if (target == null) {
            throw new BusinessException("socialcell.error.referralTarget");
        }
        if (organisation == null || organisation.isBlank()) {
            throw new BusinessException("socialcell.error.referralOrganisation");
        }
        if (organisation.strip().length() > ORGANISATION_MAX) {
            throw new BusinessException("socialcell.error.notesTooLong", ORGANISATION_MAX);
        }
        if (referredOn == null || referredOn.isAfter(LandlordTime.today(clock))) {
            throw new BusinessException("socialcell.error.futureDate");
        }
        jdbc.update("""
                INSERT INTO arrears_referral (case_id, target, organisation, referred_on, status, created_by)
                VALUES (?, ?, ?, ?, 'SENT', ?)""", caseId, target.name(), organisation.strip(), referredOn,
                currentUser.requireUsername());
        long id = jdbc.queryForObject("SELECT LAST_INSERT_ID()", Long.class);
        audit.record(AuditAction.ARREARS_REFERRAL_CREATED, "arrears_case", caseId,
                "referral " + id + ": " + target + " " + organisation.strip());
        events.publish(CasesChangedEvent.of(caseId));
        return id;
    }

    /**
     * Updates a referral's status, outcome and (FSL only) amount granted, if nobody changed it since {@code version}
     * was read; otherwise refused with {@code error.staleData}. ACCEPTED moves the case to SOLUTION_AGREED.
     */
    @Transactional
    @RolesAllowed({Role.Names.SOCIAL_ADVISER, Role.Names.SOCIAL_CELL_LEAD, Role.Names.ADMIN})
    public void updateReferral(long referralId, long version, ReferralStatus status, String outcome,
            BigDecimal amountGranted) {
        Long caseId = caseOf("arrears_referral", referralId);
        CaseSummary c = cases.requireAccess(caseId);
        if (status == null) {
            throw new BusinessException("socialcell.error.referralStatus");
        }
        if (outcome != null && outcome.length() > TEXT_MAX) {
            throw new BusinessException("socialcell.error.notesTooLong", TEXT_MAX);
        }
        ReferralTarget target = ReferralTarget.valueOf(jdbc.queryForObject(
                "SELECT target FROM arrears_referral WHERE id = ?", String.class, referralId));
        if (amountGranted != null && (target != ReferralTarget.FSL || amountGranted.signum() < 0
                || amountGranted.stripTrailingZeros().scale() > 2)) {
            throw new BusinessException("socialcell.error.amountGranted");
        }
        int n = jdbc.update("""
                UPDATE arrears_referral SET status = ?, outcome = ?, amount_granted = ?, version = version + 1
                WHERE id = ? AND version = ?""", status.name(), blankToNull(outcome), amountGranted, referralId,
                version);
        if (n == 0) {
            throw BusinessException.staleData();
        }
        if (status == ReferralStatus.ACCEPTED) {
            solutionAgreed(c);
        }
        audit.record(AuditAction.ARREARS_REFERRAL_UPDATED, "arrears_case", caseId,
                "referral " + referralId + ": " + status
                        + (amountGranted == null ? "" : ", granted " + amountGranted.toPlainString()));
        events.publish(CasesChangedEvent.of(caseId));
    }

    private void solutionAgreed(CaseSummary c) {
        CaseStatus next = CaseTransitions.afterSolutionAgreed(c.status());
        if (next != c.status()) {
            jdbc.update("UPDATE arrears_case SET status = ?, version = version + 1 WHERE id = ? AND status = ?",
                    next.name(), c.id(), c.status().name());
        }
    }

    private Long caseOf(String table, long id) {
        List<Long> found = jdbc.queryForList("SELECT case_id FROM " + table + " WHERE id = ?", Long.class, id);
        if (found.isEmpty()) {
            throw new BusinessException("socialcell.error.noSolution");
        }
        return found.getFirst();
    }
}
