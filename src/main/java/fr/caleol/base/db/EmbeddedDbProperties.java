package fr.caleol.base.db;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The embedded MariaDB ({@code caleol.embedded-db.*}), started only when no {@code spring.datasource.url} is set.
 * Bound by {@link EmbeddedMariaDbEnvironment} before the application context exists, and again as a bean (so a wrong
 * value is reported like any other setting).
 *
 * @param dataDir where the server keeps its data between runs (the server binaries are unpacked beside it)
 * @param port the port on 127.0.0.1; 0 picks a free one
 */
@Validated
@ConfigurationProperties(EmbeddedDbProperties.PREFIX)
public record EmbeddedDbProperties(
        @NotBlank @DefaultValue("data/mariadb") String dataDir,
        @Min(0) @Max(65535) @DefaultValue("0") int port) {

    public static final String PREFIX = "caleol.embedded-db";
}
