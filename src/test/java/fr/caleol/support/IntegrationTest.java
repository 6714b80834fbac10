package fr.caleol.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * A Spring test against a real MariaDB: the embedded one by default, or the server named by
 * SPRING_DATASOURCE_URL. Data persists between tests, so tests create what they need with unique names.
 *
 * <p>Every integration test, browser tests included, shares this one configuration and therefore one application
 * context on a real port: Vaadin's security setup installs a global security-context strategy, and two contexts
 * in one JVM would each hold a different one.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
public @interface IntegrationTest {}
