package fr.caleol.socialcell.service;

import fr.caleol.audit.domain.AuditAction;
import fr.caleol.audit.service.AuditLog;
import fr.caleol.base.domain.LandlordTime;
import fr.caleol.base.errors.BusinessException;
import fr.caleol.base.events.EventBus;
import fr.caleol.security.domain.Role;
import fr.caleol.security.service.CurrentUser;
import fr.caleol.socialcell.domain.Instalment;
import fr.caleol.socialcell.domain.PaymentAllocation;
import fr.caleol.socialcell.domain.PlanBreach;
import fr.caleol.socialcell.domain.PlanStatus;
import fr.caleol.socialcell.domain.RepaymentSchedule;
import jakarta.annotation.security.RolesAllowed;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Repayment plans: creation from the pure schedule generator, payment allocation (current rent first, then the
 * oldest instalment), breach detection and renegotiation (a new plan linked to the previous one, which is frozen).
 * Same access rule as the cases: the case's adviser or the team lead.
 */
@Service
public class PlanService {

    private final JdbcTemplate jdbc;
    private final ArrearsCaseService cases;
    private final AuditLog audit;
    private final EventBus events;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final int toleranceDays;

    public PlanService(JdbcTemplate jdbc, ArrearsCaseService cases, AuditLog audit, EventBus events,
            CurrentUser currentUser, Clock clock, @Value("${caleol.socialcell.breach-days:15}") int toleranceDays) {
        this.jdbc = jdbc;
        this.cases = cases;
        this.audit = audit;
        this.events = events;
        this.currentUser = currentUser;
        this.clock = clock;
        this.toleranceDays = toleranceDays;
    }

    @Transactional
    @RolesAllowed({Role.Names.SOCIAL_ADVISER, Role.Names.SOCIAL_CELL_LEAD, Role.Names.ADMIN})
    public long create(long caseId, BigDecimal debt, LocalDate start, int months, LocalDate signedOn) {
        cases.requireAccess(caseId);
        Integer live = jdbc.queryForObject("""
                SELECT COUNT(*) FROM repayment_plan WHERE case_id = ? AND status IN ('ACTIVE', 'IN_DEFAULT')""",
                Integer.class, caseId);
        if (live != null && live > 0) {
            throw new BusinessException("socialcell.error.planExists");
        }
        return insert(caseId, null, debt, start, months, signedOn);
    }

    /**
     * A plan of a fixed monthly amount ({@link RepaymentSchedule#byMonthlyAmount}): as many instalments as needed,
     * the last one being the remainder.
     */
    @Transactional
    @RolesAllowed({Role.Names.SOCIAL_ADVISER, Role.Names.SOCIAL_CELL_LEAD, Role.Names.ADMIN})
    public long createWithMonthlyAmount(long caseId, BigDecimal debt, LocalDate start, BigDecimal monthly,
            LocalDate signedOn) {
        cases.requireAccess(caseId);
        Integer live = jdbc.queryForObject("""
                SELECT COUNT(*) FROM repayment_plan WHERE case_id = ? AND status IN ('ACTIVE', 'IN_DEFAULT')""",
                Integer.class, caseId);
        if (live != null && live > 0) {
            throw new BusinessException("socialcell.error.planExists");
        }
        if (start == null) {
            throw new BusinessException("socialcell.error.planStart");
        }
        if (monthly != null && monthly.stripTrailingZeros().scale() > 2) {
            throw new BusinessException("socialcell.error.cents");
        }
        return insert(caseId, null, debt, RepaymentSchedule.byMonthlyAmount(debt, start, monthly), signedOn);
    }

    /** A new plan for what remains owed; the previous plan is frozen as it was. */
    @Transactional
    @RolesAllowed({Role.Names.SOCIAL_ADVISER, Role.Names.SOCIAL_CELL_LEAD, Role.Names.ADMIN})
    public long renegotiate(long planId, LocalDate start, int months, LocalDate signedOn) {
        PlanView old = plan(planId);
        if (old.status() == PlanStatus.FROZEN || old.status() == PlanStatus.COMPLETED) {
            throw new BusinessException("socialcell.error.planFrozen");
        }
        BigDecimal remaining = old.instalments().stream().map(Instalment::outstanding)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        int n = jdbc.update("UPDATE repayment_plan SET status = 'FROZEN', version = version + 1 WHERE id = ? "
                + "AND status IN ('ACTIVE', 'IN_DEFAULT')", planId);
        if (n == 0) {
            throw new BusinessException("socialcell.error.planFrozen");
        }
        return insert(old.caseId(), planId, remaining, start, months, signedOn);
    }

    private long insert(long caseId, Long previous, BigDecimal debt, LocalDate start, int months, LocalDate signed) {
        return insert(caseId, previous, debt, RepaymentSchedule.byMonths(debt, start, months), signed);
    }

