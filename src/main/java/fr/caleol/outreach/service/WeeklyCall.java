package fr.caleol.outreach.service;

import fr.caleol.outreach.domain.CallOutcome;

/** One line of a volunteer's weekly list: whom to call, how, and what happened so far this week. */
public record WeeklyCall(long campaignId, String campaignName, int week, long tenantId, String name, int age,
        String phone, String phone2, String address, int attemptsThisWeek, CallOutcome lastOutcomeThisWeek) {

    public boolean reachedThisWeek() {
        return lastOutcomeThisWeek == CallOutcome.REACHED;
    }
}
