package fr.caleol.base.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import fr.caleol.audit.domain.AuditAction;
import fr.caleol.security.domain.PasswordPolicy;
import fr.caleol.security.domain.Role;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class TranslationsTest {

    private static Properties load(String file) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = TranslationsTest.class.getResourceAsStream("/vaadin-i18n/" + file)) {
            assertThat(in).as(file).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    @Test
    void every_key_exists_in_french_and_in_english() throws IOException {
        Set<String> french = new TreeSet<>(load("translations_fr.properties").stringPropertyNames());
        Set<String> english = new TreeSet<>(load("translations.properties").stringPropertyNames());
        assertThat(difference(french, english)).as("keys missing in English").isEmpty();
        assertThat(difference(english, french)).as("keys missing in French").isEmpty();
    }

    @Test
    void no_translation_is_empty() throws IOException {
        for (String file : new String[] {"translations_fr.properties", "translations.properties"}) {
            Properties properties = load(file);
            assertThat(properties.stringPropertyNames())
                    .as("empty values in " + file)
                    .filteredOn(key -> properties.getProperty(key).isBlank())
                    .isEmpty();
        }
    }

    @Test
    void messages_with_arguments_use_no_plain_apostrophe_which_message_format_would_swallow() throws IOException {
        for (String file : new String[] {"translations_fr.properties", "translations.properties"}) {
            Properties properties = load(file);
            assertThat(properties.stringPropertyNames())
                    .as("use ’ instead of ' in " + file)
                    .filteredOn(key -> properties.getProperty(key).contains("{0}")
                            && properties.getProperty(key).contains("'"))
                    .isEmpty();
        }
    }

    @Test
    void every_role_audit_action_and_password_rule_has_a_label() {
        CaleolI18nProvider provider = new CaleolI18nProvider();
        Stream<String> keys = Stream.of(
                Arrays.stream(Role.values()).map(role -> "role." + role.name()),
                Arrays.stream(Role.values()).map(role -> "home.role." + role.name()),
                Arrays.stream(AuditAction.values()).map(action -> "audit.action." + action.name()),
                Arrays.stream(PasswordPolicy.Violation.values()).map(PasswordPolicy.Violation::messageKey))
                .flatMap(s -> s);
        keys.forEach(key -> {
            assertThat(provider.getTranslation(key, Locale.FRENCH)).as(key).doesNotStartWith("!");
            assertThat(provider.getTranslation(key, Locale.ENGLISH)).as(key).doesNotStartWith("!");
        });
    }

    @Test
    void french_is_the_default_and_english_stays_english_whatever_the_machine_locale() {
        CaleolI18nProvider provider = new CaleolI18nProvider();
        Locale machine = Locale.getDefault();
        try {
            Locale.setDefault(Locale.FRANCE);
            assertThat(provider.getTranslation("login.submit", Locale.ENGLISH)).isEqualTo("Log in");
            Locale.setDefault(Locale.US);
            assertThat(provider.getTranslation("login.submit", Locale.FRENCH)).isEqualTo("Se connecter");
            assertThat(provider.getTranslation("login.submit", Locale.GERMAN)).isEqualTo("Se connecter");
            assertThat(provider.getDefaultLocale()).isEqualTo(Locale.FRENCH);
        } finally {
            Locale.setDefault(machine);
        }
    }

    @Test
    void arguments_are_formatted_in_the_user_language() {
        CaleolI18nProvider provider = new CaleolI18nProvider();
        assertThat(provider.getTranslation("user.error.usernameTaken", Locale.FRENCH, "jdupont"))
                .isEqualTo("L’identifiant « jdupont » est déjà pris : choisissez-en un autre.");
    }

    private static Set<String> difference(Set<String> a, Set<String> b) {
        Set<String> result = new TreeSet<>(a);
        result.removeAll(b);
        return result;
    }
}
