package fr.caleol.outreach.service;

import fr.caleol.outreach.domain.CallOutcome;

/** One call attempt as the volunteer records it; needs as check boxes, free notes beside. */
public record CallForm(long campaignId, long tenantId, CallOutcome outcome, String health, String morale,
        boolean needShopping, boolean needMedicine, boolean needIsolation, boolean needOther,
        boolean neighbourWorry, String notes, boolean wantsRegularCalls, boolean urgent) {

    public static final int NOTES_MAX = 2000;
    /** Health and morale, as the volunteer puts them in a few words. */
    public static final int STATE_MAX = 200;

    /** A simple attempt with no answers (no answer, wrong number...). */
    public static CallForm attempt(long campaignId, long tenantId, CallOutcome outcome) {
        return new CallForm(campaignId, tenantId, outcome, null, null, false, false, false, false, false, null,
                false, false);
    }
}
