package fr.caleol.committee.domain;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Set;

/**
 * French public holidays (jours fériés of metropolitan France, Code du travail L3133-1) and the reply deadline of
 * an offer: at least ten days counted from the day after notification, ending at midnight, moved to the next
 * working day when it falls on a Saturday, a Sunday or a public holiday.
 */
public final class FrenchCalendar {

    /** The reflection period of an offer, in days (CCH R441-10). */
    public static final int REFLECTION_DAYS = 10;

    private static final Set<MonthDay> FIXED = Set.of(MonthDay.of(1, 1), MonthDay.of(5, 1), MonthDay.of(5, 8),
            MonthDay.of(7, 14), MonthDay.of(8, 15), MonthDay.of(11, 1), MonthDay.of(11, 11), MonthDay.of(12, 25));

    private FrenchCalendar() {}

    /** Easter Sunday (anonymous Gregorian algorithm, Meeus/Jones/Butcher). */
    public static LocalDate easterSunday(int year) {
        int a = year % 19;
        int b = year / 100;
        int c = year % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31;
        int day = ((h + l - 7 * m + 114) % 31) + 1;
        return LocalDate.of(year, month, day);
    }

    public static boolean isPublicHoliday(LocalDate date) {
        if (FIXED.contains(MonthDay.from(date))) {
            return true;
        }
        LocalDate easter = easterSunday(date.getYear());
        return date.equals(easter.plusDays(1)) // Easter Monday
                || date.equals(easter.plusDays(39)) // Ascension Thursday
                || date.equals(easter.plusDays(50)); // Whit Monday
    }

    public static boolean isWorkingDay(LocalDate date) {
        return date.getDayOfWeek() != DayOfWeek.SATURDAY && date.getDayOfWeek() != DayOfWeek.SUNDAY
                && !isPublicHoliday(date);
    }

    /**
     * The last day (until midnight) to answer an offer notified on {@code notifiedOn}: day 1 is the day after the
     * notification, day 10 the deadline, pushed to the next working day if needed.
     */
    public static LocalDate replyDeadline(LocalDate notifiedOn) {
        LocalDate deadline = notifiedOn.plusDays(REFLECTION_DAYS);
        while (!isWorkingDay(deadline)) {
            deadline = deadline.plusDays(1);
        }
        return deadline;
    }
}
