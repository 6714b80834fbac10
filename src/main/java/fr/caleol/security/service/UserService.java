package fr.caleol.security.service;

import fr.caleol.audit.domain.AuditAction;
import fr.caleol.audit.service.AuditLog;
import fr.caleol.base.errors.BusinessException;
import fr.caleol.base.events.EventBus;
import fr.caleol.security.domain.AppUser;
import fr.caleol.security.domain.AppUserRepository;
import fr.caleol.security.domain.PasswordPolicy;
import fr.caleol.security.domain.Role;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.persistence.criteria.Predicate;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/** Managing user accounts (ADMIN), and each user's own password. */
@Service
@Validated
public class UserService {

    private final AppUserRepository users;
    private final PasswordEncoder passwordEncoder;
    private final AuditLog auditLog;
    private final EventBus eventBus;
    private final CurrentUser currentUser;

    UserService(AppUserRepository users, PasswordEncoder passwordEncoder, AuditLog auditLog, EventBus eventBus,
            CurrentUser currentUser) {
        this.users = users;
        this.passwordEncoder = passwordEncoder;
        this.auditLog = auditLog;
        this.eventBus = eventBus;
        this.currentUser = currentUser;
    }

    /** What the administrator types to create or edit an account. */
    public record UserForm(
            @NotBlank @Size(max = AppUser.USERNAME_MAX) @Pattern(regexp = "[a-z0-9._-]+") String username,
            @NotBlank @Size(max = AppUser.DISPLAY_NAME_MAX) String displayName,
            @Email @Size(max = AppUser.EMAIL_MAX) String email,
            @NotEmpty Set<Role> roles) {}

    /** Filters of the user list; null fields are ignored. */
    public record Filter(String text, Role role, Boolean active) {
        public static Filter none() {
            return new Filter(null, null, null);
        }
    }

    @RolesAllowed(Role.Names.ADMIN)
    @Transactional(readOnly = true)
    public List<AppUser> list(Filter filter, Pageable pageable) {
        return users.findBy(toSpecification(filter), query -> query.slice(pageable)).getContent();
    }

    @RolesAllowed(Role.Names.ADMIN)
    @Transactional(readOnly = true)
    public long count(Filter filter) {
        return users.count(toSpecification(filter));
    }

    @RolesAllowed(Role.Names.ADMIN)
    @Transactional(readOnly = true)
    public AppUser get(long id) {
        return find(id);
    }

    @RolesAllowed(Role.Names.ADMIN)
    @Transactional
    public AppUser create(@Valid UserForm form, String password) {
        String username = form.username().trim().toLowerCase();
        if (users.existsByUsername(username)) {
            throw new BusinessException("user.error.usernameTaken", username);
        }
        requireAcceptable(password);
        AppUser user = new AppUser(username, form.displayName().trim(), passwordEncoder.encode(password), form.roles());
        user.setEmail(form.email());
        users.saveAndFlush(user);
        auditLog.record(AuditAction.USER_CREATED, "user", user.getId(), "roles=" + form.roles());
        eventBus.publish(new UserChangedEvent(user.getId(), username, false));
        return user;
    }

    /** Changes name, e-mail and roles; refused when someone else changed the account since {@code version}. */
    @RolesAllowed(Role.Names.ADMIN)
    @Transactional
    public AppUser update(long id, long version, @Valid UserForm form) {
        AppUser user = findCurrent(id, version);
        boolean rolesChanged = !java.util.Set.copyOf(user.getRoles()).equals(java.util.Set.copyOf(form.roles()));
        user.setDisplayName(form.displayName().trim());
        user.setEmail(form.email());
        user.setRoles(form.roles());
        auditLog.record(AuditAction.USER_UPDATED, "user", id, "roles=" + form.roles());
        eventBus.publish(new UserChangedEvent(id, user.getUsername(), rolesChanged));
        return user;
    }

    /** Deactivates an account: it can no longer log in and its open sessions end at once. */
    /**
     * Whether a session opened with these authorities may go on: the account still exists, is active and has the same
     * roles. Used when a node missed changes made on the others (a Redis outage).
     */
    @PermitAll
    @Transactional(readOnly = true)
    public boolean sessionStillHolds(String username, Set<String> authorities) {
        Set<String> sessionRoles = authorities.stream().filter(a -> a.startsWith("ROLE_")).collect(Collectors.toSet());
        return users.findByUsername(username).filter(AppUser::isActive)
                .map(u -> u.getRoles().stream().map(Role::authority).collect(Collectors.toSet()).equals(sessionRoles))
                .orElse(false);
    }

    @RolesAllowed(Role.Names.ADMIN)
    @Transactional
    public void deactivate(long id) {
        AppUser user = find(id);
        if (user.getUsername().equals(currentUser.requireUsername())) {
            throw new BusinessException("user.error.cannotDeactivateSelf");
        }
        user.setActive(false);
        auditLog.record(AuditAction.USER_DEACTIVATED, "user", id, null);
        eventBus.publish(new UserChangedEvent(id, user.getUsername(), true));
    }

    @RolesAllowed(Role.Names.ADMIN)
    @Transactional
    public void reactivate(long id) {
        AppUser user = find(id);
        user.setActive(true);
        auditLog.record(AuditAction.USER_REACTIVATED, "user", id, null);
        eventBus.publish(new UserChangedEvent(id, user.getUsername(), false));
    }

