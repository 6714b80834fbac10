package fr.caleol.base.domain;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Currency;
import java.util.Locale;

/**
 * The one way to write an amount in euros: "1 234,56 €" in French, "€1,234.56" in English; documents (letters,
 * minutes, plans) are French whatever the screen's language. The narrow no-break space French uses becomes a plain
 * no-break space, which every font of the documents has.
 */
public final class Euros {

    private static final Currency EUR = Currency.getInstance("EUR");

    private Euros() {}

    /** An amount as a screen in {@code locale} shows it; empty for null. */
    public static String format(BigDecimal amount, Locale locale) {
        if (amount == null) {
            return "";
        }
        NumberFormat format = NumberFormat.getCurrencyInstance(french(locale) ? Locale.FRANCE : Locale.UK);
        format.setCurrency(EUR);
        return format.format(amount).replace('\u202F', '\u00A0');
    }

    /** A whole amount as a screen shows it, with its cents; empty for null. */
    public static String format(Long amount, Locale locale) {
        return amount == null ? "" : format(BigDecimal.valueOf(amount), locale);
    }

    /** A whole amount (income ceilings), without cents: "22 642 €". */
    public static String whole(long amount, Locale locale) {
        NumberFormat format = NumberFormat.getCurrencyInstance(french(locale) ? Locale.FRANCE : Locale.UK);
        format.setCurrency(EUR);
        format.setMaximumFractionDigits(0);
        return format.format(amount).replace('\u202F', '\u00A0');
    }

    /** An amount as a French document prints it. */
    public static String french(BigDecimal amount) {
        return format(amount, Locale.FRANCE);
    }

    private static boolean french(Locale locale) {
        return locale == null || locale.getLanguage().equals("fr");
    }
}
