package fr.caleol.security.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AppUserTest {

    private final Instant now = Instant.parse("2026-11-29T10:00:00Z");
    private final AppUser user = new AppUser("jdupont", "Jean Dupont", "hash", Set.of(Role.COMMITTEE_MEMBER));

    @Test
    void four_failed_logins_do_not_lock_the_account() {
        for (int i = 0; i < 4; i++) {
            assertThat(user.registerFailedLogin(now)).isFalse();
        }
        assertThat(user.isLockedAt(now)).isFalse();
    }

    @Test
    void the_fifth_failed_login_locks_the_account_for_fifteen_minutes() {
        for (int i = 0; i < 4; i++) {
            user.registerFailedLogin(now);
        }
        assertThat(user.registerFailedLogin(now)).isTrue();
        assertThat(user.isLockedAt(now.plusSeconds(14 * 60 + 59))).isTrue();
        assertThat(user.isLockedAt(now.plusSeconds(15 * 60))).isFalse();
    }

    @Test
    void a_successful_login_resets_the_count() {
        for (int i = 0; i < 4; i++) {
            user.registerFailedLogin(now);
        }
        user.registerSuccessfulLogin();
        assertThat(user.registerFailedLogin(now)).isFalse();
        assertThat(user.getFailedAttempts()).isEqualTo(1);
    }

    @Test
    void after_the_lock_expires_counting_starts_again() {
        for (int i = 0; i < 5; i++) {
            user.registerFailedLogin(now);
        }
        Instant later = now.plus(AppUser.LOCK_DURATION).plusSeconds(1);
        assertThat(user.registerFailedLogin(later)).isFalse();
        assertThat(user.isLockedAt(later)).isFalse();
        assertThat(user.getFailedAttempts()).isEqualTo(1);
    }
}
