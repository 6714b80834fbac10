package fr.caleol.socialcell.service;

import fr.caleol.audit.domain.AuditAction;
import fr.caleol.audit.service.AuditLog;
import fr.caleol.base.domain.LandlordTime;
import fr.caleol.base.errors.BusinessException;
import fr.caleol.base.events.EventBus;
import fr.caleol.security.domain.Role;
import fr.caleol.socialcell.domain.CaseStatus;
import fr.caleol.socialcell.domain.CaseTransitions;
import fr.caleol.tenancy.service.RentLedgerService;
import jakarta.annotation.security.RolesAllowed;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The status changes people decide on a case (rules in {@link CaseTransitions}): closing it as RESOLVED and handing it
 * to LITIGATION. Both are optimistically locked on {@code arrears_case.version}: the caller passes the version it
 * displayed, and a case changed meanwhile is refused with {@code error.staleData}.
 */
@Service
public class CaseLifecycleService {

    private final JdbcTemplate jdbc;
    private final ArrearsCaseService cases;
    private final RentLedgerService ledger;
    private final PlanService plans;
    private final AuditLog audit;
    private final EventBus events;
    private final Clock clock;

    public CaseLifecycleService(JdbcTemplate jdbc, ArrearsCaseService cases, RentLedgerService ledger,
            PlanService plans, AuditLog audit, EventBus events, Clock clock) {
        this.jdbc = jdbc;
        this.cases = cases;
        this.ledger = ledger;
        this.plans = plans;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /** The case's current version, to pass back to {@link #resolve} or {@link #handToLitigation}. */
    @Transactional(readOnly = true)
    @RolesAllowed({Role.Names.SOCIAL_ADVISER, Role.Names.SOCIAL_CELL_LEAD, Role.Names.ADMIN})
    public long version(long caseId) {
        cases.requireAccess(caseId);
        return jdbc.queryForObject("SELECT version FROM arrears_case WHERE id = ?", Long.class, caseId);
    }

    /** Closes the case as RESOLVED (closed today): only when nothing is owed today and no plan is live. */
    @Transactional
    @RolesAllowed({Role.Names.SOCIAL_ADVISER, Role.Names.SOCIAL_CELL_LEAD, Role.Names.ADMIN})
    public void resolve(long caseId, long version) {
        CaseSummary c = cases.requireAccess(caseId);
        LocalDate today = LandlordTime.today(clock);
        BigDecimal balance = ledger.balance(c.leaseId(), today);
        CaseTransitions.requireResolvable(c.status(), balance, plans.hasLivePlan(caseId));
        change(caseId, version, CaseStatus.RESOLVED, today);
        audit.record(AuditAction.ARREARS_CASE_RESOLVED, "arrears_case", caseId, "balance " + balance.toPlainString());
        events.publish(CasesChangedEvent.of(caseId));
    }

    /**
     * Hands the case to litigation: the team lead only, and only if the CCAPEX was referred to at least 2 months
     * before the planned court action.
     */
    @Transactional
    @RolesAllowed({Role.Names.SOCIAL_CELL_LEAD, Role.Names.ADMIN})
    public void handToLitigation(long caseId, long version) {
        CaseSummary c = cases.requireAccess(caseId);
        CaseTransitions.requireLitigable(c.status(), c.ccapexReferredOn(), c.courtActionPlannedOn());
        change(caseId, version, CaseStatus.LITIGATION, null);
        audit.record(AuditAction.ARREARS_CASE_LITIGATION, "arrears_case", caseId,
                "court action " + c.courtActionPlannedOn() + ", CCAPEX " + c.ccapexReferredOn());
        events.publish(CasesChangedEvent.of(caseId));
    }

    private void change(long caseId, long version, CaseStatus status, LocalDate closedOn) {
        int n = jdbc.update("""
                UPDATE arrears_case SET status = ?, closed_on = ?, version = version + 1
                WHERE id = ? AND version = ?""", status.name(), closedOn, caseId, version);
        if (n == 0) {
            throw BusinessException.staleData();
        }
    }
}
