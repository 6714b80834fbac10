package fr.caleol.socialcell.domain;

public enum DeadlineKind {
    /** Report the arrears to the family-allowance fund (CAF). */
    CAF_REPORT,
    /** A repayment plan is expected; otherwise the CAF imposes 1/36 of the debt per month. */
    PLAN_EXPECTED,
    /** Refer to the expulsion-prevention commission (CCAPEX), at least 2 months before any court action. */
    CCAPEX_REFERRAL,
    /**
     * A repayment plan went into default: send the default notice (mise en demeure). Due on the default date; done
     * once a letter is logged on the case on or after that date.
     */
    DEFAULT_NOTICE
}
