package fr.caleol.security.service;

import fr.caleol.security.domain.AppUser;
import fr.caleol.security.domain.AppUserRepository;
import fr.caleol.security.domain.Role;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Loads users from the database for Spring Security; inactive and locked accounts cannot log in. */
@Service
class CaleolUserDetailsService implements UserDetailsService {

    private final AppUserRepository users;
    private final Clock clock;

    CaleolUserDetailsService(AppUserRepository users, Clock clock) {
        this.users = users;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    @PermitAll // the login form, before anyone is authenticated
    public UserDetails loadUserByUsername(String username) {
        AppUser user = users.findByUsername(username == null ? "" : username.trim().toLowerCase())
                .orElseThrow(() -> new UsernameNotFoundException("Unknown user"));
        return User.withUsername(user.getUsername())
                .password(user.getPasswordHash())
                .authorities(user.getRoles().stream().map(Role::authority).toArray(String[]::new))
                .disabled(!user.isActive())
                .accountLocked(user.isLockedAt(clock.instant()))
                .build();
    }
}
