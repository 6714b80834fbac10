package fr.caleol.base.domain;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * The landlord's time: the one way to ask "today" and "now". The application's {@link Clock} bean is the only
 * source of the present (tests fix it); times are stored in UTC and read in the landlord's zone, so that "today" is
 * the landlord's date even between midnight and 1 or 2 a.m., when the UTC date is still yesterday's. No other code
 * calls a {@code now()} of java.time (ArchitectureTest).
 */
public final class LandlordTime {

    public static final ZoneId ZONE = ZoneId.of("Europe/Paris");

    private LandlordTime() {}

    /** The landlord's date today. */
    public static LocalDate today(Clock clock) {
        return LocalDate.now(clock.withZone(ZONE));
    }

    /** The present instant. */
    public static Instant now(Clock clock) {
        return clock.instant();
    }

    /** The present as a UTC date-time, the way timestamps are stored ({@code hibernate.jdbc.time_zone=UTC}). */
    public static LocalDateTime utcNow(Clock clock) {
        return LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
    }
}
