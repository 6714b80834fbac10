package fr.caleol.security.domain;

import static org.assertj.core.api.Assertions.assertThat;

import fr.caleol.security.domain.PasswordPolicy.Violation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PasswordPolicyTest {

    @ParameterizedTest
    @ValueSource(strings = {"Caleol-Demo-2026!", "Abcdefgh1234!", "Été2026#Bailleur"})
    void a_password_of_twelve_characters_mixing_the_four_kinds_is_accepted(String password) {
        assertThat(PasswordPolicy.check(password)).isEmpty();
    }

    @Test
    void a_long_passphrase_of_twenty_characters_needs_no_mix() {
        assertThat(PasswordPolicy.check("le chat dort au soleil")).isEmpty();
        assertThat(PasswordPolicy.check("a".repeat(20))).isEmpty();
    }

    @Test
    void eleven_characters_are_too_short_even_mixed() {
        assertThat(PasswordPolicy.check("Abcdefg123!")).contains(Violation.TOO_SHORT);
    }

    @ParameterizedTest
    @ValueSource(strings = {"abcdefgh1234!", "ABCDEFGH1234!", "Abcdefghijk!", "Abcdefgh12345", "nineteen chars here"})
    void twelve_to_nineteen_characters_missing_one_kind_are_refused(String password) {
        assertThat(PasswordPolicy.check(password)).contains(Violation.NOT_MIXED);
    }

    @Test
    void an_empty_or_missing_password_is_too_short() {
        assertThat(PasswordPolicy.check("")).contains(Violation.TOO_SHORT);
        assertThat(PasswordPolicy.check(null)).contains(Violation.TOO_SHORT);
    }

    @Test
    void more_than_128_characters_are_refused() {
        assertThat(PasswordPolicy.check("a".repeat(129))).contains(Violation.TOO_LONG);
    }
}
