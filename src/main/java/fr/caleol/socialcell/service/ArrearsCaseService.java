package fr.caleol.socialcell.service;

import fr.caleol.audit.domain.AuditAction;
import fr.caleol.audit.service.AuditLog;
import fr.caleol.base.db.InList;
import fr.caleol.base.domain.LandlordTime;
import fr.caleol.base.errors.BusinessException;
import fr.caleol.base.events.EventBus;
import fr.caleol.security.domain.Role;
import fr.caleol.security.service.CurrentUser;
import fr.caleol.socialcell.domain.CaseStatus;
import fr.caleol.socialcell.domain.ContactKind;
import fr.caleol.socialcell.domain.DeadlineKind;
import fr.caleol.socialcell.domain.LegalDeadlines;
import fr.caleol.tenancy.domain.ArrearsRules;
import fr.caleol.tenancy.domain.MonthlyUnpaid;
import fr.caleol.tenancy.domain.Movement;
import fr.caleol.tenancy.service.RentLedgerService.LeaseTerms;
import fr.caleol.tenancy.service.RentLedgerService;
import jakarta.annotation.security.RolesAllowed;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Arrears cases: detection from the rent ledger, the caseload, the contact log and the team's counters.
 *
 * <p>Access: a social adviser reaches only the cases assigned to them; the team lead (SOCIAL_CELL_LEAD, or ADMIN)
 * reaches all; nobody else reaches arrears data. Every read of a case goes to the audit log.
 */
@Service
public class ArrearsCaseService {

    static final int NOTES_MAX = 2000;
    static final int MONTH_FIGURES = 24;

    static final String SUMMARY_SELECT = """
            SELECT c.id, c.lease_id, l.reference,
              (SELECT CONCAT(t.last_name, ' ', t.first_name) FROM tenant t WHERE t.household_id = l.household_id
                 ORDER BY t.household_role = 'HOLDER' DESC, t.id LIMIT 1),
              c.opened_on, c.debt_at_opening, c.status, c.escalated_on, c.adviser, c.caf_reported_on,
              (SELECT MIN(p.signed_on) FROM repayment_plan p WHERE p.case_id = c.id), c.court_action_planned_on,
              c.ccapex_referred_on
            FROM arrears_case c JOIN lease l ON l.id = c.lease_id""";

    private final JdbcTemplate jdbc;
    private final RentLedgerService ledger;
    private final AuditLog audit;
    private final EventBus events;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final int graceDays;

    public ArrearsCaseService(JdbcTemplate jdbc, RentLedgerService ledger, AuditLog audit, EventBus events,
            CurrentUser currentUser, Clock clock, SocialCellProperties settings) {
        this.jdbc = jdbc;
        this.ledger = ledger;
        this.audit = audit;
        this.events = events;
        this.currentUser = currentUser;
        this.clock = clock;
        this.graceDays = settings.graceDays();
    }

    // ---- detection

    /**
     * Scans every lease's ledger on {@code day}: opens a nascent-arrears case (status NEW, unassigned) for a lease in
     * arrears past the grace period with no arrears in the previous 12 months and no open case; marks an open case
     * escalated on the day its debt reached two months of rent and charges.
     */
    @Transactional
    @RolesAllowed({Role.Names.SOCIAL_CELL_LEAD, Role.Names.ADMIN})
    public DetectionReport detect(LocalDate day) {
        return runDetection(day);
    }

