package fr.caleol.socialcell.service;

import fr.caleol.socialcell.domain.CaseStatus;
import java.math.BigDecimal;
import java.time.LocalDate;

/** An arrears case in a list. {@code escalatedOn}: the day the debt reached two months of rent, or null. */
public record CaseSummary(long id, long leaseId, String leaseReference, String holder, LocalDate openedOn,
        BigDecimal debtAtOpening, CaseStatus status, LocalDate escalatedOn, String adviser, LocalDate cafReportedOn,
        LocalDate planSignedOn, LocalDate courtActionPlannedOn, LocalDate ccapexReferredOn) {

    public java.util.List<fr.caleol.socialcell.domain.LegalDeadlines.Deadline> deadlines() {
        return fr.caleol.socialcell.domain.LegalDeadlines.of(escalatedOn, cafReportedOn, planSignedOn,
                courtActionPlannedOn, ccapexReferredOn);
    }
}
