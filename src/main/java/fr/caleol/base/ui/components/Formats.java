package fr.caleol.base.ui.components;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/** Dates, times and amounts as the user reads them: 29/11/2026, 14:05, 1 234,56 €. */
public final class Formats {

    /** Where the landlord is: times are shown in this zone, stored in UTC. */
    public static final ZoneId LOCAL_ZONE = fr.caleol.base.domain.LandlordTime.ZONE;

    private Formats() {}

    public static String date(LocalDate date, Locale locale) {
        return date == null ? "" : DateTimeFormatter.ofLocalizedDate(FormatStyle.SHORT).withLocale(locale)
                .format(date);
    }

    /** A UTC timestamp shown in the landlord's local time. */
    public static String utcDateTime(LocalDateTime utc, Locale locale) {
        if (utc == null) {
            return "";
        }
        return DateTimeFormatter.ofPattern(locale.getLanguage().equals("fr") ? "dd/MM/yyyy HH:mm:ss"
                : "yyyy-MM-dd HH:mm:ss").format(utc.atOffset(ZoneOffset.UTC).atZoneSameInstant(LOCAL_ZONE));
    }

    /** An instant shown in the landlord's local time. */
    public static String dateTime(java.time.Instant instant, Locale locale) {
        return instant == null ? "" : utcDateTime(LocalDateTime.ofInstant(instant, ZoneOffset.UTC), locale);
    }

}
