package fr.caleol.security.domain;

import java.util.Optional;

/**
 * The password rule, after the CNIL's guidance (délibération 2022-100): either at least 12 characters mixing upper
 * case, lower case, digits and symbols, or a passphrase of at least 20 characters.
 */
public final class PasswordPolicy {

    public static final int MIN_COMPLEX_LENGTH = 12;
    public static final int MIN_PASSPHRASE_LENGTH = 20;
    public static final int MAX_LENGTH = 128;

    /** Why a password is refused, as an i18n key. */
    public enum Violation {
        TOO_SHORT("password.policy.tooShort"),
        NOT_MIXED("password.policy.notMixed"),
        TOO_LONG("password.policy.tooLong");

        private final String messageKey;

        Violation(String messageKey) {
            this.messageKey = messageKey;
        }

        public String messageKey() {
            return messageKey;
        }
    }

    private PasswordPolicy() {}

    /** Returns what is wrong with the password, or empty when it is acceptable. */
    public static Optional<Violation> check(String password) {
        int length = password == null ? 0 : password.codePointCount(0, password.length());
        if (length > MAX_LENGTH) {
            return Optional.of(Violation.TOO_LONG);
        }
        if (length >= MIN_PASSPHRASE_LENGTH) {
            return Optional.empty();
        }
        if (length < MIN_COMPLEX_LENGTH) {
            return Optional.of(Violation.TOO_SHORT);
        }
        boolean upper = password.codePoints().anyMatch(Character::isUpperCase);
        boolean lower = password.codePoints().anyMatch(Character::isLowerCase);
        boolean digit = password.codePoints().anyMatch(Character::isDigit);
        boolean symbol = password.codePoints().anyMatch(c -> !Character.isLetterOrDigit(c) && !Character.isWhitespace(c));
        return upper && lower && digit && symbol ? Optional.empty() : Optional.of(Violation.NOT_MIXED);
    }
}
