package fr.caleol;

import fr.caleol.base.config.LandlordProperties;
import fr.caleol.demo.DemoProperties;
import fr.caleol.socialcell.service.SocialCellProperties;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.util.StringUtils;

/**
 * Refuses to start the {@code prod} profile on anything meant for a demonstration: demo accounts, the embedded
 * database, the demo landlord's name, address, phone or signature place on letters, an audit chain without a
 * key of its own, or mails whose links and sender are the development machine's. It runs once the
 * configuration files are read and before the embedded database would start, and names every setting to change
 * with its environment variable.
 */
public class ProductionGuard implements EnvironmentPostProcessor, Ordered {

    public static final String PROFILE = "prod";

    /** The demo values that must never reach a tenant's letter, by the property that holds each. */
    static Map<String, String> demoValues() {
        Map<String, String> values = new TreeMap<>(LandlordProperties.DEMO_VALUES);
        values.putAll(SocialCellProperties.DEMO_VALUES);
        return values;
    }

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (!Arrays.asList(environment.getActiveProfiles()).contains(PROFILE)) {
            return;
        }
        List<String> problems = new ArrayList<>();
        if (environment.getProperty(DemoProperties.ENABLED, Boolean.class, false)) {
            problems.add("demo accounts are enabled: remove " + DemoProperties.ENABLED + "=true ("
                    + variable(DemoProperties.ENABLED) + ")");
        }
        if (!StringUtils.hasText(environment.getProperty("spring.datasource.url"))) {
            problems.add("no MariaDB server is configured (the embedded database is for development and "
                    + "demonstration only): set SPRING_DATASOURCE_URL, SPRING_DATASOURCE_USERNAME and "
                    + "SPRING_DATASOURCE_PASSWORD");
        }
        String key = environment.getProperty("caleol.audit.key", "");
        if (key.isBlank() && !StringUtils.hasText(environment.getProperty("caleol.audit.key-file"))) {
            problems.add("the audit chain has no key: set CALEOL_AUDIT_KEY (at least 32 characters, kept apart from "
                    + "the database), or CALEOL_AUDIT_KEYFILE to a file holding it");
        } else if (!key.isBlank() && key.length() < 32) {
            problems.add("caleol.audit.key (CALEOL_AUDIT_KEY) has fewer than 32 characters");
        }
        String publicUrl = environment.getProperty("caleol.mail.public-url", "");
        if (!publicUrl.startsWith("https://") || publicUrl.contains("://localhost")) {
            problems.add("caleol.mail.public-url (CALEOL_MAIL_PUBLICURL) must be the https address at which users "
                    + "open CALEOL: the links in the mails point there");
        }
        String from = environment.getProperty("caleol.mail.from", "");
        if (from.isBlank() || from.endsWith("@localhost")) {
            problems.add("caleol.mail.from (CALEOL_MAIL_FROM) must be the landlord's sender address for the mails");
        }
        demoValues().forEach((property, demo) -> {
            String value = environment.getProperty(property, demo);
            if (value.strip().equalsIgnoreCase(demo)) {
                problems.add(property + " (" + variable(property) + ") is still the demo value \"" + demo
                        + "\": set the landlord's own");
            }
        });
        if (!problems.isEmpty()) {
            throw new IllegalStateException("The '" + PROFILE + "' profile refuses to start:\n - "
                    + String.join("\n - ", problems));
        }
    }

    /** The environment variable that sets a property, by Spring's relaxed binding. */
    static String variable(String property) {
        return property.replace('.', '_').replace("-", "").toUpperCase(Locale.ROOT);
    }

    /** Before the embedded database starts (it has the default, lowest order). */
    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE - 10;
    }
}
