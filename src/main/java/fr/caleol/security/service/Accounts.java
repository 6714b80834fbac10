package fr.caleol.security.service;

import fr.caleol.security.domain.AppUser;
import fr.caleol.security.domain.AppUserRepository;
import fr.caleol.security.domain.Role;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * What other features read of the user accounts: a user by name, the active holders of a role. Called inside their
 * own transaction, after their own role checks (hence none here); the accounts' repository stays inside security.
 */
@Component
public class Accounts {

    private final AppUserRepository users;

    Accounts(AppUserRepository users) {
        this.users = users;
    }

    @Transactional(propagation = Propagation.MANDATORY, readOnly = true)
    public Optional<AppUser> byUsername(String username) {
        return users.findByUsername(username);
    }

    @Transactional(propagation = Propagation.MANDATORY, readOnly = true)
    public List<AppUser> activeWithRole(Role role) {
        return users.findActiveWithRole(role);
    }
}
