package fr.caleol.socialcell.service;

import fr.caleol.socialcell.domain.DeferralStatus;
import fr.caleol.socialcell.domain.PaperworkItem;
import fr.caleol.socialcell.domain.ReferralStatus;
import fr.caleol.socialcell.domain.ReferralTarget;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** The solutions recorded on a case besides repayment plans: deferrals, the paperwork checklist, referrals. */
public record Solutions(List<Deferral> deferrals, List<Paperwork> paperwork, List<Referral> referrals) {

    public record Deferral(long id, long version, BigDecimal amount, LocalDate newDate, String note,
            DeferralStatus status, LocalDate agreedOn, String createdBy, LocalDate createdOn) {}

    /** A checklist line; {@code label} is empty for a standard item; {@code doneOn} null while not done. */
    public record Paperwork(PaperworkItem item, String label, LocalDate doneOn) {

        public boolean done() {
            return doneOn != null;
        }
    }

    public record Referral(long id, long version, ReferralTarget target, String organisation, LocalDate referredOn,
            ReferralStatus status, String outcome, BigDecimal amountGranted, String createdBy) {}
}
