package fr.caleol.base.db;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.util.StringUtils;

/**
 * Chooses the database before anything else is configured.
 *
 * <p>When {@code spring.datasource.url} is set (e.g. through {@code SPRING_DATASOURCE_URL}), CALEOL uses that
 * MariaDB server and starts nothing. Otherwise it starts the embedded MariaDB ({@link EmbeddedMariaDb}) and points
 * the datasource at it; demo data is then enabled unless configured otherwise. The {@code prod} profile refuses
 * the embedded database.
 */
public class EmbeddedMariaDbEnvironment implements EnvironmentPostProcessor {

    static final String PROPERTY_SOURCE = "caleolEmbeddedMariaDb";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        boolean prod = Arrays.asList(environment.getActiveProfiles()).contains("prod");
        if (prod && environment.getProperty("caleol.demo.enabled", Boolean.class, false)) {
            throw new IllegalStateException("""
                    The 'prod' profile refuses demo accounts: remove caleol.demo.enabled=true (CALEOL_DEMO_ENABLED).""");
        }
        if (StringUtils.hasText(environment.getProperty("spring.datasource.url"))) {
            return;
        }
        if (prod) {
            throw new IllegalStateException("""
                    The 'prod' profile needs an external MariaDB server: set SPRING_DATASOURCE_URL, \
                    SPRING_DATASOURCE_USERNAME and SPRING_DATASOURCE_PASSWORD. \
                    The embedded database is for development and demonstration only.""");
        }
        String dataDir = environment.getProperty("caleol.embedded-db.data-dir", "data/mariadb");
        int port = environment.getProperty("caleol.embedded-db.port", Integer.class, 0);
        EmbeddedMariaDb db = EmbeddedMariaDb.startOnce(dataDir, port);

        Map<String, Object> properties = new HashMap<>();
        properties.put("spring.datasource.url", db.jdbcUrl("caleol"));
        properties.put("spring.datasource.username", "root");
        properties.put("spring.datasource.password", "");
        properties.put("caleol.embedded-db.active", "true");
        if (environment.getProperty("caleol.demo.enabled") == null) {
            properties.put("caleol.demo.enabled", "true");
        }
        environment.getPropertySources().addFirst(new MapPropertySource(PROPERTY_SOURCE, properties));
    }
}
