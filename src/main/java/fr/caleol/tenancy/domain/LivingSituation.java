package fr.caleol.tenancy.domain;

/** Whether a tenant lives alone, as a couple, or with others: derived from the household, never typed. */
public enum LivingSituation {
    ALONE,
    COUPLE,
    WITH_OTHERS
}
