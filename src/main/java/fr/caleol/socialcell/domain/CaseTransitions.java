package fr.caleol.socialcell.domain;

import fr.caleol.base.errors.BusinessException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/**
 * The status changes of an arrears case that people decide, as pure rules (detection opens NEW cases, a contact makes
 * them CONTACTED, plans make them PLAN_ACTIVE or PLAN_IN_DEFAULT).
 * <ul>
 * <li>Agreeing a solution (a deferral agreed, a referral accepted) moves a NEW or CONTACTED case to SOLUTION_AGREED;
 * a case further along keeps its status.</li>
 * <li>A case is closed as RESOLVED only when nothing is owed today and no plan is active or in default.</li>
 * <li>A case is handed to LITIGATION only by the team lead, and only if the expulsion-prevention commission (CCAPEX)
 * was referred to at least 2 months before the planned court action.</li>
 * </ul>
 */
public final class CaseTransitions {

    private CaseTransitions() {}

    /** The status after a solution was agreed on a case in {@code current}. */
    public static CaseStatus afterSolutionAgreed(CaseStatus current) {
        return current == CaseStatus.NEW || current == CaseStatus.CONTACTED ? CaseStatus.SOLUTION_AGREED : current;
    }

    /** Refuses to close a case that is already closed, still in debt, or under a live plan. */
    public static void requireResolvable(CaseStatus current, BigDecimal balanceToday, boolean livePlan) {
        if (current == CaseStatus.RESOLVED) {
            throw new BusinessException("socialcell.error.caseClosed");
        }
        if (balanceToday != null && balanceToday.signum() > 0) {
            throw new BusinessException("socialcell.error.stillInDebt", balanceToday);
        }
        if (livePlan) {
            throw new BusinessException("socialcell.error.livePlan");
        }
    }

    /**
     * Refuses to hand a case to litigation unless it is open and not already there, a court action is planned and the
     * CCAPEX referral respects the 2-month notice. The role check (team lead only) belongs to the service.
     */
    public static void requireLitigable(CaseStatus current, LocalDate ccapexReferredOn, LocalDate courtActionPlannedOn) {
        if (current == CaseStatus.RESOLVED || current == CaseStatus.LITIGATION) {
            throw new BusinessException("socialcell.error.caseClosed");
        }
        if (courtActionPlannedOn == null) {
            throw new BusinessException("socialcell.error.noCourtAction");
        }
        if (!LegalDeadlines.courtActionAllowed(ccapexReferredOn, courtActionPlannedOn)) {
            throw new BusinessException("socialcell.error.ccapexNotice",
                    LegalDeadlines.ccapexDue(courtActionPlannedOn).format(DateTimeFormatter.ofPattern("dd/MM/yyyy")));
        }
    }
}
