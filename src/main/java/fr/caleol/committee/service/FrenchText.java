package fr.caleol.committee.service;

import fr.caleol.base.domain.LandlordTime;
import fr.caleol.base.i18n.CaleolI18nProvider;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * The French wording of official documents (minutes, letters, CSV): labels from the French translations,
 * dates as "29 novembre 2026", times in the landlord's zone, amounts as "1 234,56 €". Documents are French
 * whatever the user's screen language.
 */
final class FrenchText {

    private static final Locale FR = Locale.FRANCE;
    private static final DateTimeFormatter LONG_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", FR);
    private static final DateTimeFormatter SHORT_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy", FR);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH'h'mm", FR);

    private FrenchText() {}


    static String label(String key) {
        return CaleolI18nProvider.translate(key, CaleolI18nProvider.FRENCH);
    }

    /** A label with arguments, formatted as the screens' translations are (MessageFormat, French). */
    static String format(String key, Object... args) {
        return CaleolI18nProvider.translate(key, CaleolI18nProvider.FRENCH, args);
    }

    static String label(Enum<?> value, String prefix) {
        return value == null ? "" : label(prefix + value.name());
    }

    static String longDate(LocalDate date) {
        return date == null ? "" : LONG_DATE.format(date);
    }

    static String shortDate(LocalDate date) {
        return date == null ? "" : SHORT_DATE.format(date);
    }

    static String time(LocalTime time) {
        return time == null ? "" : TIME.format(time);
    }

    static String time(Instant instant) {
        return instant == null ? "" : TIME.format(instant.atZone(LandlordTime.ZONE));
    }

}
