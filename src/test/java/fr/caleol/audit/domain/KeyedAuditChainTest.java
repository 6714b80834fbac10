package fr.caleol.audit.domain;

import static org.assertj.core.api.Assertions.assertThat;

import fr.caleol.audit.domain.AuditChain.Checkpoint;
import fr.caleol.audit.domain.AuditChain.Key;
import fr.caleol.audit.domain.AuditChain.Verification;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The keyed chain and its checkpoints: what someone with write access to the database but not the key can hide. */
class KeyedAuditChainTest {

    private static final Key KEY = new Key("the-landlord-audit-key-0123456789abcdef".getBytes(StandardCharsets.UTF_8),
            "6f1c2a90-0000-4000-8000-000000000001");
    private final LocalDateTime t0 = LocalDateTime.of(2026, 12, 7, 10, 0, 0, 123_456_000);

    /** {@code plain} plain SHA-256 rows (written before the key), then keyed ones up to {@code size}. */
    private List<AuditEntry> chainOf(int plain, int size) {
        List<AuditEntry> entries = new ArrayList<>();
        String previous = AuditChain.GENESIS;
        for (long id = 1; id <= size; id++) {
            LocalDateTime at = t0.plusSeconds(id);
            boolean keyed = id > plain;
            String hash = keyed ? AuditChain.mac(KEY, previous, id, at, "admin", "USER_UPDATED", "user", "7", "r" + id)
                    : AuditChain.hash(previous, id, at, "admin", "USER_UPDATED", "user", "7", "r" + id);
            entries.add(new AuditEntry(id, at, "admin", "USER_UPDATED", "user", "7", "r" + id, previous, hash, keyed));
            previous = hash;
        }
        return entries;
    }

    private static Verification verify(List<AuditEntry> chain, Checkpoint checkpoint) {
        AuditEntry last = chain.getLast();
        return AuditChain.verify(chain.iterator(), last.id(), last.hash(), KEY, checkpoint);
    }

    @Test
    void a_chain_of_plain_rows_then_keyed_rows_is_intact_with_its_checkpoint() {
        List<AuditEntry> chain = chainOf(3, 8);
        Checkpoint checkpoint = Checkpoint.signed(KEY, 8, chain.getLast().hash(), Instant.parse("2026-12-07T10:05:00Z"));
        Verification result = verify(chain, checkpoint);
        assertThat(result.intact()).isTrue();
        assertThat(result.checkedRows()).isEqualTo(8);
    }

    @Test
    void a_middle_row_altered_and_every_later_hash_recomputed_without_the_key_is_found() {
        List<AuditEntry> chain = chainOf(2, 8);
        // The intruder rewrites row 5 and recomputes 5..8 as best he can: plain SHA-256, flagged as keyed or not.
        String previous = chain.get(3).hash();
        for (int i = 4; i < 8; i++) {
            AuditEntry e = chain.get(i);
            String details = i == 4 ? "roles=[ADMIN]" : e.details();
            String hash = AuditChain.hash(previous, e.id(), e.occurredAt(), e.actor(), e.action(), e.objectType(),
                    e.objectId(), details);
            chain.set(i, new AuditEntry(e.id(), e.occurredAt(), e.actor(), e.action(), e.objectType(), e.objectId(),
                    details, previous, hash, true));
            previous = hash;
        }
        Verification keyedFlag = verify(chain, null);
        assertThat(keyedFlag.intact()).isFalse();
        assertThat(keyedFlag.firstBrokenId()).isEqualTo(5);
        assertThat(keyedFlag.reason()).isEqualTo(Verification.Reason.CONTENT_CHANGED);

        List<AuditEntry> unflagged = new ArrayList<>(chain);
        for (int i = 4; i < 8; i++) {
            AuditEntry e = unflagged.get(i);
            unflagged.set(i, new AuditEntry(e.id(), e.occurredAt(), e.actor(), e.action(), e.objectType(),
                    e.objectId(), e.details(), e.previousHash(), e.hash(), false));
        }
        Verification plain = verify(unflagged, null);
        assertThat(plain.firstBrokenId()).isEqualTo(5);
        assertThat(plain.reason()).isEqualTo(Verification.Reason.UNKEYED_AFTER_KEYED);
    }

    @Test
    void rows_removed_from_the_end_with_the_head_rewound_are_found_by_the_checkpoint() {
        List<AuditEntry> chain = chainOf(0, 10);
        Checkpoint checkpoint = Checkpoint.signed(KEY, 10, chain.getLast().hash(), Instant.parse("2026-12-07T11:00:00Z"));
        List<AuditEntry> shortened = new ArrayList<>(chain.subList(0, 7));
        // Without a checkpoint, a head rewound to row 7 would make the shortened chain look whole.
        assertThat(verify(shortened, null).intact()).isTrue();
        Verification result = verify(shortened, checkpoint);
        assertThat(result.intact()).isFalse();
        assertThat(result.reason()).isEqualTo(Verification.Reason.ROWS_REMOVED_SINCE_CHECKPOINT);
    }

    @Test
    void a_rewritten_row_before_the_checkpoint_is_found_even_with_the_key() {
        List<AuditEntry> chain = chainOf(0, 6);
        Checkpoint checkpoint = Checkpoint.signed(KEY, 6, chain.getLast().hash(), Instant.parse("2026-12-07T11:00:00Z"));
        // An insider holding the key rewrites row 2 and recomputes every keyed hash after it.
        List<AuditEntry> rewritten = new ArrayList<>(chain.subList(0, 1));
        String previous = chain.getFirst().hash();
        for (int i = 1; i < 6; i++) {
            AuditEntry e = chain.get(i);
            String details = i == 1 ? "forged" : e.details();
            String hash = AuditChain.mac(KEY, previous, e.id(), e.occurredAt(), e.actor(), e.action(),
                    e.objectType(), e.objectId(), details);
            rewritten.add(new AuditEntry(e.id(), e.occurredAt(), e.actor(), e.action(), e.objectType(),
                    e.objectId(), details, previous, hash, true));
            previous = hash;
        }
        Verification result = verify(rewritten, checkpoint);
        assertThat(result.reason()).isEqualTo(Verification.Reason.CHECKPOINT_MISMATCH);
        assertThat(result.firstBrokenId()).isEqualTo(6);
    }

    @Test
    void a_checkpoint_not_signed_with_the_key_is_refused() {
        List<AuditEntry> chain = chainOf(0, 4);
        Checkpoint genuine = Checkpoint.signed(KEY, 4, chain.getLast().hash(), Instant.parse("2026-12-07T11:00:00Z"));
        Checkpoint forged = new Checkpoint(genuine.chainId(), 2, chain.get(1).hash(), genuine.at(),
                genuine.signature());
        assertThat(verify(chain, forged).reason()).isEqualTo(Verification.Reason.CHECKPOINT_FORGED);
        Key otherChain = new Key(KEY.secret(), "another-chain");
        assertThat(genuine.signedBy(otherChain)).isFalse();
    }
}
