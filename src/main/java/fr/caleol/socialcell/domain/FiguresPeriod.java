package fr.caleol.socialcell.domain;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;

/** The periods the team dashboard counts over; a custom period is given by its own dates. */
public enum FiguresPeriod {
    THIS_WEEK,
    THIS_MONTH,
    LAST_12_MONTHS,
    SINCE_CRISIS,
    CUSTOM;

    /** The first day the social cell worked, 30 March 2020, when the offices closed. */
    public static final LocalDate CRISIS_START = LocalDate.of(2020, 3, 30);

    /** A closed range of days. */
    public record Range(LocalDate from, LocalDate to) {
        public Range {
            if (from == null || to == null || from.isAfter(to)) {
                throw new IllegalArgumentException("Invalid period " + from + " – " + to);
            }
        }
    }

    /** The days of this period seen on {@code today}; a custom period has no range of its own. */
    public Range range(LocalDate today) {
        return switch (this) {
            case THIS_WEEK -> week(today);
            case THIS_MONTH -> new Range(today.withDayOfMonth(1), today);
            case LAST_12_MONTHS -> new Range(today.minusMonths(12).plusDays(1), today);
            case SINCE_CRISIS -> new Range(CRISIS_START, today.isBefore(CRISIS_START) ? CRISIS_START : today);
            case CUSTOM -> throw new IllegalStateException("A custom period has its own dates");
        };
    }

    /** Monday to Sunday of the week of {@code day}. */
    public static Range week(LocalDate day) {
        LocalDate monday = day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        return new Range(monday, monday.plusDays(6));
    }
}
