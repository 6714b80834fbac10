package fr.caleol.audit.domain;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.Objects;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The hash chain of the audit log. Each row stores a hash of the previous row's hash and of its own canonical
 * content, so that changing, inserting or removing a row breaks every hash after it:
 * <ul>
 *   <li>since V19 the hash is an HMAC-SHA256 keyed by the audit key, a secret kept outside the database, and it
 *       covers the chain's id: someone who can write the database but does not hold the key cannot recompute the
 *       chain after changing a row;</li>
 *   <li>rows written before are plain SHA-256 and must all come before the first keyed row;</li>
 *   <li>a signed checkpoint (sequence, head hash, time), written now and then outside the database, reveals rows
 *       removed from the end and a head rewound, which no hash inside the database can.</li>
 * </ul>
 */
public final class AuditChain {

    /** The "previous hash" of the very first row. */
    public static final String GENESIS = "0".repeat(64);

    private AuditChain() {}

    /** The audit key and the id of the chain it signs. */
    public record Key(byte[] secret, String chainId) {
        public Key {
            Objects.requireNonNull(secret, "secret");
            Objects.requireNonNull(chainId, "chainId");
        }
    }

    /** The head of the chain at a moment, as a checkpoint records it, with its signature. */
    public record Checkpoint(String chainId, long seq, String hash, Instant at, String signature) {

        /** A checkpoint signed with the key. */
        public static Checkpoint signed(Key key, long seq, String hash, Instant at) {
            return new Checkpoint(key.chainId(), seq, hash, at, sign(key, key.chainId(), seq, hash, at));
        }

        /** True when the signature is the key's (nobody without the key could have written it). */
        public boolean signedBy(Key key) {
            return chainId.equals(key.chainId()) && MessageDigest.isEqual(
                    sign(key, chainId, seq, hash, at).getBytes(StandardCharsets.US_ASCII),
                    signature.getBytes(StandardCharsets.US_ASCII));
        }

        private static String sign(Key key, String chainId, long seq, String hash, Instant at) {
            return hmac(key.secret(), "checkpoint|" + chainId + "|" + seq + "|" + hash + "|" + at);
        }
    }

    public static String hash(String previousHash, long id, LocalDateTime occurredAt, String actor,
            String action, String objectType, String objectId, String details) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(canonical(previousHash, id, occurredAt, actor, action,
                    objectType, objectId, details).getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /** The keyed hash of a row: HMAC-SHA256 under the audit key of the chain id and the canonical content. */
    public static String mac(Key key, String previousHash, long id, LocalDateTime occurredAt, String actor,
            String action, String objectType, String objectId, String details) {
        return hmac(key.secret(), key.chainId() + "|" + canonical(previousHash, id, occurredAt, actor, action,
                objectType, objectId, details));
    }

    private static String canonical(String previousHash, long id, LocalDateTime occurredAt, String actor,
            String action, String objectType, String objectId, String details) {
        StringBuilder canonical = new StringBuilder(previousHash);
        for (String field : new String[] {Long.toString(id), occurredAt.toString(), actor, action, objectType,
                objectId, details}) {
            // Length-prefixed so that no choice of field contents can forge another row's canonical form.
            String value = Objects.requireNonNullElse(field, "");
            canonical.append('|').append(value.length()).append(':').append(value);
        }
        return canonical.toString();
    }

    private static String hmac(byte[] secret, String text) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }

    public static String hashOf(AuditEntry e, String previousHash) {
        return hash(previousHash, e.id(), e.occurredAt(), e.actor(), e.action(), e.objectType(), e.objectId(),
                e.details());
    }

    /** The plain chain alone (no key, no checkpoint): every row must be a plain SHA-256 row. */
    public static Verification verify(Iterator<AuditEntry> entries, long lastSeq, String lastHash) {
        return verify(entries, lastSeq, lastHash, null, null);
    }

    /**
     * Walks entries in id order and returns the first that breaks the chain, with the reason. {@code lastSeq} and
     * {@code lastHash} are the chain head; {@code checkpoint}, the latest signed checkpoint (or null), reveals rows
     * removed from the end even when the head was rewound with them. Linear: each row is read once.
     */
    public static Verification verify(Iterator<AuditEntry> entries, long lastSeq, String lastHash, Key key,
            Checkpoint checkpoint) {
        if (checkpoint != null && (key == null || !checkpoint.signedBy(key))) {
            return Verification.broken(0, checkpoint.seq(), Verification.Reason.CHECKPOINT_FORGED);
        }
        String previous = GENESIS;
        long expectedId = 1;
        long checked = 0;
        boolean keyedSeen = false;
        boolean checkpointMet = checkpoint == null || checkpoint.seq() == 0;
        while (entries.hasNext()) {
            AuditEntry entry = entries.next();
            if (entry.id() != expectedId) {
                return Verification.broken(checked, expectedId, Verification.Reason.MISSING_ROW);
            }
            if (!previous.equals(entry.previousHash())) {
                return Verification.broken(checked, entry.id(), Verification.Reason.PREVIOUS_HASH_MISMATCH);
            }
            String expected;
            if (entry.keyed()) {
                if (key == null) {
                    return Verification.broken(checked, entry.id(), Verification.Reason.CONTENT_CHANGED);
                }
                keyedSeen = true;
                expected = mac(key, previous, entry.id(), entry.occurredAt(), entry.actor(), entry.action(),
                        entry.objectType(), entry.objectId(), entry.details());
            } else if (keyedSeen) {
                return Verification.broken(checked, entry.id(), Verification.Reason.UNKEYED_AFTER_KEYED);
            } else {
                expected = hashOf(entry, previous);
            }
            if (!MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII),
                    entry.hash().getBytes(StandardCharsets.US_ASCII))) {
                return Verification.broken(checked, entry.id(), Verification.Reason.CONTENT_CHANGED);
            }
            if (checkpoint != null && entry.id() == checkpoint.seq()) {
                if (!entry.hash().equals(checkpoint.hash())) {
                    return Verification.broken(checked, entry.id(), Verification.Reason.CHECKPOINT_MISMATCH);
                }
                checkpointMet = true;
            }
            previous = entry.hash();
            expectedId++;
            checked++;
        }
        if (!checkpointMet) {
            return Verification.broken(checked, checked + 1, Verification.Reason.ROWS_REMOVED_SINCE_CHECKPOINT);
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
            MISSING_ROW,
            /** A plain SHA-256 row after keyed ones: a row rewritten without the key. */
            UNKEYED_AFTER_KEYED,
            /** The row at the latest checkpoint's sequence no longer has the hash the checkpoint recorded. */
            CHECKPOINT_MISMATCH,
            /** The chain ends before the latest checkpoint: rows removed from the end, the head rewound. */
            ROWS_REMOVED_SINCE_CHECKPOINT,
            /** The latest checkpoint is not signed with the audit key. */
            CHECKPOINT_FORGED
        }

        static Verification intact(long checked) {
            return new Verification(true, checked, null, null);
        }

        static Verification broken(long checked, long id, Reason reason) {
            return new Verification(false, checked, id, reason);
        }
    }
}
