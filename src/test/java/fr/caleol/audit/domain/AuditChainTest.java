package fr.caleol.audit.domain;

import static org.assertj.core.api.Assertions.assertThat;

import fr.caleol.audit.domain.AuditChain.Verification;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class AuditChainTest {

    private final LocalDateTime t0 = LocalDateTime.of(2026, 11, 29, 10, 0, 0, 123_456_000);

    private List<AuditEntry> chainOf(int size) {
        List<AuditEntry> entries = new ArrayList<>();
        String previous = AuditChain.GENESIS;
        for (long id = 1; id <= size; id++) {
            LocalDateTime at = t0.plusSeconds(id);
            String hash = AuditChain.hash(previous, id, at, "admin", "USER_UPDATED", "user", "7", "roles=" + id);
            entries.add(new AuditEntry(id, at, "admin", "USER_UPDATED", "user", "7", "roles=" + id, previous, hash));
            previous = hash;
        }
        return entries;
    }

    @Test
    void an_untouched_chain_is_intact() {
        List<AuditEntry> chain = chainOf(5);
        Verification result = AuditChain.verify(chain.iterator(), 5, chain.get(4).hash());
        assertThat(result.intact()).isTrue();
        assertThat(result.checkedRows()).isEqualTo(5);
    }

    @Test
    void an_empty_chain_is_intact() {
        assertThat(AuditChain.verify(List.<AuditEntry>of().iterator(), 0, AuditChain.GENESIS).intact()).isTrue();
    }

    @Test
    void a_changed_detail_is_found_at_its_row() {
        List<AuditEntry> chain = chainOf(5);
        AuditEntry third = chain.get(2);
        chain.set(2, new AuditEntry(3, third.occurredAt(), third.actor(), third.action(), third.objectType(),
                third.objectId(), "roles=ADMIN", third.previousHash(), third.hash()));
        Verification result = AuditChain.verify(chain.iterator(), 5, chain.get(4).hash());
        assertThat(result.intact()).isFalse();
        assertThat(result.firstBrokenId()).isEqualTo(3);
        assertThat(result.reason()).isEqualTo(Verification.Reason.CONTENT_CHANGED);
    }

    @Test
    void a_row_rehashed_after_a_change_breaks_the_link_of_the_next_row() {
        List<AuditEntry> chain = chainOf(5);
        AuditEntry second = chain.get(1);
        String forged = AuditChain.hash(second.previousHash(), 2, second.occurredAt(), "intruder", second.action(),
                second.objectType(), second.objectId(), second.details());
        chain.set(1, new AuditEntry(2, second.occurredAt(), "intruder", second.action(), second.objectType(),
                second.objectId(), second.details(), second.previousHash(), forged));
        Verification result = AuditChain.verify(chain.iterator(), 5, chain.get(4).hash());
        assertThat(result.firstBrokenId()).isEqualTo(3);
        assertThat(result.reason()).isEqualTo(Verification.Reason.PREVIOUS_HASH_MISMATCH);
    }

    @Test
    void a_removed_row_in_the_middle_is_found() {
        List<AuditEntry> chain = chainOf(5);
        String lastHash = chain.get(4).hash();
        chain.remove(1);
        Verification result = AuditChain.verify(chain.iterator(), 5, lastHash);
        assertThat(result.firstBrokenId()).isEqualTo(2);
        assertThat(result.reason()).isEqualTo(Verification.Reason.MISSING_ROW);
    }

    @Test
    void a_removed_last_row_is_found_thanks_to_the_chain_head() {
        List<AuditEntry> chain = chainOf(5);
        String lastHash = chain.get(4).hash();
        chain.remove(4);
        Verification result = AuditChain.verify(chain.iterator(), 5, lastHash);
        assertThat(result.intact()).isFalse();
        assertThat(result.firstBrokenId()).isEqualTo(5);
    }

    @Test
    void field_boundaries_cannot_be_shifted_to_forge_the_same_hash() {
        String a = AuditChain.hash(AuditChain.GENESIS, 1, t0, "ab", "c", null, null, null);
        String b = AuditChain.hash(AuditChain.GENESIS, 1, t0, "a", "bc", null, null, null);
        assertThat(a).isNotEqualTo(b);
    }
}
