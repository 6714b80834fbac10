package fr.caleol.audit.service;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.stereotype.Component;

/**
 * The audit key: {@code caleol.audit.key} (CALEOL_AUDIT_KEY) when given, else the key file, which outside the
 * {@code prod} profile is created once with 32 random bytes, readable by its owner only, and kept (like the embedded
 * database's data). Losing the key makes the keyed rows unverifiable: back it up apart from the database.
 */
@Component
class AuditKey {

    private static final Logger log = LoggerFactory.getLogger(AuditKey.class);

    private final byte[] secret;

    AuditKey(AuditProperties properties, Environment environment) {
        if (properties.key() != null && !properties.key().isBlank()) {
            if (properties.key().length() < AuditProperties.KEY_MIN_LENGTH) {
                throw new IllegalStateException("caleol.audit.key (CALEOL_AUDIT_KEY) must have at least "
                        + AuditProperties.KEY_MIN_LENGTH + " characters");
            }
            secret = properties.key().getBytes(StandardCharsets.UTF_8);
            return;
        }
        Path file = Path.of(properties.keyFile()).toAbsolutePath();
        if (!Files.exists(file)) {
            if (environment.acceptsProfiles(Profiles.of("prod"))) {
                throw new IllegalStateException("No audit key: set CALEOL_AUDIT_KEY, or CALEOL_AUDIT_KEYFILE to a "
                        + "file holding it (" + file + " does not exist)");
            }
            create(file);
        }
        secret = read(file);
    }

    byte[] secret() {
        return Arrays.copyOf(secret, secret.length);
    }

    private static byte[] read(Path file) {
        try {
            byte[] key = Base64.getDecoder().decode(Files.readString(file).strip());
            if (key.length < AuditProperties.KEY_MIN_LENGTH) {
                throw new IllegalStateException("The audit key file " + file + " holds fewer than "
                        + AuditProperties.KEY_MIN_LENGTH + " bytes");
            }
            return key;
        } catch (IOException e) {
            throw new UncheckedIOException("The audit key file " + file + " cannot be read", e);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("The audit key file " + file + " is not base64", e);
        }
    }

    private static void create(Path file) {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, Base64.getEncoder().encodeToString(key) + "\n",
                    java.nio.file.StandardOpenOption.CREATE_NEW);
            try {
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException notPosix) {
                // Windows: the folder's own permissions apply
            }
            log.info("Audit key created in {}: back it up apart from the database", file);
        } catch (FileAlreadyExistsException another) {
            // another node or test JVM created it first: read that one
        } catch (IOException e) {
            throw new UncheckedIOException("The audit key file " + file + " cannot be created", e);
        }
    }
}
