package fr.caleol.housing.ui;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.Period;
import java.util.Locale;

/** The figures of the housing screens as the user reads them: euros, percentages, ages, French by default. */
final class HousingFormats {

    private HousingFormats() {}

    /** A percentage with one decimal, e.g. {@code 30,0 %}. */
    static String percent(BigDecimal percent, Locale locale) {
        NumberFormat format = NumberFormat.getNumberInstance(french(locale) ? Locale.FRANCE : Locale.UK);
        format.setMinimumFractionDigits(1);
        format.setMaximumFractionDigits(1);
        return format.format(percent) + (french(locale) ? "\u00a0%" : "%");
    }

    /** A plain decimal (surface in m²). */
    static String decimal(BigDecimal value, Locale locale) {
        NumberFormat format = NumberFormat.getNumberInstance(french(locale) ? Locale.FRANCE : Locale.UK);
        format.setMaximumFractionDigits(2);
        return value == null ? "" : format.format(value);
    }

    static int age(LocalDate birthDate, LocalDate today) {
        return birthDate == null || birthDate.isAfter(today) ? 0 : Period.between(birthDate, today).getYears();
    }

    private static boolean french(Locale locale) {
        return !Locale.ENGLISH.getLanguage().equals(locale.getLanguage());
    }
}
