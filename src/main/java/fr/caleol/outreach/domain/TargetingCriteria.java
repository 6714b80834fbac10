package fr.caleol.outreach.domain;

/**
 * Who a campaign calls, as settings: persons living alone aged {@code aloneMinAge} or more, and couples where both
 * are {@code coupleMinAge} or more; ages at the campaign's start date.
 */
public record TargetingCriteria(int aloneMinAge, int coupleMinAge) {

    public static final TargetingCriteria DEFAULT = new TargetingCriteria(70, 75);

    public TargetingCriteria {
        if (aloneMinAge < 18 || aloneMinAge > 120 || coupleMinAge < 18 || coupleMinAge > 120) {
            throw new IllegalArgumentException("Ages out of range");
        }
    }
}
