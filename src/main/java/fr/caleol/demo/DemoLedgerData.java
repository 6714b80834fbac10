package fr.caleol.demo;

import fr.caleol.base.db.BatchInsert;
import fr.caleol.security.domain.Role;
import fr.caleol.security.service.SystemActor;
import fr.caleol.socialcell.domain.ContactKind;
import fr.caleol.socialcell.domain.Instalment;
import fr.caleol.socialcell.domain.PaperworkItem;
import fr.caleol.socialcell.domain.PlanBreach;
import fr.caleol.socialcell.domain.PlanProgress;
import fr.caleol.socialcell.domain.ReferralStatus;
import fr.caleol.socialcell.domain.ReferralTarget;
import fr.caleol.socialcell.domain.RepaymentSchedule;
import fr.caleol.socialcell.service.ArrearsCaseService;
import fr.caleol.socialcell.service.CaseSummary;
import fr.caleol.socialcell.service.LedgerUpdates;
import fr.caleol.socialcell.service.PlanService;
import fr.caleol.socialcell.service.SocialCellProperties;
import fr.caleol.socialcell.service.SolutionService;
import fr.caleol.tenancy.domain.ArrearsRules;
import fr.caleol.tenancy.domain.Movement;
import fr.caleol.tenancy.domain.MovementKind;
import fr.caleol.tenancy.domain.PaymentMeans;
import fr.caleol.tenancy.service.RentLedgerService;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * 24 months of rent ledger for the demo leases ({@link LedgerDemoPlan}, fixed seed); then, as the team would have
 * lived it, the arrears detection at each month end from April 2020 to April 2021, the new cases shared between the
 * demo advisers after each run (one in five left for the lead to assign); then some history through the services,
 * as each adviser: contacts of every kind, CAF reports, and a few repayment plans paid from the ledger, one of them in
 * default, so that the to-do lists and the team dashboard show figures at first start.
 */
@Component
@ConditionalOnProperty(name = DemoProperties.ENABLED, havingValue = "true")
class DemoLedgerData {

    private static final Logger log = LoggerFactory.getLogger(DemoLedgerData.class);
    static final YearMonth FIRST_DETECTION = YearMonth.of(2020, 4);
    static final LocalDate DETECTION_DAY = LocalDate.of(2021, 4, 30);
    static final int PLANS_PER_ADVISER = 3;
    static final int PLAN_MONTHS = 10;
    private static final ContactKind[] CONTACTS = {ContactKind.OUTGOING_CALL, ContactKind.OUTGOING_CALL,
        ContactKind.LETTER, ContactKind.OUTGOING_CALL, ContactKind.INCOMING_CALL, ContactKind.LETTER,
        ContactKind.EMAIL, ContactKind.OUTGOING_CALL, ContactKind.VISIT, ContactKind.INCOMING_CALL};
    private static final String[] NOTES = {"Pas de réponse, message laissé", "Courrier d’invitation à contacter "
        + "la cellule sociale", "Locataire au chômage partiel depuis mars", "Dossier FSL à constituer",
        "Rappel de la locataire : accord pour un échéancier", "Visite à domicile avec l’assistante sociale"};

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final ArrearsCaseService cases;
    private final PlanService plans;
    private final RentLedgerService ledger;
    private final LedgerUpdates updates;
    private final SolutionService solutions;
    private final int breachDays;

    DemoLedgerData(JdbcTemplate jdbc, TransactionTemplate transaction, ArrearsCaseService cases, PlanService plans,
            RentLedgerService ledger, LedgerUpdates updates, SolutionService solutions,
            SocialCellProperties settings) {
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.cases = cases;
        this.plans = plans;
        this.ledger = ledger;
        this.updates = updates;
        this.solutions = solutions;
        this.breachDays = settings.breachDays();
    }

