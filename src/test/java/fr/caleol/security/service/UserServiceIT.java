package fr.caleol.security.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.caleol.base.errors.BusinessException;
import fr.caleol.security.domain.AppUser;
import fr.caleol.security.domain.AppUserRepository;
import fr.caleol.security.domain.Role;
import fr.caleol.security.service.UserService.UserForm;
import fr.caleol.support.IntegrationTest;
import fr.caleol.support.TestUsers;
import jakarta.validation.ConstraintViolationException;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;

@IntegrationTest
class UserServiceIT {

    static final String GOOD_PASSWORD = "Logement-Social-93!";

    @Autowired UserService userService;
    @Autowired AppUserRepository users;
    @Autowired UserDetailsService userDetailsService;
    @Autowired JdbcTemplate jdbc;
    @Autowired fr.caleol.base.events.EventBus bus;

    @BeforeEach
    void actAsAdmin() {
        TestUsers.actAs("admin", Role.ADMIN);
    }

    @AfterEach
    void logout() {
        TestUsers.anonymous();
    }

    private AppUser newUser(Role... roles) {
        String username = TestUsers.unique("agent");
        return userService.create(new UserForm(username, "Agent " + username, null, Set.of(roles)), GOOD_PASSWORD);
    }

    @Test
    void a_created_user_has_a_bcrypt_hash_never_the_password() {
        AppUser user = newUser(Role.SECRETARY, Role.COMMITTEE_MEMBER);
        String stored = jdbc.queryForObject("SELECT password_hash FROM app_user WHERE id = ?", String.class,
                user.getId());
        assertThat(stored).startsWith("$2a$12$").doesNotContain(GOOD_PASSWORD);
        assertThat(users.findById(user.getId()).orElseThrow().getRoles())
                .containsExactlyInAnyOrder(Role.SECRETARY, Role.COMMITTEE_MEMBER);
    }

    @Test
    void a_weak_password_is_refused_at_creation_and_nothing_is_saved() {
        String username = TestUsers.unique("weak");
        assertThatThrownBy(() -> userService.create(
                new UserForm(username, "Weak", null, Set.of(Role.VOLUNTEER)), "motdepasse"))
                .isInstanceOf(BusinessException.class)
                .hasMessage("password.policy.tooShort");
        assertThat(users.existsByUsername(username)).isFalse();
    }

    @Test
    void a_taken_username_is_refused_with_a_clear_reason() {
        AppUser existing = newUser(Role.VOLUNTEER);
        assertThatThrownBy(() -> userService.create(
                new UserForm(existing.getUsername(), "Twin", null, Set.of(Role.VOLUNTEER)), GOOD_PASSWORD))
                .isInstanceOf(BusinessException.class)
                .hasMessage("user.error.usernameTaken");
    }

    @Test
    void a_user_without_role_or_with_an_invalid_username_is_refused_by_the_service_itself() {
        assertThatThrownBy(() -> userService.create(new UserForm("ok-name", "No role", null, Set.of()), GOOD_PASSWORD))
                .isInstanceOf(ConstraintViolationException.class);
        assertThatThrownBy(() -> userService.create(
                new UserForm("Jean Dupont", "Bad", null, Set.of(Role.VOLUNTEER)), GOOD_PASSWORD))
                .isInstanceOf(ConstraintViolationException.class);
    }

    @Test
    void a_second_administrator_saving_an_outdated_version_is_refused_and_nothing_is_overwritten() {
        AppUser user = newUser(Role.VOLUNTEER);
        long readVersion = user.getVersion();
        userService.update(user.getId(), readVersion,
                new UserForm(user.getUsername(), "First edit", null, Set.of(Role.VOLUNTEER)));
        assertThatThrownBy(() -> userService.update(user.getId(), readVersion,
                new UserForm(user.getUsername(), "Second edit", null, Set.of(Role.ADMIN))))
                .isInstanceOf(BusinessException.class)
                .hasMessage("error.staleData");
        AppUser stored = userService.get(user.getId());
        assertThat(stored.getDisplayName()).isEqualTo("First edit");
        assertThat(stored.getRoles()).containsExactly(Role.VOLUNTEER);
    }

    @Test
    void a_user_changes_their_own_address_and_the_service_itself_refuses_a_wrong_one() {
        AppUser user = newUser(Role.VOLUNTEER);
        TestUsers.actAs(user.getUsername(), Role.VOLUNTEER);
        assertThatThrownBy(() -> userService.changeOwnEmail("pas-une-adresse"))
                .isInstanceOf(ConstraintViolationException.class);
        userService.changeOwnEmail("benevole@ccas-bobigny.fr");
        assertThat(userService.currentEmail()).isEqualTo("benevole@ccas-bobigny.fr");
        userService.changeOwnEmail(null);
        assertThat(userService.currentEmail()).isEmpty();
    }

