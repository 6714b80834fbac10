package fr.caleol.socialcell.service;

import fr.caleol.audit.domain.AuditAction;
import fr.caleol.audit.service.AuditLog;
import fr.caleol.base.db.InList;
import fr.caleol.base.domain.LandlordTime;
import fr.caleol.base.errors.BusinessException;
import fr.caleol.base.events.EventBus;
import fr.caleol.mail.domain.MailKind;
import fr.caleol.mail.service.MailProperties;
import fr.caleol.mail.service.Outbox;
import fr.caleol.security.domain.Role;
import fr.caleol.security.service.CurrentUser;
import fr.caleol.socialcell.domain.Instalment;
import fr.caleol.socialcell.domain.PlanBreach;
import fr.caleol.socialcell.domain.PlanProgress;
import fr.caleol.socialcell.domain.PlanStatus;
import fr.caleol.socialcell.domain.RepaymentSchedule;
import fr.caleol.tenancy.domain.Movement;
import fr.caleol.tenancy.service.RentLedgerService;
import jakarta.annotation.security.RolesAllowed;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Repayment plans: creation from the pure schedule generator, paid amounts computed from the rent ledger
 * ({@link PlanProgress}: current rent first, then the oldest instalment), breach detection and renegotiation (a new plan linked to the previous one, which is frozen).
 * Same access rule as the cases: the case's adviser or the team lead.
 */
@Service
public class PlanService {

    private final JdbcTemplate jdbc;
    private final ArrearsCaseService cases;
    private final RentLedgerService ledger;
    private final AuditLog audit;
    private final EventBus events;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final int toleranceDays;
    private final Outbox outbox;
    private final MailProperties mailSettings;

    public PlanService(JdbcTemplate jdbc, ArrearsCaseService cases, RentLedgerService ledger, AuditLog audit, EventBus events,
            CurrentUser currentUser, Clock clock, SocialCellProperties settings, Outbox outbox,
            MailProperties mailSettings) {
        this.outbox = outbox;
        this.mailSettings = mailSettings;
        this.jdbc = jdbc;
        this.cases = cases;
        this.ledger = ledger;
        this.audit = audit;
        this.events = events;
        this.currentUser = currentUser;
        this.clock = clock;
        this.toleranceDays = settings.breachDays();
    }

    @Transactional
    @RolesAllowed({Role.Names.SOCIAL_ADVISER, Role.Names.SOCIAL_CELL_LEAD, Role.Names.ADMIN})
    public long create(long caseId, BigDecimal debt, LocalDate start, int months, LocalDate signedOn) {
        cases.requireAccess(caseId);
        requireNoLivePlan(caseId);
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
        requireNoLivePlan(caseId);
        if (start == null) {
            throw new BusinessException("socialcell.error.planStart");
        }
        if (monthly != null && monthly.stripTrailingZeros().scale() > 2) {
            throw new BusinessException("socialcell.error.cents");
        }
        return insert(caseId, null, debt, RepaymentSchedule.byMonthlyAmount(debt, start, monthly), signedOn);
    }

    /** Whether the case has a live plan (active or in default). Called after the caller's access check. */
    boolean hasLivePlan(long caseId) {
        Integer live = jdbc.queryForObject("""
                SELECT COUNT(*) FROM repayment_plan WHERE case_id = ? AND status IN ('ACTIVE', 'IN_DEFAULT')""",
                Integer.class, caseId);
        return live != null && live > 0;
    }

    private void requireNoLivePlan(long caseId) {
        if (hasLivePlan(caseId)) {
            throw new BusinessException("socialcell.error.planExists");
        }
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
                signed == null ? LandlordTime.today(clock) : signed, currentUser.requireUsername());
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
        events.publish(CasesChangedEvent.of(caseId));
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
     * Recomputes the paid amounts of the live plans (active or in default) of these leases from their ledgers
     * ({@link PlanProgress}: current rent first, then the oldest instalment) and stores them:
     * {@code plan_instalment.paid} is a cache of the ledger, never typed. A plan whose instalments are all paid
     * becomes COMPLETED. {@code leaseIds} null: every live plan (the nightly run). Returns the plans completed.
     * Called by {@link LedgerUpdates} after each ledger change, whose public methods check the access.
     */
    List<Long> refreshPayments(Collection<Long> leaseIds) {
        record Live(long planId, long leaseId, LocalDate signedOn) {}
        List<Live> live = new ArrayList<>();
        String select = """
                SELECT p.id, c.lease_id, p.signed_on FROM repayment_plan p JOIN arrears_case c ON c.id = p.case_id
                WHERE p.status IN ('ACTIVE', 'IN_DEFAULT')""";
        RowCallbackHandler addLive = rs -> {
            live.add(new Live(rs.getLong(1), rs.getLong(2), rs.getObject(3, LocalDate.class)));
        };
        if (leaseIds == null) {
            jdbc.query(select, addLive);
        } else {
            InList.chunks(List.copyOf(leaseIds), chunk -> jdbc.query(
                    select + " AND c.lease_id IN (" + InList.marks(chunk.size()) + ")", addLive, chunk.toArray()));
        }
        if (live.isEmpty()) {
            return List.of();
        }
        Map<Long, List<Instalment>> schedules = instalmentsOf(live.stream().map(Live::planId).toList());
        Map<Long, List<Movement>> ledgers = ledger.movementsOf(live.stream().map(Live::leaseId).distinct().toList());
        List<Object[]> changed = new ArrayList<>();
        List<Long> completed = new ArrayList<>();
        for (Live plan : live) {
            List<Instalment> stored = schedules.getOrDefault(plan.planId(), List.of());
            PlanProgress progress = PlanProgress.from(stored, ledgers.getOrDefault(plan.leaseId(), List.of()),
                    plan.signedOn());
            for (Instalment now : progress.instalments()) {
                Instalment before = stored.stream().filter(i -> i.number() == now.number()).findFirst().orElseThrow();
                if (before.paid().compareTo(now.paid()) != 0) {
                    changed.add(new Object[] {now.paid(), plan.planId(), now.number()});
                }
            }
            if (!stored.isEmpty() && progress.completed()) {
                completed.add(plan.planId());
            }
        }
        if (!changed.isEmpty()) {
            jdbc.batchUpdate("UPDATE plan_instalment SET paid = ? WHERE plan_id = ? AND number = ?", changed);
        }
        for (Long planId : completed) {
            jdbc.update("UPDATE repayment_plan SET status = 'COMPLETED', version = version + 1 WHERE id = ?", planId);
            audit.record(AuditAction.REPAYMENT_PLAN_COMPLETED, "repayment_plan", planId, "all instalments paid");
        }
        return completed;
    }