    /** The detection on behalf of {@link LedgerUpdates}, which checks the caller's access. */
    DetectionReport runDetection(LocalDate day) {
        record Open(long caseId, LocalDate openedOn, LocalDate escalatedOn) {}
        Map<Long, Open> open = new HashMap<>();
        jdbc.query("SELECT lease_id, id, opened_on, escalated_on FROM arrears_case WHERE status <> 'RESOLVED'",
                rs -> {
                    open.put(rs.getLong(1), new Open(rs.getLong(2), rs.getObject(3, LocalDate.class),
                            rs.getObject(4, LocalDate.class)));
                });
        List<Object[]> toOpen = new ArrayList<>();
        List<Object[]> toEscalate = new ArrayList<>();
        int[] scanned = {0};
        MonthlyUnpaid unpaid = new MonthlyUnpaid(day, graceDays);
        ledger.forEachLedger((terms, movements) -> {
            scanned[0]++;
            unpaid.add(movements);
            Open existing = open.get(terms.leaseId());
            if (existing == null) {
                if (ArrearsRules.opensNascentCase(movements, day, graceDays)) {
                    BigDecimal debt = ArrearsRules.overdueOn(movements, day, graceDays);
                    LocalDate reached = ArrearsRules.twoMonthsReachedOn(movements, terms.rentAndCharges(),
                            day.minusMonths(12), day, graceDays);
                    toOpen.add(new Object[] {terms.leaseId(), day, debt, reached});
                }
            } else if (existing.escalatedOn() == null) {
                LocalDate reached = ArrearsRules.twoMonthsReachedOn(movements, terms.rentAndCharges(),
                        existing.openedOn(), day, graceDays);
                if (reached != null) {
                    toEscalate.add(new Object[] {reached, existing.caseId()});
                }
            }
        });
        int opened = 0;
        // A detection running at the same time elsewhere (another node, an import) may have opened the case
        // meanwhile: the unique open case per lease (uq_case_open_lease) keeps that one, and this one is skipped.
        // Row by row, so that only the cases really opened here are counted.
        for (Object[] row : toOpen) {
            opened += jdbc.update("""
                    INSERT IGNORE INTO arrears_case (lease_id, opened_on, debt_at_opening, status, escalated_on)
                    VALUES (?, ?, ?, 'NEW', ?)""", row);
        }
        if (!toEscalate.isEmpty()) {
            jdbc.batchUpdate("UPDATE arrears_case SET escalated_on = ?, version = version + 1 WHERE id = ?",
                    toEscalate);
        }
        storeMonthFigures(unpaid.lastMonths(MONTH_FIGURES), day);
        if (opened > 0 || !toEscalate.isEmpty()) {
            audit.record(AuditAction.ARREARS_CASE_OPENED, "arrears_case", 0L,
                    "detection " + day + ": " + opened + " opened, " + toEscalate.size() + " escalated");
            events.publish(CasesChangedEvent.many());
        }
        return new DetectionReport(scanned[0], opened, toEscalate.size());
    }

    /** The dashboard's unpaid rate per month: replaced at each detection (the last 24 months of ledger). */
    private void storeMonthFigures(List<MonthlyUnpaid.Month> months, LocalDate day) {
        jdbc.update("DELETE FROM ledger_month_figures");
        jdbc.batchUpdate("INSERT INTO ledger_month_figures (month, leases_called, leases_unpaid, computed_on) "
                + "VALUES (?, ?, ?, ?)", months.stream().map(m -> new Object[] {m.month().atDay(1), m.leasesCalled(),
                m.leasesUnpaid(), day}).toList());
    }

    // ---- caseload

    @Transactional(readOnly = true)
    @RolesAllowed(Role.Names.SOCIAL_ADVISER)
    public List<CaseSummary> myCases() {
        return jdbc.query(SUMMARY_SELECT + " WHERE c.adviser = ? AND c.status <> 'RESOLVED' ORDER BY c.opened_on, c.id",
                (rs, n) -> summary(rs), currentUser.requireUsername());
    }

    /** All open cases, for the team lead who balances the caseload. */
    @Transactional(readOnly = true)
    @RolesAllowed({Role.Names.SOCIAL_CELL_LEAD, Role.Names.ADMIN})
    public List<CaseSummary> allCases() {
        return jdbc.query(SUMMARY_SELECT + " WHERE c.status <> 'RESOLVED' ORDER BY c.opened_on, c.id",
                (rs, n) -> summary(rs));
    }

    @Transactional
    @RolesAllowed({Role.Names.SOCIAL_CELL_LEAD, Role.Names.ADMIN})
    public void assign(long caseId, String adviser) {
        requireAdviser(adviser);
        int n = jdbc.update("UPDATE arrears_case SET adviser = ?, version = version + 1 WHERE id = ?", adviser,
                caseId);
        if (n == 0) {
            throw new BusinessException("socialcell.error.noCase");
        }
        audit.record(AuditAction.ARREARS_CASE_ASSIGNED, "arrears_case", caseId, adviser);
        events.publish(CasesChangedEvent.of(caseId));
    }

