package fr.caleol.outreach.service;

import java.util.List;

/** A campaign's live figures for the coordinator's dashboard. */
public record DashboardFigures(long campaignId, int currentWeek, int weeks, int targeted, int reached,
        int referred, int wantsRegular, int urgentOpen, int neighbourReportsOpen, List<WeekFigure> perWeek,
        List<VolunteerFigure> perVolunteer) {

    /** Calls planned (one per target) and tenants called at least once, in one week. */
    public record WeekFigure(int week, int planned, int called, int reached) {}

    /** A volunteer's load now and how many of their tenants they called this week. */
    public record VolunteerFigure(String username, String displayName, int capacity, int load, int calledThisWeek) {
        public int completionPercent() {
            return load == 0 ? 0 : Math.round(100f * calledThisWeek / load);
        }
    }

    public DashboardFigures {
        perWeek = List.copyOf(perWeek);
        perVolunteer = List.copyOf(perVolunteer);
    }

    public static int percent(int part, int whole) {
        return whole == 0 ? 0 : Math.round(100f * part / whole);
    }

    public int reachedPercent() {
        return percent(reached, targeted);
    }

    public int referredPercentOfReached() {
        return percent(referred, reached);
    }

    public int wantsRegularPercentOfReached() {
        return percent(wantsRegular, reached);
    }
}
