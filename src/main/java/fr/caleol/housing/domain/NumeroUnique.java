package fr.caleol.housing.domain;

import java.time.YearMonth;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The national registration number of a housing application (numéro unique), 18 characters: the département code
 * (3, e.g. 093, 02A, 974), the year and month of the first filing (2 + 2), a sequence number (6 digits) and the
 * code of the body that registered it (5 letters or digits). It stays the same when the application is renewed.
 * Stored without spaces; shown as {@code 093 24 03 001234 G9301}.
 */
public record NumeroUnique(String value) {

    public static final int LENGTH = 18;
    static final Pattern FORMAT = Pattern.compile(
            "(0[1-9]\\d|02A|02B|97[1-6])(\\d{2})(0[1-9]|1[0-2])(\\d{6})([0-9A-Z]{5})");

    public NumeroUnique {
        if (value == null || !FORMAT.matcher(value).matches()) {
            throw new IllegalArgumentException("Not a numéro unique: " + value);
        }
    }

    /** Reads what a user typed (spaces, dashes and lower case allowed); empty when it is not a valid number. */
    public static Optional<NumeroUnique> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String compact = text.replaceAll("[\\s-]", "").toUpperCase();
        return FORMAT.matcher(compact).matches() ? Optional.of(new NumeroUnique(compact)) : Optional.empty();
    }

    public String departement() {
        return value.substring(0, 3);
    }

    /** The month of the first filing. */
    public YearMonth firstFiling() {
        Matcher m = FORMAT.matcher(value);
        m.matches();
        return YearMonth.of(2000 + Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
    }

    public String formatted() {
        return value.substring(0, 3) + " " + value.substring(3, 5) + " " + value.substring(5, 7) + " "
                + value.substring(7, 13) + " " + value.substring(13);
    }

    @Override
    public String toString() {
        return value;
    }
}
