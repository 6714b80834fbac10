package fr.caleol.security.domain;

import fr.caleol.base.domain.AbstractEntity;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;

/** A person who logs in to CALEOL. The password is only ever stored as a hash. */
@Entity
@Table(name = "app_user")
public class AppUser extends AbstractEntity {

    public static final int USERNAME_MAX = 64;
    public static final int DISPLAY_NAME_MAX = 128;
    public static final int EMAIL_MAX = 254;
    /** Failed logins in a row that lock an account. */
    public static final int MAX_FAILED_ATTEMPTS = 5;
    public static final Duration LOCK_DURATION = Duration.ofMinutes(15);

    @NotBlank
    @Size(max = USERNAME_MAX)
    @Pattern(regexp = "[a-z0-9._-]+")
    @Column(nullable = false, unique = true, length = USERNAME_MAX)
    private String username;

    @NotBlank
    @Size(max = DISPLAY_NAME_MAX)
    @Column(name = "display_name", nullable = false, length = DISPLAY_NAME_MAX)
    private String displayName;

    @Email
    @Size(max = EMAIL_MAX)
    @Column(length = EMAIL_MAX)
    private String email;

    @Column(name = "password_hash", nullable = false, length = 100)
    private String passwordHash;

    @Column(nullable = false)
    private boolean active = true;

    @Column(name = "failed_attempts", nullable = false)
    private int failedAttempts;

    @Column(name = "locked_until")
    private Instant lockedUntil;

    /** The language of the user's mails: "fr" or "en". */
    @Pattern(regexp = "fr|en")
    @Column(nullable = false, length = 2)
    private String language = "fr";

    /** Whether the user receives the alerts and reminders that are not legal notices. */
    @Column(name = "mail_alerts", nullable = false)
    private boolean mailAlerts = true;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "app_user_role", joinColumns = @JoinColumn(name = "user_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "role", nullable = false, length = 32)
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    protected AppUser() {}

    public AppUser(String username, String displayName, String passwordHash, Set<Role> roles) {
        this.username = username;
        this.displayName = displayName;
        this.passwordHash = passwordHash;
        setRoles(roles);
    }

    public boolean isLockedAt(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }

    /** Counts a failed login; returns true when this failure locks the account. */
    public boolean registerFailedLogin(Instant now) {
        if (lockedUntil != null && !lockedUntil.isAfter(now)) {
            failedAttempts = 0;
            lockedUntil = null;
        }
        failedAttempts++;
        if (failedAttempts >= MAX_FAILED_ATTEMPTS && lockedUntil == null) {
            lockedUntil = now.plus(LOCK_DURATION);
            return true;
        }
        return false;
    }

    public void registerSuccessfulLogin() {
        failedAttempts = 0;
        lockedUntil = null;
    }

    public void unlock() {
        registerSuccessfulLogin();
    }

    public String getUsername() {
        return username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email == null || email.isBlank() ? null : email.trim();
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public void setPasswordHash(String passwordHash) {
        this.passwordHash = passwordHash;
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }

    public int getFailedAttempts() {
        return failedAttempts;
    }

    public Instant getLockedUntil() {
        return lockedUntil;
    }

    public Set<Role> getRoles() {
        return roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
    }

    public void setRoles(Set<Role> roles) {
        this.roles = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
    }

    public boolean hasRole(Role role) {
        return roles.contains(role);
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = "en".equals(language) ? "en" : "fr";
    }

    public boolean isMailAlerts() {
        return mailAlerts;
    }

    public void setMailAlerts(boolean mailAlerts) {
        this.mailAlerts = mailAlerts;
    }
}