    void loadOnce() {
        Integer present = jdbc.queryForObject("""
                SELECT COUNT(*) FROM rent_movement m JOIN lease l ON l.id = m.lease_id WHERE l.reference LIKE ?""",
                Integer.class, DemoOutreachData.PREFIX + "%");
        if (present != null && present > 0) {
            log.info("Demo rent ledger already loaded ({} movements)", present);
            return;
        }
        long started = System.nanoTime();
        record Lease(long id, String reference, LocalDate start, LocalDate end, BigDecimal rent) {}
        List<Lease> leases = jdbc.query("""
                SELECT id, reference, start_date, end_date, monthly_rent + monthly_charges FROM lease
                WHERE reference LIKE ? ORDER BY reference""", (rs, n) -> new Lease(rs.getLong(1), rs.getString(2),
                rs.getObject(3, LocalDate.class), rs.getObject(4, LocalDate.class), rs.getBigDecimal(5)),
                DemoOutreachData.PREFIX + "%");
        LocalDateTime now = LocalDateTime.of(2021, 4, 30, 20, 0);
        transaction.executeWithoutResult(status -> {
            BatchInsert insert = BatchInsert.into(jdbc, "rent_movement", "lease_id", "kind", "movement_date",
                    "due_date", "amount", "means", "recorded_at");
            for (Lease lease : leases) {
                long seed = DemoOutreachData.SEED ^ lease.reference().hashCode();
                for (Movement m : LedgerDemoPlan.ledger(seed, lease.start(), lease.end(), lease.rent())) {
                    insert.add(lease.id(), m.kind().name(), m.date(), m.dueDate(), m.amount(),
                            m.means() == null ? null : m.means().name(), now);
                }
            }
            insert.flush();
            log.info("Demo rent ledger: {} movements for {} leases", insert.writtenRows(), leases.size());
        });
        long ledgerDone = System.nanoTime();
        List<String> advisers = DemoAccounts.ALL.stream().filter(a -> a.roles().contains(Role.SOCIAL_ADVISER))
                .map(DemoAccounts.Account::username).toList();
        int opened = SystemActor.callAs("demo", () -> {
            int found = 0;
            int[] assigned = {0};
            for (YearMonth month = FIRST_DETECTION; !month.isAfter(YearMonth.from(DETECTION_DAY));
                    month = month.plusMonths(1)) {
                found += cases.detect(month.atEndOfMonth()).opened();
                for (CaseSummary c : cases.allCases()) {
                    if (c.adviser() == null && c.openedOn().equals(month.atEndOfMonth())
                            && assigned[0]++ % 5 != 4) {
                        cases.assign(c.id(), advisers.get(assigned[0] % advisers.size()));
                    }
                }
            }
            return found;
        }, Role.ADMIN);
        long detectionDone = System.nanoTime();
        for (String adviser : advisers) {
            SystemActor.callAs(adviser, () -> {
                history(adviser, adviser.equals(advisers.getFirst()));
                return null;
            }, Role.SOCIAL_ADVISER);
        }
        LedgerUpdates.Outcome daily = SystemActor.callAs("demo", () -> updates.daily(DETECTION_DAY), Role.ADMIN);
        log.info("Demo social cell: {} cases opened by the month-end detections from {} to {}; plans put in "
                + "default: {}; ledger {} ms, detections {} ms, advisers' history {} ms", opened,
                FIRST_DETECTION, DETECTION_DAY, daily.plansDefaulted(), (ledgerDone - started) / 1_000_000,
                (detectionDone - ledgerDone) / 1_000_000, (System.nanoTime() - detectionDone) / 1_000_000);
    }

    /** What a demo plan should look like on the demo's last day. */
    enum PlanOutcome {
        /** Running: paid to date, instalments still to come. */
        LIVE,
        /** Paid to date or paid off. */
        KEPT,
        IN_DEFAULT
    }

