package fr.caleol.audit.service;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The audit chain's secrets and checkpoints ({@code caleol.audit.*}).
 *
 * @param key the audit key (at least 32 characters), kept outside the database: CALEOL_AUDIT_KEY. When blank, the
 *            key is read from {@code keyFile}, which is created with a random key outside the {@code prod} profile
 * @param keyFile where the key is kept when not given directly
 * @param checkpointDir where the signed checkpoints are written (a folder per chain; point it at WORM storage or a
 *                      mounted log archive in production)
 * @param checkpointInterval how often a checkpoint of the head is written (when the chain has grown)
 */
@Validated
@ConfigurationProperties(AuditProperties.PREFIX)
public record AuditProperties(
        String key,
        @NotBlank @DefaultValue("data/audit.key") String keyFile,
        @NotBlank @DefaultValue("data/audit-checkpoints") String checkpointDir,
        @NotNull @DefaultValue(CHECKPOINT_INTERVAL) Duration checkpointInterval) {

    public static final String PREFIX = "caleol.audit";
    public static final String CHECKPOINT_INTERVAL = "PT5M";
    public static final int KEY_MIN_LENGTH = 32;
}