    private long insert(long caseId, Long previous, BigDecimal debt, List<Instalment> schedule, LocalDate signed) {
        LocalDate start = schedule.getFirst().dueDate();
        int months = schedule.size();
        jdbc.update("""
                INSERT INTO repayment_plan (case_id, previous_plan_id, debt, start_date, months, signed_on, status,
                  created_by) VALUES (?, ?, ?, ?, ?, ?, 'ACTIVE', ?)""", caseId, previous, debt, start, months,
                signed == null ? today() : signed, currentUser.requireUsername());
        long id = jdbc.queryForObject("SELECT LAST_INSERT_ID()", Long.class);
        List<Object[]> rows = new ArrayList<>();
        for (Instalment i : schedule) {
            rows.add(new Object[] {id, i.number(), i.dueDate(), i.amount()});
        }
        jdbc.batchUpdate("INSERT INTO plan_instalment (plan_id, number, due_date, amount) VALUES (?, ?, ?, ?)", rows);
        jdbc.update("UPDATE arrears_case SET status = 'PLAN_ACTIVE', version = version + 1 WHERE id = ?", caseId);
        audit.record(AuditAction.REPAYMENT_PLAN_SIGNED, "arrears_case", caseId,
                "plan " + id + ": " + debt.toPlainString() + " over " + months + (previous == null ? ""
                        : ", replaces plan " + previous));
        events.publish(new CasesChangedEvent());
        return id;
    }

    @Transactional(readOnly = true)
    @RolesAllowed({Role.Names.SOCIAL_ADVISER, Role.Names.SOCIAL_CELL_LEAD, Role.Names.ADMIN})
    public PlanView plan(long planId) {
        PlanView p = jdbc.queryForObject("""
                SELECT id, case_id, previous_plan_id, debt, start_date, months, signed_on, status
                FROM repayment_plan WHERE id = ?""", (rs, n) -> new PlanView(rs.getLong(1), rs.getLong(2),
                (Long) rs.getObject(3, Long.class), rs.getBigDecimal(4), rs.getObject(5, LocalDate.class),
                rs.getInt(6), rs.getObject(7, LocalDate.class), PlanStatus.valueOf(rs.getString(8)), List.of()),
                planId);
        cases.requireAccess(p.caseId());
        return new PlanView(p.id(), p.caseId(), p.previousPlanId(), p.debt(), p.startDate(), p.months(),
                p.signedOn(), p.status(), instalments(planId));
    }

    @Transactional(readOnly = true)
    @RolesAllowed({Role.Names.SOCIAL_ADVISER, Role.Names.SOCIAL_CELL_LEAD, Role.Names.ADMIN})
    public List<PlanView> plans(long caseId) {
        cases.requireAccess(caseId);
        return jdbc.queryForList("SELECT id FROM repayment_plan WHERE case_id = ? ORDER BY id", Long.class, caseId)
                .stream().map(this::plan).toList();
    }

    /**
     * A payment by a tenant under this plan, allocated by the documented rule: the current rent still owed first,
     * then the instalments from the oldest. Returns the allocation.
     */
    @Transactional
    @RolesAllowed({Role.Names.SOCIAL_ADVISER, Role.Names.SOCIAL_CELL_LEAD, Role.Names.ADMIN})
    public PaymentAllocation.Result allocatePayment(long planId, BigDecimal amount, BigDecimal currentRentOwed) {
        PlanView p = plan(planId);
        if (p.status() == PlanStatus.FROZEN) {
            throw new BusinessException("socialcell.error.planFrozen");
        }
        PaymentAllocation.Result r = PaymentAllocation.allocate(amount, currentRentOwed, p.instalments());
        List<Object[]> rows = r.instalments().stream()
                .map(i -> new Object[] {i.paid(), planId, i.number()}).toList();
        jdbc.batchUpdate("UPDATE plan_instalment SET paid = ? WHERE plan_id = ? AND number = ?", rows);
        if (r.instalments().stream().allMatch(i -> i.outstanding().signum() <= 0)) {
            jdbc.update("UPDATE repayment_plan SET status = 'COMPLETED', version = version + 1 WHERE id = ?", planId);
        }
        return r;
    }

    /**
     * Puts in default every active plan with an instalment unpaid {@code toleranceDays} after its due date; the case
     * goes to PLAN_IN_DEFAULT and its adviser is alerted live. Returns the plans put in default.
     */
    @Transactional
    @RolesAllowed({Role.Names.SOCIAL_CELL_LEAD, Role.Names.ADMIN})
    public List<Long> detectBreaches(LocalDate today) {
        List<Long> defaulted = new ArrayList<>();
        for (Long planId : jdbc.queryForList("SELECT id FROM repayment_plan WHERE status = 'ACTIVE'", Long.class)) {
            if (PlanBreach.inDefault(instalments(planId), today, toleranceDays)) {
                jdbc.update("UPDATE repayment_plan SET status = 'IN_DEFAULT', defaulted_on = ?, version = version + 1 "
                        + "WHERE id = ?", today, planId);
                var row = jdbc.queryForMap("""
                        SELECT c.id, c.adviser FROM arrears_case c JOIN repayment_plan p ON p.case_id = c.id
                        WHERE p.id = ?""", planId);
                long caseId = ((Number) row.get("id")).longValue();
                jdbc.update("UPDATE arrears_case SET status = 'PLAN_IN_DEFAULT', version = version + 1 WHERE id = ?",
                        caseId);
                audit.record(AuditAction.REPAYMENT_PLAN_DEFAULTED, "arrears_case", caseId, "plan " + planId);
                events.publish(new PlanDefaultEvent(caseId, planId, (String) row.get("adviser")));
                defaulted.add(planId);
            }
        }
        return defaulted;
    }

    private List<Instalment> instalments(long planId) {
        return jdbc.query("SELECT number, due_date, amount, paid FROM plan_instalment WHERE plan_id = ? ORDER BY "
                + "number", (rs, n) -> new Instalment(rs.getInt(1), rs.getObject(2, LocalDate.class),
                rs.getBigDecimal(3), rs.getBigDecimal(4)), planId);
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(LandlordTime.ZONE));
    }
}