    /** The instalments of several plans, in number order, one query per {@link InList#CHUNK} plans. */
    private Map<Long, List<Instalment>> instalmentsOf(List<Long> planIds) {
        Map<Long, List<Instalment>> schedules = new HashMap<>();
        InList.chunks(planIds, chunk -> jdbc.query("""
                SELECT plan_id, number, due_date, amount, paid FROM plan_instalment WHERE plan_id IN (%s)
                ORDER BY plan_id, number""".formatted(InList.marks(chunk.size())), rs -> {
                    schedules.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(new Instalment(rs.getInt(2),
                            rs.getObject(3, LocalDate.class), rs.getBigDecimal(4), rs.getBigDecimal(5)));
                }, chunk.toArray()));
        return schedules;
    }

    /** Breach detection on behalf of {@link LedgerUpdates} (which checks the caller's access) and the nightly run. */
    List<Long> checkBreaches(LocalDate today) {
        return detectBreaches(today);
    }

    /**
     * Puts in default every active plan with an instalment unpaid {@code toleranceDays} after its due date; the case
     * goes to PLAN_IN_DEFAULT and its adviser is alerted live. Returns the plans put in default.
     */
    @Transactional
    @RolesAllowed({Role.Names.SOCIAL_CELL_LEAD, Role.Names.ADMIN})
    public List<Long> detectBreaches(LocalDate today) {
        List<Long> defaulted = new ArrayList<>();
        Map<Long, Long> caseOfPlan = new LinkedHashMap<>();
        jdbc.query("SELECT id, case_id FROM repayment_plan WHERE status = 'ACTIVE' ORDER BY id", rs -> {
            caseOfPlan.put(rs.getLong(1), rs.getLong(2));
        });
        Map<Long, List<Instalment>> schedules = instalmentsOf(List.copyOf(caseOfPlan.keySet()));
        caseOfPlan.forEach((planId, caseId) -> {
            if (PlanBreach.inDefault(schedules.getOrDefault(planId, List.of()), today, toleranceDays)) {
                jdbc.update("UPDATE repayment_plan SET status = 'IN_DEFAULT', defaulted_on = ?, version = version + 1 "
                        + "WHERE id = ?", today, planId);
                jdbc.update("UPDATE arrears_case SET status = 'PLAN_IN_DEFAULT', version = version + 1 WHERE id = ?",
                        caseId);
                audit.record(AuditAction.REPAYMENT_PLAN_DEFAULTED, "arrears_case", caseId, "plan " + planId);
                CaseSummary c = cases.summaryOf(caseId);
                events.publish(new PlanDefaultEvent(caseId, planId, c.adviser(),
                        (c.holder() == null ? "" : c.holder()) + " (" + c.leaseReference() + ")"));
                mailDefault(caseId, c);
                defaulted.add(planId);
            }
        });
        return defaulted;
    }

    /** Tells the adviser in charge and the team leads by mail that a plan went into default. */
    private void mailDefault(long caseId, CaseSummary c) {
        Map<String, String> values = Map.of("bail", c.leaseReference(),
                "lien", mailSettings.link("cellule-sociale/dossiers/" + caseId));
        java.util.Set<String> told = new java.util.HashSet<>();
        if (c.adviser() != null && outbox.enqueueToUsers(MailKind.PLAN_DEFAULT, List.of(c.adviser()), values,
                "arrears_case:" + caseId) > 0) {
            told.add(c.adviser());
        }
        outbox.enqueueToRole(MailKind.PLAN_DEFAULT, Role.SOCIAL_CELL_LEAD, user -> values, "arrears_case:" + caseId,
                told);
    }

    private List<Instalment> instalments(long planId) {
        return jdbc.query("SELECT number, due_date, amount, paid FROM plan_instalment WHERE plan_id = ? ORDER BY "
                + "number", (rs, n) -> new Instalment(rs.getInt(1), rs.getObject(2, LocalDate.class),
                rs.getBigDecimal(3), rs.getBigDecimal(4)), planId);
    }
}
