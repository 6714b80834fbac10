package fr.caleol.socialcell.service;

import fr.caleol.socialcell.domain.CaseStatus;
import fr.caleol.socialcell.domain.DeadlineKind;
import fr.caleol.tenancy.domain.MonthlyUnpaid;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** The records the team lead's screens show (caseload and dashboard), read by {@link TeamFiguresService}. */
public final class TeamFigures {

    private TeamFigures() {}

    /**
     * Filters of the lead's caseload; null means "any". {@code unassigned} keeps only the cases without an adviser
     * (and then {@code adviser} is ignored); {@code text} searches the tenants' names and the lease reference.
     */
    public record CaseFilter(CaseStatus status, String adviser, boolean unassigned, boolean escalatedOnly,
            String text) {
        public static final CaseFilter ALL = new CaseFilter(null, null, false, false, null);
    }

    /** An active social adviser, who may be given cases. */
    public record Adviser(String username, String displayName) {}

    /** The open cases of an adviser ({@code adviser} null: not assigned) and what their leases owe today. */
    public record AdviserLoad(String adviser, String displayName, int openCases, BigDecimal debt) {}

    /** The team's counters of one adviser over a period ({@code adviser} null: cases without adviser). */
    public record AdviserCounters(String adviser, int outgoingCalls, int incomingCalls, int letters, int plansSetUp,
            int plansDefaulted) {
        public AdviserCounters plus(AdviserCounters o) {
            return new AdviserCounters(adviser, outgoingCalls + o.outgoingCalls, incomingCalls + o.incomingCalls,
                    letters + o.letters, plansSetUp + o.plansSetUp, plansDefaulted + o.plansDefaulted);
        }
    }

    /** The counters per adviser over [from, to] and the team's totals. */
    public record Counters(LocalDate from, LocalDate to, List<AdviserCounters> perAdviser, AdviserCounters total) {}

    /** The unpaid rate per month as stored by the last detection, and the day that detection judged. */
    public record UnpaidRates(List<MonthlyUnpaid.Month> months, LocalDate computedOn) {}

    /** Open cases with a given status. */
    public record StatusCount(CaseStatus status, int count) {}

    /** A legal deadline not yet met, across all cases, with the case's adviser. */
    public record TeamDeadline(LocalDate due, DeadlineKind kind, long caseId, String holder, String leaseReference,
            String adviser) {}
}
