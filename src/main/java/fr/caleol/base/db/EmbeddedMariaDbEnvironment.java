package fr.caleol.base.db;

import java.util.HashMap;
import java.util.Map;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.util.StringUtils;

/**
 * Chooses the database before anything else is configured.
 *
 * <p>When {@code spring.datasource.url} is set (e.g. through {@code SPRING_DATASOURCE_URL}), CALEOL uses that
 * MariaDB server and starts nothing. Otherwise it starts the embedded MariaDB ({@link EmbeddedMariaDb}) as
 * {@link EmbeddedDbProperties} say and points the datasource at it; demo data is then enabled unless configured
 * otherwise. (The {@code prod} profile never gets here without a server: {@code ProductionGuard} stops it first.)
 */
public class EmbeddedMariaDbEnvironment implements EnvironmentPostProcessor {

    static final String PROPERTY_SOURCE = "caleolEmbeddedMariaDb";
    /** Set to true here when the embedded server is in use (read by the benchmarks, never set by hand). */
    public static final String ACTIVE = EmbeddedDbProperties.PREFIX + ".active";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (StringUtils.hasText(environment.getProperty("spring.datasource.url"))) {
            return;
        }
        EmbeddedDbProperties settings = Binder.get(environment)
                .bindOrCreate(EmbeddedDbProperties.PREFIX, EmbeddedDbProperties.class);
        EmbeddedMariaDb db = EmbeddedMariaDb.startOnce(settings.dataDir(), settings.port());

        Map<String, Object> properties = new HashMap<>();
        properties.put("spring.datasource.url", db.jdbcUrl("caleol"));
        properties.put("spring.datasource.username", "root");
        properties.put("spring.datasource.password", "");
        properties.put(ACTIVE, "true");
        if (environment.getProperty("caleol.demo.enabled") == null) {
            properties.put("caleol.demo.enabled", "true");
        }
        environment.getPropertySources().addFirst(new MapPropertySource(PROPERTY_SOURCE, properties));
    }
}
