package fr.caleol.audit.service;

import fr.caleol.audit.domain.AuditChain;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.stream.Stream;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Signed checkpoints of the audit chain, kept outside the database: now and then (and after each verification) the
 * head's sequence and hash, with the time, signed with the audit key, in a file of its own under
 * {@code caleol.audit.checkpoint-dir}/{chain id}/. The verifier checks the chain against the latest one, so rows
 * removed from the end, or a head rewound with them, no longer go unseen. Files are only ever added: in production
 * put the folder on write-once storage, or ship each new file to the syslog or log archive.
 */
@Component
class AuditCheckpoints {

    private static final Logger log = LoggerFactory.getLogger(AuditCheckpoints.class);

    private final JdbcTemplate jdbc;
    private final AuditAppender appender;
    private final Path folder;
    private final Clock clock;

    AuditCheckpoints(JdbcTemplate jdbc, AuditAppender appender, AuditProperties properties, Clock clock) {
        this.jdbc = jdbc;
        this.appender = appender;
        this.folder = Path.of(properties.checkpointDir()).toAbsolutePath();
        this.clock = clock;
    }

    /** Chains what is queued, then writes a checkpoint of the head if it moved since the latest one. */
    @Scheduled(fixedDelayString = "${caleol.audit.checkpoint-interval:" + AuditProperties.CHECKPOINT_INTERVAL + "}")
    @SchedulerLock(name = "audit-checkpoint", lockAtMostFor = "PT10M")
    void scheduled() {
        try {
            write();
        } catch (RuntimeException e) {
            log.error("No audit checkpoint written: {}", e.getMessage(), e);
        }
    }

    /**
     * Queued rows left behind by a failed drain are chained within seconds. Every node sweeps: the drain locks the
     * chain's head row, so two nodes never chain the same rows.
     */
    @Scheduled(fixedDelay = 10_000)
    void sweep() {
        appender.drainQuietly();
    }

    Optional<AuditChain.Checkpoint> write() {
        appender.drain();
        AuditChain.Key key = appender.chainKey();
        Map<String, Object> head = jdbc.queryForMap("SELECT last_seq, last_hash FROM audit_chain_head WHERE id = 1");
        long seq = ((Number) head.get("last_seq")).longValue();
        Optional<AuditChain.Checkpoint> latest = latest(key.chainId());
        if (seq == 0 || latest.map(c -> c.seq() >= seq).orElse(false)) {
            return latest;
        }
        AuditChain.Checkpoint checkpoint = AuditChain.Checkpoint.signed(key, seq, (String) head.get("last_hash"),
                clock.instant());
        Path dir = folder.resolve(key.chainId());
        Properties content = new Properties();
        content.setProperty("chain", checkpoint.chainId());
        content.setProperty("seq", Long.toString(checkpoint.seq()));
        content.setProperty("hash", checkpoint.hash());
        content.setProperty("at", checkpoint.at().toString());
        content.setProperty("signature", checkpoint.signature());
        try {
            Files.createDirectories(dir);
            Path temporary = Files.createTempFile(dir, "checkpoint", ".tmp");
            try (var out = Files.newBufferedWriter(temporary)) {
                content.store(out, "CALEOL audit checkpoint");
            }
            Files.move(temporary, dir.resolve(fileName(seq)), StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("The audit checkpoint cannot be written in " + dir, e);
        }
        log.info("Audit checkpoint: row {} of chain {}", seq, key.chainId());
        return Optional.of(checkpoint);
    }

    /** The latest checkpoint of a chain (the highest sequence), as written; its signature is the verifier's job. */
    Optional<AuditChain.Checkpoint> latest(String chainId) {
        Path dir = folder.resolve(chainId);
        if (!Files.isDirectory(dir)) {
            return Optional.empty();
        }
        try (Stream<Path> files = Files.list(dir)) {
            List<Path> sorted = files.filter(f -> f.getFileName().toString().matches("checkpoint-\\d{12}\\.properties"))
                    .sorted().toList();
            if (sorted.isEmpty()) {
                return Optional.empty();
            }
            Properties content = new Properties();
            try (var in = Files.newBufferedReader(sorted.getLast())) {
                content.load(in);
            }
            return Optional.of(new AuditChain.Checkpoint(content.getProperty("chain", ""),
                    Long.parseLong(content.getProperty("seq", "0")), content.getProperty("hash", ""),
                    Instant.parse(content.getProperty("at", Instant.EPOCH.toString())),
                    content.getProperty("signature", "")));
        } catch (IOException e) {
            throw new UncheckedIOException("The audit checkpoints cannot be read in " + dir, e);
        }
    }

    static String fileName(long seq) {
        return String.format("checkpoint-%012d.properties", seq);
    }
}
