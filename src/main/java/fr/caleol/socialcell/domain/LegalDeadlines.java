package fr.caleol.socialcell.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The legal deadlines of an arrears case, as pure functions.
 * <ul>
 * <li>CAF report: within 2 months of the day the debt reached two months of rent and charges.</li>
 * <li>Plan expected: within 6 months of the CAF report (of its deadline while it is not made); otherwise the CAF
 * imposes its default schedule of 1/36 of the debt per month ({@link RepaymentSchedule#cafDefault}).</li>
 * <li>CCAPEX referral: at least 2 months before a planned court action.</li>
 * </ul>
 */
public final class LegalDeadlines {

    private LegalDeadlines() {}

    public record Deadline(DeadlineKind kind, LocalDate due, boolean done) {}

    /**
     * @param twoMonthsReachedOn the day the debt reached two months of rent, or null if it never did
     * @param cafReportedOn when the CAF report was made, or null
     * @param planSignedOn when a repayment plan was signed, or null
     * @param courtActionPlannedOn the planned court action, or null
     * @param ccapexReferredOn when the case was referred to the CCAPEX, or null
     * @return the deadlines ordered by date
     */
    public static List<Deadline> of(LocalDate twoMonthsReachedOn, LocalDate cafReportedOn, LocalDate planSignedOn,
            LocalDate courtActionPlannedOn, LocalDate ccapexReferredOn) {
        List<Deadline> list = new ArrayList<>();
        if (twoMonthsReachedOn != null) {
            LocalDate cafDue = cafReportDue(twoMonthsReachedOn);
            list.add(new Deadline(DeadlineKind.CAF_REPORT, cafDue, cafReportedOn != null));
            list.add(new Deadline(DeadlineKind.PLAN_EXPECTED,
                    planDue(cafReportedOn != null ? cafReportedOn : cafDue), planSignedOn != null));
        }
        if (courtActionPlannedOn != null) {
            list.add(new Deadline(DeadlineKind.CCAPEX_REFERRAL, ccapexDue(courtActionPlannedOn),
                    ccapexReferredOn != null));
        }
        list.sort(Comparator.comparing(Deadline::due).thenComparing(Deadline::kind));
        return List.copyOf(list);
    }

    public static LocalDate cafReportDue(LocalDate twoMonthsReachedOn) {
        return twoMonthsReachedOn.plusMonths(2);
    }

    public static LocalDate planDue(LocalDate cafReportedOn) {
        return cafReportedOn.plusMonths(6);
    }

    public static LocalDate ccapexDue(LocalDate courtActionPlannedOn) {
        return courtActionPlannedOn.minusMonths(2);
    }

    /** Whether a court action on that day would respect the CCAPEX notice given a referral on {@code referredOn}. */
    public static boolean courtActionAllowed(LocalDate referredOn, LocalDate courtAction) {
        return referredOn != null && !referredOn.isAfter(ccapexDue(courtAction));
    }
}