    @Test
    void a_session_still_holds_only_while_its_account_is_active_with_the_same_roles() {
        AppUser user = newUser(Role.SECRETARY, Role.COMMITTEE_MEMBER);
        Set<String> session = Set.of("ROLE_SECRETARY", "ROLE_COMMITTEE_MEMBER", "FACTOR_PASSWORD");
        assertThat(userService.sessionStillHolds(user.getUsername(), session)).isTrue();
        assertThat(userService.sessionStillHolds(user.getUsername(), Set.of("ROLE_SECRETARY")))
                .as("roles changed since the session opened").isFalse();
        assertThat(userService.sessionStillHolds("nobody-" + user.getUsername(), session)).isFalse();

        userService.deactivate(user.getId());

        assertThat(userService.sessionStillHolds(user.getUsername(), session)).isFalse();
    }

    @Test
    void a_deactivated_user_can_no_longer_log_in_and_the_sessions_are_told_to_end() {
        AppUser user = newUser(Role.VOLUNTEER);
        userService.deactivate(user.getId());
        assertThat(userDetailsService.loadUserByUsername(user.getUsername()).isEnabled()).isFalse();
    }

    @Test
    void removing_a_role_or_resetting_the_password_ends_the_users_open_sessions_and_a_rename_does_not() {
        AppUser user = newUser(Role.VOLUNTEER, Role.OUTREACH_COORDINATOR);
        java.util.List<UserChangedEvent> events = new java.util.concurrent.CopyOnWriteArrayList<>();
        try (var registration = bus.subscribe(UserChangedEvent.class, events::add)) {
            AppUser current = users.findById(user.getId()).orElseThrow();
            userService.update(user.getId(), current.getVersion(), new UserService.UserForm(user.getUsername(),
                    "Nouveau nom", null, java.util.Set.of(Role.VOLUNTEER, Role.OUTREACH_COORDINATOR)));
            current = users.findById(user.getId()).orElseThrow();
            userService.update(user.getId(), current.getVersion(), new UserService.UserForm(user.getUsername(),
                    "Nouveau nom", null, java.util.Set.of(Role.VOLUNTEER)));
            userService.resetPassword(user.getId(), GOOD_PASSWORD + "x");
        }
        assertThat(events).extracting(UserChangedEvent::endSessions).containsExactly(false, true, true);
    }

    @Test
    void an_administrator_cannot_deactivate_their_own_account() {
        AppUser me = newUser(Role.ADMIN);
        TestUsers.actAs(me.getUsername(), Role.ADMIN);
        assertThatThrownBy(() -> userService.deactivate(me.getId()))
                .isInstanceOf(BusinessException.class)
                .hasMessage("user.error.cannotDeactivateSelf");
    }

    @Test
    void every_other_role_is_refused_user_administration() {
        AppUser target = newUser(Role.VOLUNTEER);
        for (Role role : Role.values()) {
            if (role == Role.ADMIN) {
                continue;
            }
            TestUsers.actAs("intruder", role);
            assertThatThrownBy(() -> userService.list(UserService.Filter.none(), PageRequest.of(0, 10)))
                    .as(role.name()).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> userService.create(
                    new UserForm(TestUsers.unique("x"), "X", null, Set.of(Role.ADMIN)), GOOD_PASSWORD))
                    .as(role.name()).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> userService.resetPassword(target.getId(), GOOD_PASSWORD))
                    .as(role.name()).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> userService.deactivate(target.getId()))
                    .as(role.name()).isInstanceOf(AccessDeniedException.class);
        }
    }

    @Test
    void a_user_changes_their_own_password_only_with_the_current_one() {
        AppUser user = newUser(Role.VOLUNTEER);
        TestUsers.actAs(user.getUsername(), Role.VOLUNTEER);
        assertThatThrownBy(() -> userService.changeOwnPassword("wrong", "Nouveau-Mot2Passe!"))
                .isInstanceOf(BusinessException.class).hasMessage("password.error.wrongCurrent");
        assertThatThrownBy(() -> userService.changeOwnPassword(GOOD_PASSWORD, "court"))
                .isInstanceOf(BusinessException.class).hasMessage("password.policy.tooShort");
        userService.changeOwnPassword(GOOD_PASSWORD, "Nouveau-Mot2Passe!");
        TestUsers.actAs("admin", Role.ADMIN);
        assertThat(userService.count(new UserService.Filter(user.getUsername(), Role.VOLUNTEER, true))).isEqualTo(1);
    }

    @Test
    void the_list_filters_by_text_role_and_state() {
        AppUser user = newUser(Role.SOCIAL_ADVISER);
        assertThat(userService.list(new UserService.Filter(user.getUsername(), Role.SOCIAL_ADVISER, true),
                PageRequest.of(0, 5))).extracting(AppUser::getUsername).containsExactly(user.getUsername());
        assertThat(userService.count(new UserService.Filter(user.getUsername(), Role.ADMIN, null))).isZero();
        assertThat(userService.count(new UserService.Filter(user.getUsername(), null, false))).isZero();
    }
}
