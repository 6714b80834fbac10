package fr.caleol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

class ProductionGuardTest {

    private static final Map<String, Object> LANDLORD = Map.of(
            "caleol.landlord.name", "Seine-Saint-Denis Habitat",
            "caleol.landlord.address", "12 avenue Paul Vaillant-Couturier, 93000 Bobigny",
            "caleol.landlord.phone", "01 48 96 00 00",
            "caleol.socialcell.phone", "01 48 96 10 10",
            "caleol.socialcell.signature-place", "Montreuil",
            "caleol.audit.key", "k3y-of-the-landlord-kept-in-a-vault-0123456789",
            "caleol.mail.public-url", "https://caleol.seinesaintdenishabitat.fr",
            "caleol.mail.from", "commission@seinesaintdenishabitat.fr");

    private static StandardEnvironment environment(String profile, Map<String, Object> properties) {
        StandardEnvironment environment = new StandardEnvironment();
        environment.setActiveProfiles(profile);
        environment.getPropertySources().addFirst(new MapPropertySource("test", properties));
        return environment;
    }

    private static void guard(StandardEnvironment environment) {
        new ProductionGuard().postProcessEnvironment(environment, new SpringApplication());
    }

    private static Map<String, Object> with(Map<String, Object> base, String key, Object value) {
        Map<String, Object> all = new HashMap<>(base);
        all.put("spring.datasource.url", "jdbc:mariadb://db:3306/caleol");
        if (key != null) {
            all.put(key, value);
        }
        return all;
    }

    @Test
    void the_prod_profile_starts_with_the_landlords_own_settings_and_a_database_server() {
        assertThatCode(() -> guard(environment("prod", with(LANDLORD, null, null)))).doesNotThrowAnyException();
    }

    @Test
    void the_prod_profile_refuses_each_demo_value_naming_its_setting_and_variable() {
        assertThatThrownBy(() -> guard(environment("prod", with(LANDLORD, "caleol.landlord.phone", "01 48 00 00 00"))))
                .hasMessageContaining("caleol.landlord.phone (CALEOL_LANDLORD_PHONE) is still the demo value");
        assertThatThrownBy(() -> guard(environment("prod",
                with(LANDLORD, "caleol.landlord.address", " 1 place de la Démonstration, 93000 Bobigny "))))
                .hasMessageContaining("caleol.landlord.address (CALEOL_LANDLORD_ADDRESS)");
        assertThatThrownBy(() -> guard(environment("prod",
                with(LANDLORD, "caleol.socialcell.signature-place", "Bobigny"))))
                .hasMessageContaining("caleol.socialcell.signature-place (CALEOL_SOCIALCELL_SIGNATUREPLACE)");
    }

    @Test
    void the_prod_profile_without_any_landlord_setting_lists_every_demo_value() {
        assertThatThrownBy(() -> guard(environment("prod", with(Map.of(), null, null))))
                .hasMessageContaining("caleol.landlord.name (CALEOL_LANDLORD_NAME)")
                .hasMessageContaining("caleol.landlord.address")
                .hasMessageContaining("caleol.landlord.phone")
                .hasMessageContaining("caleol.socialcell.phone");
    }

    @Test
    void the_prod_profile_refuses_demo_accounts_and_the_embedded_database() {
        Map<String, Object> demo = with(LANDLORD, "caleol.demo.enabled", "true");
        assertThatThrownBy(() -> guard(environment("prod", demo)))
                .hasMessageContaining("caleol.demo.enabled=true (CALEOL_DEMO_ENABLED)");
        Map<String, Object> noServer = new HashMap<>(LANDLORD);
        assertThatThrownBy(() -> guard(environment("prod", noServer)))
                .hasMessageContaining("SPRING_DATASOURCE_URL");
    }

    @Test
    void the_prod_profile_refuses_an_audit_chain_without_a_key_of_its_own() {
        Map<String, Object> noKey = new HashMap<>(LANDLORD);
        noKey.remove("caleol.audit.key");
        assertThatThrownBy(() -> guard(environment("prod", with(noKey, null, null))))
                .hasMessageContaining("CALEOL_AUDIT_KEY");
        assertThatThrownBy(() -> guard(environment("prod", with(LANDLORD, "caleol.audit.key", "short"))))
                .hasMessageContaining("fewer than 32 characters");
        assertThatCode(() -> guard(environment("prod", with(noKey, "caleol.audit.key-file", "/run/secrets/audit"))))
                .doesNotThrowAnyException();
    }

    @Test
    void the_prod_profile_refuses_mails_that_would_link_to_the_development_machine() {
        assertThatThrownBy(() -> guard(environment("prod", with(LANDLORD, "caleol.mail.public-url",
                "http://localhost:8080")))).hasMessageContaining("caleol.mail.public-url (CALEOL_MAIL_PUBLICURL)");
        Map<String, Object> noSender = new HashMap<>(LANDLORD);
        noSender.remove("caleol.mail.from");
        assertThatThrownBy(() -> guard(environment("prod", with(noSender, null, null))))
                .hasMessageContaining("caleol.mail.from (CALEOL_MAIL_FROM)");
    }

    @Test
    void other_profiles_keep_the_demo_landlord() {
        assertThatCode(() -> guard(environment("default", Map.of()))).doesNotThrowAnyException();
        assertThat(ProductionGuard.variable("caleol.embedded-db.data-dir")).isEqualTo("CALEOL_EMBEDDEDDB_DATADIR");
    }
}
