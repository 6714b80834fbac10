package fr.caleol.outreach.domain;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/** Week numbers of a campaign: week 1 starts on the start date; before it, week 1; after the end, the last week. */
public final class CampaignWeek {

    private CampaignWeek() {}

    public static int of(LocalDate startDate, int weeks, LocalDate day) {
        long days = ChronoUnit.DAYS.between(startDate, day);
        long week = days < 0 ? 1 : days / 7 + 1;
        return (int) Math.min(week, weeks);
    }
}
