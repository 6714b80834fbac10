package fr.caleol.security.service;

import fr.caleol.audit.domain.AuditAction;
import fr.caleol.audit.service.AuditLog;
import fr.caleol.security.domain.AppUser;
import fr.caleol.security.domain.AppUserRepository;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Which CALEOL account a person who logged in through the single sign-on provider is: reached during the login,
 * before anyone is authenticated, so it answers only "this account" or nothing.
 */
@Service
@PermitAll // the single sign-on flow, before anyone is authenticated
public class SsoAccounts {

    private final AppUserRepository users;
    private final AuditLog audit;

    SsoAccounts(AppUserRepository users, AuditLog audit) {
        this.users = users;
        this.audit = audit;
    }

    /**
     * The active account the provider's claim names: an e-mail address matches the one account with that address
     * (whatever its case; two accounts sharing it match none), anything else the account with that user name.
     */
    @Transactional(readOnly = true)
    public Optional<AppUser> matching(String claim) {
        String value = claim.strip();
        if (value.contains("@")) {
            List<AppUser> found = users.findByEmailIgnoreCase(value).stream().filter(AppUser::isActive).toList();
            return found.size() == 1 ? Optional.of(found.getFirst()) : Optional.empty();
        }
        return users.findByUsername(value.toLowerCase(Locale.ROOT)).filter(AppUser::isActive);
    }

    /** Records a refused single sign-on in the audit log. */
    @Transactional
    public void auditRefusal(String claim) {
        String who = claim.length() > AppUser.EMAIL_MAX ? claim.substring(0, AppUser.EMAIL_MAX) : claim;
        audit.recordAs(who.length() > AppUser.USERNAME_MAX ? who.substring(0, AppUser.USERNAME_MAX) : who,
                AuditAction.LOGIN_FAILURE, "user", who, "single sign-on: no active CALEOL account");
    }
}