    /**
     * Assigns several cases to one adviser at once (the lead balancing the caseload): the adviser must be an active
     * user holding SOCIAL_ADVISER; all cases or none.
     */
    @Transactional
    @RolesAllowed({Role.Names.SOCIAL_CELL_LEAD, Role.Names.ADMIN})
    public int assignAll(java.util.Collection<Long> caseIds, String adviser) {
        requireAdviser(adviser);
        if (caseIds == null || caseIds.isEmpty()) {
            throw new BusinessException("socialcell.error.noSelection");
        }
        List<Long> ids = caseIds.stream().distinct().toList();
        String in = InList.marks(ids.size());
        Integer found = jdbc.queryForObject("SELECT COUNT(*) FROM arrears_case WHERE id IN (" + in + ") FOR UPDATE",
                Integer.class, ids.toArray());
        if (found == null || found != ids.size()) {
            throw new BusinessException("socialcell.error.noCase");
        }
        jdbc.update("UPDATE arrears_case SET adviser = ?, version = version + 1 WHERE id IN (" + in + ")",
                java.util.stream.Stream.concat(java.util.stream.Stream.of(adviser), ids.stream()).toArray());
        for (Long id : ids) {
            audit.record(AuditAction.ARREARS_CASE_ASSIGNED, "arrears_case", id, adviser);
        }
        events.publish(CasesChangedEvent.many());
        return ids.size();
    }

    /** A case goes only to an active user holding SOCIAL_ADVISER. */
    private void requireAdviser(String adviser) {
        if (adviser == null || adviser.isBlank() || jdbc.queryForObject("""
                SELECT COUNT(*) FROM app_user u JOIN app_user_role r ON r.user_id = u.id
                WHERE u.username = ? AND u.active AND r.role = 'SOCIAL_ADVISER'""", Integer.class, adviser) == 0) {
            throw new BusinessException("socialcell.error.adviser");
        }
    }

    /** A case with its ledger, contacts and deadlines. Only its adviser or the team lead; the read is audited. */
    @Transactional
    @RolesAllowed({Role.Names.SOCIAL_ADVISER, Role.Names.SOCIAL_CELL_LEAD, Role.Names.ADMIN})
    public CaseDetail detail(long caseId) {
        CaseSummary summary = requireAccess(caseId);
        LeaseTerms terms = ledger.terms(summary.leaseId());
        List<Movement> movements = ledger.movements(summary.leaseId());
        List<ContactEntry> contacts = jdbc.query("""
                SELECT id, kind, contact_date, author, notes FROM arrears_contact WHERE case_id = ?
                ORDER BY contact_date DESC, id DESC""", (rs, n) -> new ContactEntry(rs.getLong(1),
                ContactKind.valueOf(rs.getString(2)), rs.getObject(3, LocalDate.class), rs.getString(4),
                rs.getString(5)), caseId);
        audit.record(AuditAction.ARREARS_CASE_READ, "arrears_case", caseId, summary.leaseReference());
        return new CaseDetail(summary, terms.rentAndCharges(), ArrearsRules.balanceOn(movements, LandlordTime.today(clock)), movements,
                contacts, summary.deadlines());
    }

    // ---- contact log

    @Transactional
    @RolesAllowed({Role.Names.SOCIAL_ADVISER, Role.Names.SOCIAL_CELL_LEAD, Role.Names.ADMIN})
    public long logContact(long caseId, ContactKind kind, LocalDate date, String notes) {
        CaseSummary summary = requireAccess(caseId);
        if (kind == null) {
            throw new BusinessException("socialcell.error.contactKind");
        }
        if (date == null || date.isAfter(LandlordTime.today(clock))) {
            throw new BusinessException("socialcell.error.contactDate");
        }
        if (notes != null && notes.length() > NOTES_MAX) {
            throw new BusinessException("socialcell.error.notesTooLong", NOTES_MAX);
        }
        jdbc.update("INSERT INTO arrears_contact (case_id, kind, contact_date, author, notes) VALUES (?, ?, ?, ?, ?)",
                caseId, kind.name(), date, currentUser.requireUsername(),
                notes == null || notes.isBlank() ? null : notes.strip());
        long id = jdbc.queryForObject("SELECT LAST_INSERT_ID()", Long.class);
        if (summary.status() == CaseStatus.NEW) {
            jdbc.update("UPDATE arrears_case SET status = 'CONTACTED', version = version + 1 WHERE id = ?", caseId);
        }
        audit.record(AuditAction.ARREARS_CONTACT_LOGGED, "arrears_case", caseId, kind.name());
        events.publish(CasesChangedEvent.of(caseId));
        return id;
    }

    /** Which legal step a date is recorded for. */
    public enum LegalStep {
        CAF_REPORTED("caf_reported_on"),
        COURT_ACTION_PLANNED("court_action_planned_on"),
        CCAPEX_REFERRED("ccapex_referred_on");

        private final String column;

        LegalStep(String column) {
            this.column = column;
        }
    }

