package fr.caleol.security.service;

import static org.assertj.core.api.Assertions.assertThat;

import fr.caleol.security.domain.AppUser;
import fr.caleol.security.domain.AppUserRepository;
import fr.caleol.security.domain.Role;
import fr.caleol.security.service.UserService.UserForm;
import fr.caleol.support.IntegrationTest;
import fr.caleol.support.TestUsers;
import java.time.LocalDateTime;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.DefaultAuthenticationEventPublisher;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.context.ApplicationEventPublisher;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The lockout through Spring Security's real authentication and events (the browser flow is covered end to end
 * by LoginE2EIT).
 */
@IntegrationTest
class LoginAttemptsIT {

    @Autowired UserService userService;
    @Autowired AppUserRepository users;
    @Autowired DaoAuthenticationProvider loginProvider;
    @Autowired ApplicationEventPublisher events;
    @Autowired JdbcTemplate jdbc;

    /** The application's own login path: its provider, and the events its listeners count. */
    private AuthenticationManager authenticationManager() {
        ProviderManager manager = new ProviderManager(loginProvider);
        manager.setAuthenticationEventPublisher(new DefaultAuthenticationEventPublisher(events));
        return manager;
    }

    @Test
    void five_wrong_passwords_lock_the_account_and_the_right_one_is_then_refused() {
        TestUsers.actAs("admin", Role.ADMIN);
        AppUser user = userService.create(new UserForm(TestUsers.unique("lock"), "To lock", null,
                Set.of(Role.VOLUNTEER)), UserServiceIT.GOOD_PASSWORD);
        TestUsers.anonymous();
        AuthenticationManager manager = authenticationManager();
        for (int i = 0; i < 5; i++) {
            assertThatThrownBy(() -> manager.authenticate(
                    UsernamePasswordAuthenticationToken.unauthenticated(user.getUsername(), "wrong password")))
                    .isInstanceOf(BadCredentialsException.class);
        }
        assertThatThrownBy(() -> manager.authenticate(
                UsernamePasswordAuthenticationToken.unauthenticated(user.getUsername(), UserServiceIT.GOOD_PASSWORD)))
                .isInstanceOf(LockedException.class);

        // The lock is in the database, so a restart keeps it.
        LocalDateTime lockedUntil = jdbc.queryForObject("SELECT locked_until FROM app_user WHERE id = ?",
                LocalDateTime.class, user.getId());
        assertThat(lockedUntil).isAfter(LocalDateTime.now(java.time.ZoneOffset.UTC).plusMinutes(14));
        assertThat(jdbc.queryForObject(
                "SELECT COUNT(*) FROM audit_event WHERE action = 'ACCOUNT_LOCKED' AND actor = ?", Integer.class,
                user.getUsername())).isEqualTo(1);

        TestUsers.actAs("admin", Role.ADMIN);
        userService.unlock(user.getId());
        TestUsers.anonymous();
        assertThat(manager.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(user.getUsername(),
                UserServiceIT.GOOD_PASSWORD)).isAuthenticated()).isTrue();
    }

    @Test
    void a_failed_login_for_an_unknown_account_is_audited_without_creating_anything() {
        String ghost = TestUsers.unique("ghost");
        assertThatThrownBy(() -> authenticationManager().authenticate(
                UsernamePasswordAuthenticationToken.unauthenticated(ghost, "whatever")))
                .isInstanceOf(BadCredentialsException.class);
        assertThat(users.existsByUsername(ghost)).isFalse();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_event WHERE action = 'LOGIN_FAILURE' AND actor = ?",
                Integer.class, ghost)).isEqualTo(1);
    }

    @Test
    void a_failed_login_with_a_user_name_longer_than_any_column_is_audited_cut_and_breaks_nothing() {
        String tooLong = "x".repeat(50) + TestUsers.unique("long").replace("-", "") + "\u202Eevil<script>";
        assertThat(tooLong.length()).isGreaterThan(70);
        assertThatThrownBy(() -> authenticationManager().authenticate(
                UsernamePasswordAuthenticationToken.unauthenticated(tooLong, "whatever")))
                .isInstanceOf(BadCredentialsException.class);
        String recorded = jdbc.queryForObject("SELECT actor FROM audit_event WHERE action = 'LOGIN_FAILURE' "
                + "ORDER BY id DESC LIMIT 1", String.class);
        assertThat(recorded).hasSize(64).startsWith("x".repeat(50)).endsWith("…");
    }

    @Test
    void a_wrong_password_of_a_real_account_is_counted_and_audited_in_one_go() {
        TestUsers.actAs("admin", Role.ADMIN);
        AppUser user = userService.create(new UserForm(TestUsers.unique("count"), "To count", null,
                Set.of(Role.VOLUNTEER)), UserServiceIT.GOOD_PASSWORD);
        TestUsers.anonymous();
        assertThatThrownBy(() -> authenticationManager().authenticate(
                UsernamePasswordAuthenticationToken.unauthenticated(user.getUsername(), "wrong")))
                .isInstanceOf(BadCredentialsException.class);
        assertThat(jdbc.queryForObject("SELECT failed_attempts FROM app_user WHERE id = ?", Integer.class,
                user.getId())).isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_event WHERE action = 'LOGIN_FAILURE' AND actor = ?",
                Integer.class, user.getUsername())).isEqualTo(1);
    }

    @Test
    void a_locked_account_checks_the_password_first_so_it_answers_like_an_open_one() {
        TestUsers.actAs("admin", Role.ADMIN);
        AppUser user = userService.create(new UserForm(TestUsers.unique("timing"), "Timing", null,
                Set.of(Role.VOLUNTEER)), UserServiceIT.GOOD_PASSWORD);
        TestUsers.anonymous();
        jdbc.update("UPDATE app_user SET locked_until = ? WHERE id = ?",
                LocalDateTime.now(java.time.ZoneOffset.UTC).plusMinutes(10), user.getId());
        // A wrong password is refused as wrong (the lock is checked only after the password): nothing tells a
        // locked account from an open one, neither the answer nor its time (one bcrypt check either way).
        assertThatThrownBy(() -> authenticationManager().authenticate(
                UsernamePasswordAuthenticationToken.unauthenticated(user.getUsername(), "wrong")))
                .isInstanceOf(BadCredentialsException.class);
        assertThatThrownBy(() -> authenticationManager().authenticate(
                UsernamePasswordAuthenticationToken.unauthenticated(user.getUsername(), UserServiceIT.GOOD_PASSWORD)))
                .isInstanceOf(LockedException.class);
    }

    @Test
    void ten_wrong_passwords_at_the_same_moment_are_all_counted_and_lock_the_account() throws Exception {
        TestUsers.actAs("admin", Role.ADMIN);
        AppUser user = userService.create(new UserForm(TestUsers.unique("burst"), "Burst", null,
                Set.of(Role.VOLUNTEER)), UserServiceIT.GOOD_PASSWORD);
        TestUsers.anonymous();
        AuthenticationManager manager = authenticationManager();
        java.util.concurrent.CountDownLatch go = new java.util.concurrent.CountDownLatch(1);
        try (var pool = java.util.concurrent.Executors.newFixedThreadPool(10)) {
            java.util.List<java.util.concurrent.Future<?>> attempts = new java.util.ArrayList<>();
            for (int i = 0; i < 10; i++) {
                attempts.add(pool.submit(() -> {
                    go.await();
                    try {
                        manager.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(user.getUsername(),
                                "wrong password"));
                    } catch (org.springframework.security.core.AuthenticationException refused) {
                        // expected: every attempt is refused
                    }
                    return null;
                }));
            }
            go.countDown();
            for (var attempt : attempts) {
                attempt.get(60, java.util.concurrent.TimeUnit.SECONDS);
            }
        }
        assertThat(jdbc.queryForObject("SELECT failed_attempts FROM app_user WHERE id = ?", Integer.class,
                user.getId())).as("no failure lost").isEqualTo(10);
        assertThatThrownBy(() -> manager.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(
                user.getUsername(), UserServiceIT.GOOD_PASSWORD))).isInstanceOf(LockedException.class);
    }
}
