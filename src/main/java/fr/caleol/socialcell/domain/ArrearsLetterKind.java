package fr.caleol.socialcell.domain;

/** The social cell's letters, in the order a case usually meets them. */
public enum ArrearsLetterKind {
    FIRST_REMINDER,
    INVITATION,
    PLAN_CONFIRMATION,
    DEFAULT_NOTICE;

    /** A letter about a repayment plan: it cannot be written without one. */
    public boolean needsPlan() {
        return this == PLAN_CONFIRMATION || this == DEFAULT_NOTICE;
    }
}