    /**
     * Contacts on the adviser's cases, CAF reports, and a few plans paid from the ledger: one still running on a
     * recent case, the others on older ones (for the first adviser, one of them in default).
     */
    private void history(String adviser, boolean withDefault) {
        List<CaseSummary> mine = cases.myCases();
        int plansMade = 0;
        long live = -1;
        for (int k = mine.size() - 1; k >= Math.max(0, mine.size() - 60) && plansMade == 0; k--) {
            if (plan(mine.get(k), PlanOutcome.LIVE)) {
                live = mine.get(k).id();
                plansMade++;
            }
        }
        boolean needDefault = withDefault;
        for (int k = 0; k < mine.size(); k++) {
            CaseSummary c = mine.get(k);
            int count = 1 + k % 3;
            for (int j = 0; j < count; j++) {
                ContactKind kind = CONTACTS[(k + j * 3) % CONTACTS.length];
                cases.logContact(c.id(), kind, c.openedOn().plusDays(2L + 6L * j), NOTES[(k + j) % NOTES.length]);
            }
            if (c.escalatedOn() != null && k % 2 == 0) {
                cases.recordStep(c.id(), ArrearsCaseService.LegalStep.CAF_REPORTED, c.escalatedOn().plusDays(20));
            }
            if (c.id() == live) {
                continue;
            }
            if (k % 7 == 3) { // help with paperwork: the housing aid file, then an FSL application sent, accepted
                solutions.setPaperwork(c.id(), PaperworkItem.HOUSING_AID_FILE, null, c.openedOn().plusDays(9));
                solutions.setPaperwork(c.id(), PaperworkItem.FSL_APPLICATION, null, c.openedOn().plusDays(12));
                long referral = solutions.refer(c.id(), ReferralTarget.FSL, "FSL de la Seine-Saint-Denis",
                        c.openedOn().plusDays(12));
                solutions.updateReferral(referral, 0, ReferralStatus.ACCEPTED, "Aide accordée par la commission FSL",
                        c.debtAtOpening().min(new BigDecimal("600.00")));
                continue;
            }
            if (k % 11 == 5) { // referral to the département's social services, still in progress
                solutions.refer(c.id(), ReferralTarget.SOCIAL_SERVICES, "Service social départemental de Montreuil",
                        c.openedOn().plusDays(8));
            }
            if (needDefault && plan(c, PlanOutcome.IN_DEFAULT)) {
                needDefault = false;
                plansMade++;
            } else if (plansMade < PLANS_PER_ADVISER - (needDefault ? 1 : 0) && plan(c, PlanOutcome.KEPT)) {
                plansMade++;
            }
        }
    }

    /**
     * A plan for the debt on the day of signature (a month after the case opened; ten days for a running plan),
     * starting the next 5th; the tenant pays the instalments on top of the rent (recorded in the ledger). In default,
     * the tenant pays two instalments, then every later payment of theirs is rejected by the bank (a debit adjustment
     * cancels it). Only for a tenant whose ledger then gives the plan the intended outcome, checked with the pure
     * rules before anything is written.
     */
    private boolean plan(CaseSummary c, PlanOutcome outcome) {
        boolean inDefault = outcome == PlanOutcome.IN_DEFAULT;
        LocalDate signed = outcome == PlanOutcome.LIVE ? c.openedOn().plusDays(10) : c.openedOn().plusMonths(1);
        LocalDate start = signed.plusMonths(1).withDayOfMonth(5);
        List<Movement> movements = new ArrayList<>(ledger.movements(c.leaseId()));
        BigDecimal debt = ArrearsRules.balanceOn(movements, signed);
        if (debt.signum() <= 0 || start.plusMonths(outcome == PlanOutcome.LIVE ? 0 : 2).isAfter(DETECTION_DAY)) {
            return false;
        }
        List<Instalment> schedule = RepaymentSchedule.byMonths(debt, start, PLAN_MONTHS);
        List<Movement> payments = new ArrayList<>();
        for (Instalment i : schedule) {
            if (i.dueDate().isAfter(DETECTION_DAY) || (inDefault && i.number() > 2)) {
                break;
            }
            payments.add(Movement.payment(i.dueDate().plusDays(1), i.amount(), PaymentMeans.TRANSFER));
        }
        List<Movement> rejections = new ArrayList<>();
        if (inDefault) {
            LocalDate stop = start.plusMonths(2);
            for (Movement m : movements) {
                if (m.kind() == MovementKind.PAYMENT && !m.date().isBefore(stop)) {
                    rejections.add(Movement.adjustment(m.date().plusDays(3), m.amount().negate()));
                }
            }
        }
        movements.addAll(payments);
        movements.addAll(rejections);
        PlanProgress progress = PlanProgress.from(schedule, movements, signed);
        boolean breached = PlanBreach.inDefault(progress.instalments(), DETECTION_DAY, breachDays);
        if (breached != inDefault || (outcome == PlanOutcome.LIVE && progress.completed())) {
            return false;
        }
        plans.create(c.id(), debt, start, PLAN_MONTHS, signed);
        for (Movement p : payments) {
            ledger.record(c.leaseId(), p, "APUREMENT", "Mensualité du plan d’apurement");
        }
        for (Movement r : rejections) {
            ledger.record(c.leaseId(), r, "REJET", "Rejet de prélèvement");
        }
        return true;
    }

}
