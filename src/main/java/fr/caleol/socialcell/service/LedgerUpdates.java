package fr.caleol.socialcell.service;

import fr.caleol.base.domain.LandlordTime;
import fr.caleol.base.errors.BusinessException;
import fr.caleol.base.events.EventBus;
import fr.caleol.security.domain.Role;
import fr.caleol.tenancy.service.LedgerImportService;
import fr.caleol.tenancy.service.RentLedgerService;
import jakarta.annotation.security.RolesAllowed;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.function.Consumer;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Everything that follows a change of the rent ledger, in one place and in one transaction, so that the social cell
 * reacts at once and not only at night:
 * <ol>
 * <li>the plans' paid amounts of the leases concerned are recomputed from their ledgers (a plan fully paid is
 * completed),</li>
 * <li>nascent-arrears detection runs for today,</li>
 * <li>breach detection runs for today (a plan in default alerts its adviser and adds the default notice to their
 * to-do list),</li>
 * <li>one {@link CasesChangedEvent} refreshes the open caseloads, to-do lists and dashboards.</li>
 * </ol>
 * The ledger import screen, the phone payment dialog and the nightly run all go through here.
 */
@Service
public class LedgerUpdates {

    /** Above this many leases in one import, every live plan is refreshed (cheaper than long id lists). */
    private static final int REFRESH_ALL_ABOVE = 2000;

    /** The steps of an import, reported to the screen as they start. */
    public enum Phase {
        IMPORTING,
        PLANS,
        DETECTION,
        BREACHES
    }

    /** What an import or a daily run changed. */
    public record Outcome(LedgerImportService.Report report, int casesOpened, int casesEscalated,
            int plansCompleted, int plansDefaulted) {
        public boolean succeeded() {
            return report == null || report.succeeded();
        }
    }

    private final LedgerImportService imports;
    private final RentLedgerService ledger;
    private final ArrearsCaseService cases;
    private final PlanService plans;
    private final EventBus events;
    private final Clock clock;

    public LedgerUpdates(LedgerImportService imports, RentLedgerService ledger, ArrearsCaseService cases,
            PlanService plans, EventBus events, Clock clock) {
        this.imports = imports;
        this.ledger = ledger;
        this.cases = cases;
        this.plans = plans;
        this.events = events;
        this.clock = clock;
    }

    /** See {@link #importLedger(String, Consumer)}. */
    @Transactional
    @RolesAllowed({Role.Names.SOCIAL_ADVISER, Role.Names.SOCIAL_CELL_LEAD, Role.Names.ADMIN})
    public Outcome importLedger(String csv) {
        return run(csv, phase -> {});
    }

    /**
     * Imports ledger movements, all or nothing (see {@link LedgerImportService}); when the file is accepted, refreshes
     * the plans of the leases it touched, then runs the detection and the breach detection for today.
     */
    @Transactional
    @RolesAllowed({Role.Names.SOCIAL_ADVISER, Role.Names.SOCIAL_CELL_LEAD, Role.Names.ADMIN})
    public Outcome importLedger(String csv, Consumer<Phase> progress) {
        return run(csv, progress);
    }

    private Outcome run(String csv, Consumer<Phase> progress) {
        progress.accept(Phase.IMPORTING);
        LedgerImportService.Report report = imports.importCsv(csv);
        if (!report.succeeded()) {
            return new Outcome(report, 0, 0, 0, 0);
        }
        return afterChange(report, report.leases().size() > REFRESH_ALL_ABOVE ? null : report.leases(), progress);
    }

    /**
     * A card payment taken over the phone for a case's tenant (see {@link RentLedgerService#recordPhonePayment}):
     * only the case's adviser or the team lead; the plans of the lease are refreshed and the breaches checked.
     */
    @Transactional
    @RolesAllowed({Role.Names.SOCIAL_ADVISER, Role.Names.SOCIAL_CELL_LEAD, Role.Names.ADMIN})
    public Outcome recordPhonePayment(long caseId, LocalDate date, BigDecimal amount, String providerReference) {
        CaseSummary c = cases.requireAccess(caseId);
        if (date == null || date.isAfter(LandlordTime.today(clock))) {
            throw new BusinessException("socialcell.error.paymentDate");
        }
        ledger.recordPhonePayment(c.leaseId(), date, amount, providerReference);
        return afterChange(null, List.of(c.leaseId()), phase -> {});
    }

    /** The nightly run: every live plan refreshed, then detection and breach detection for that day. */
    @Transactional
    @RolesAllowed({Role.Names.SOCIAL_CELL_LEAD, Role.Names.ADMIN})
    public Outcome daily(LocalDate day) {
        return afterChange(null, null, day, phase -> {});
    }

    private Outcome afterChange(LedgerImportService.Report report, Collection<Long> leases, Consumer<Phase> progress) {
        return afterChange(report, leases, LandlordTime.today(clock), progress);
    }

    private Outcome afterChange(LedgerImportService.Report report, Collection<Long> leases, LocalDate day,
            Consumer<Phase> progress) {
        progress.accept(Phase.PLANS);
        List<Long> completed = plans.refreshPayments(leases);
        progress.accept(Phase.DETECTION);
        DetectionReport detection = cases.runDetection(day);
        progress.accept(Phase.BREACHES);
        List<Long> defaulted = plans.checkBreaches(day);
        events.publish(CasesChangedEvent.many());
        return new Outcome(report, detection.opened(), detection.escalated(), completed.size(), defaulted.size());
    }
}