    /** Records the date of a legal step (CAF report, planned court action, CCAPEX referral) on a case. */
    @Transactional
    @RolesAllowed({Role.Names.SOCIAL_ADVISER, Role.Names.SOCIAL_CELL_LEAD, Role.Names.ADMIN})
    public void recordStep(long caseId, LegalStep step, LocalDate date) {
        requireAccess(caseId);
        if (date == null) {
            throw new BusinessException("socialcell.error.contactDate");
        }
        jdbc.update("UPDATE arrears_case SET " + step.column + " = ?, version = version + 1 WHERE id = ?", date,
                caseId);
        audit.record(AuditAction.ARREARS_CASE_STEP, "arrears_case", caseId, step + " " + date);
        events.publish(CasesChangedEvent.of(caseId));
    }

    // ---- to-do list and counters

    /**
     * The open legal deadlines of the adviser's cases, and the default notices to send (a plan in default, no letter
     * logged since its default date), ordered by date.
     */
    @Transactional(readOnly = true)
    @RolesAllowed(Role.Names.SOCIAL_ADVISER)
    public List<TodoItem> myTodo() {
        List<TodoItem> todo = new ArrayList<>();
        Map<Long, CaseSummary> mine = new HashMap<>();
        for (CaseSummary c : myCases()) {
            mine.put(c.id(), c);
            for (LegalDeadlines.Deadline d : c.deadlines()) {
                if (!d.done()) {
                    todo.add(new TodoItem(d.due(), d.kind(), c.id(), c.holder(), c.leaseReference()));
                }
            }
        }
        // A plan in default asks for the default notice from the day it went into default, until a default notice
        // (or a letter logged by hand) is recorded on or after that day.
        jdbc.query("""
                SELECT p.case_id, p.defaulted_on,
                  (SELECT MAX(a.contact_date) FROM arrears_contact a WHERE a.case_id = p.case_id AND a.kind = 'LETTER'
                     AND (a.letter_kind IS NULL OR a.letter_kind = 'DEFAULT_NOTICE'))
                FROM repayment_plan p JOIN arrears_case c ON c.id = p.case_id
                WHERE c.adviser = ? AND c.status <> 'RESOLVED' AND p.status = 'IN_DEFAULT'""", rs -> {
            CaseSummary c = mine.get(rs.getLong(1));
            LocalDate defaultedOn = rs.getObject(2, LocalDate.class);
            LocalDate lastLetter = rs.getObject(3, LocalDate.class);
            if (c != null && (lastLetter == null || lastLetter.isBefore(defaultedOn))) {
                todo.add(new TodoItem(defaultedOn, DeadlineKind.DEFAULT_NOTICE, c.id(), c.holder(),
                        c.leaseReference()));
            }
        }, currentUser.requireUsername());
        todo.sort(Comparator.comparing(TodoItem::due).thenComparing(TodoItem::kind).thenComparing(TodoItem::caseId));
        return todo;
    }

    /** The case if the current user may work on it (its adviser or the team lead); denied otherwise. */
    @Transactional(readOnly = true)
    @RolesAllowed({Role.Names.SOCIAL_ADVISER, Role.Names.SOCIAL_CELL_LEAD, Role.Names.ADMIN})
    public CaseSummary requireAccess(long caseId) {
        CaseSummary c = summaryOf(caseId);
        if (!currentUser.hasAnyRole(Role.SOCIAL_CELL_LEAD, Role.ADMIN)
                && !currentUser.requireUsername().equals(c.adviser())) {
            throw new AccessDeniedException("Case " + caseId + " is not assigned to " + currentUser.requireUsername());
        }
        return c;
    }

    /** The case's summary, without access check: for the jobs of this package whose caller was checked already. */
    CaseSummary summaryOf(long caseId) {
        List<CaseSummary> found = jdbc.query(SUMMARY_SELECT + " WHERE c.id = ?", (rs, n) -> summary(rs), caseId);
        if (found.isEmpty()) {
            throw new BusinessException("socialcell.error.noCase");
        }
        return found.getFirst();
    }

    static CaseSummary summary(ResultSet rs) throws SQLException {
        return new CaseSummary(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
                rs.getObject(5, LocalDate.class), rs.getBigDecimal(6), CaseStatus.valueOf(rs.getString(7)),
                rs.getObject(8, LocalDate.class), rs.getString(9), rs.getObject(10, LocalDate.class),
                rs.getObject(11, LocalDate.class), rs.getObject(12, LocalDate.class), rs.getObject(13, LocalDate.class));
    }
}