    @RolesAllowed(Role.Names.ADMIN)
    @Transactional
    public void unlock(long id) {
        AppUser user = find(id);
        user.unlock();
        auditLog.record(AuditAction.USER_UNLOCKED, "user", id, null);
        eventBus.publish(new UserChangedEvent(id, user.getUsername(), false));
    }

    @RolesAllowed(Role.Names.ADMIN)
    @Transactional
    public void resetPassword(long id, String newPassword) {
        requireAcceptable(newPassword);
        AppUser user = find(id);
        user.setPasswordHash(passwordEncoder.encode(newPassword));
        user.unlock();
        auditLog.record(AuditAction.PASSWORD_RESET, "user", id, null);
        eventBus.publish(new UserChangedEvent(id, user.getUsername(), true));
    }

    /** Any logged-in user changes their own password, proving they know the current one. */
    @PermitAll
    @Transactional
    public void changeOwnPassword(String currentPassword, String newPassword) {
        AppUser user = users.findByUsername(currentUser.requireUsername()).orElseThrow();
        if (currentPassword == null || !passwordEncoder.matches(currentPassword, user.getPasswordHash())) {
            throw new BusinessException("password.error.wrongCurrent");
        }
        if (passwordEncoder.matches(newPassword, user.getPasswordHash())) {
            throw new BusinessException("password.error.sameAsCurrent");
        }
        requireAcceptable(newPassword);
        user.setPasswordHash(passwordEncoder.encode(newPassword));
        auditLog.record(AuditAction.PASSWORD_CHANGED, "user", user.getId(), null);
    }

    /** The logged-in user's own e-mail address, or an empty text. */
    @PermitAll
    @Transactional(readOnly = true)
    public String currentEmail() {
        return users.findByUsername(currentUser.requireUsername()).map(AppUser::getEmail).orElse("");
    }

    /** Any logged-in user changes their own e-mail address (convocations and alerts go there); blank removes it. */
    @PermitAll
    @Transactional
    public void changeOwnEmail(@Email @Size(max = AppUser.EMAIL_MAX) String email) {
        AppUser user = users.findByUsername(currentUser.requireUsername()).orElseThrow();
        user.setEmail(email);
        auditLog.record(AuditAction.USER_UPDATED, "user", user.getId(), "own e-mail address changed");
    }

    /** The language of a user's mails ("fr", "en") and whether they receive the alerts that are not legal notices. */
    public record MailPreferences(String language, boolean alerts) {}

    @PermitAll
    @Transactional(readOnly = true)
    public MailPreferences currentMailPreferences() {
        AppUser user = users.findByUsername(currentUser.requireUsername()).orElseThrow();
        return new MailPreferences(user.getLanguage(), user.isMailAlerts());
    }

    /**
     * Any logged-in user chooses the language of their mails and turns alerts and reminders on or off; legal notices
     * (convocations, their changes, the publication of the minutes) are sent whatever the choice.
     */
    @PermitAll
    @Transactional
    public void changeOwnMailPreferences(MailPreferences preferences) {
        if (preferences == null || !("fr".equals(preferences.language()) || "en".equals(preferences.language()))) {
            throw new BusinessException("account.mail.error.language");
        }
        AppUser user = users.findByUsername(currentUser.requireUsername()).orElseThrow();
        user.setLanguage(preferences.language());
        user.setMailAlerts(preferences.alerts());
        auditLog.record(AuditAction.USER_UPDATED, "user", user.getId(), "own mail preferences: "
                + preferences.language() + (preferences.alerts() ? ", alerts on" : ", alerts off"));
    }

    /** The display name of the logged-in user, for the header. */
    @PermitAll
    @Transactional(readOnly = true)
    public String currentDisplayName() {
        String username = currentUser.requireUsername();
        return users.findByUsername(username).map(AppUser::getDisplayName).orElse(username);
    }

    private static void requireAcceptable(String password) {
        PasswordPolicy.check(password).ifPresent(violation -> {
            throw new BusinessException(violation.messageKey());
        });
    }

    private AppUser find(long id) {
        return users.findById(id).orElseThrow(() -> new BusinessException("user.error.notFound"));
    }

    private AppUser findCurrent(long id, long version) {
        AppUser user = find(id);
        if (user.getVersion() != version) {
            throw BusinessException.staleData();
        }
        return user;
    }

    private static Specification<AppUser> toSpecification(Filter filter) {
        return (root, query, cb) -> {
            List<Predicate> predicates = new ArrayList<>();
            if (filter.text() != null && !filter.text().isBlank()) {
                String like = "%" + filter.text().trim().toLowerCase() + "%";
                predicates.add(cb.or(cb.like(cb.lower(root.get("username")), like),
                        cb.like(cb.lower(root.get("displayName")), like),
                        cb.like(cb.lower(root.get("email")), like)));
            }
            if (filter.role() != null) {
                predicates.add(cb.isMember(filter.role(), root.get("roles")));
            }
            if (filter.active() != null) {
                predicates.add(cb.equal(root.get("active"), filter.active()));
            }
            return cb.and(predicates.toArray(Predicate[]::new));
        };
    }
}
