package fr.caleol.audit.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.Objects;

/**
 * The hash chain of the audit log: each row stores SHA-256(previous row's hash + this row's canonical content), so
 * that changing, inserting or removing a row breaks every hash after it.
 */
public final class AuditChain {

    /** The "previous hash" of the very first row. */
    public static final String GENESIS = "0".repeat(64);

    private AuditChain() {}

    public static String hash(String previousHash, long id, java.time.LocalDateTime occurredAt, String actor,
            String action, String objectType, String objectId, String details) {
        StringBuilder canonical = new StringBuilder(previousHash);
        for (String field : new String[] {Long.toString(id), occurredAt.toString(), actor, action, objectType,
                objectId, details}) {
            // Length-prefixed so that no choice of field contents can forge another row's canonical form.
            String value = Objects.requireNonNullElse(field, "");
            canonical.append('|').append(value.length()).append(':').append(value);
        }
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(canonical.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    public static String hashOf(AuditEntry e, String previousHash) {
        return hash(previousHash, e.id(), e.occurredAt(), e.actor(), e.action(), e.objectType(), e.objectId(),
                e.details());
    }

    /**
     * Walks entries in id order and returns the first that breaks the chain, with the reason; {@code lastSeq} and
     * {@code lastHash} are the chain head, which reveals rows removed from the end.
     */
    public static Verification verify(Iterator<AuditEntry> entries, long lastSeq, String lastHash) {
        String previous = GENESIS;
        long expectedId = 1;
        long checked = 0;
        while (entries.hasNext()) {
            AuditEntry entry = entries.next();
            if (entry.id() != expectedId) {
                return Verification.broken(checked, expectedId, Verification.Reason.MISSING_ROW);
            }
            if (!previous.equals(entry.previousHash())) {
                return Verification.broken(checked, entry.id(), Verification.Reason.PREVIOUS_HASH_MISMATCH);
            }
            if (!hashOf(entry, previous).equals(entry.hash())) {
                return Verification.broken(checked, entry.id(), Verification.Reason.CONTENT_CHANGED);
            }
            previous = entry.hash();
            expectedId++;
            checked++;
        }
        if (checked != lastSeq || !previous.equals(lastHash)) {
            return Verification.broken(checked, expectedId, Verification.Reason.MISSING_ROW);
        }
        return Verification.intact(checked);
    }

    /** The outcome of a verification: intact, or the first broken row and why. */
    public record Verification(boolean intact, long checkedRows, Long firstBrokenId, Reason reason) {

        public enum Reason {
            CONTENT_CHANGED,
            PREVIOUS_HASH_MISMATCH,
            MISSING_ROW
        }

        static Verification intact(long checked) {
            return new Verification(true, checked, null, null);
        }

        static Verification broken(long checked, long id, Reason reason) {
            return new Verification(false, checked, id, reason);
        }
    }
}
