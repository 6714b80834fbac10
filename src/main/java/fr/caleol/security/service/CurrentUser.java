package fr.caleol.security.service;

import fr.caleol.security.domain.Role;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** Who is acting now, from the security context. */
@Component
public class CurrentUser {

    public Optional<String> username() {
        return authentication().map(Authentication::getName);
    }

    /** The username, or an exception when nobody is authenticated (services call this after their role check). */
    public String requireUsername() {
        return username().orElseThrow(() -> new IllegalStateException("No authenticated user"));
    }

    public Set<Role> roles() {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        authentication().ifPresent(auth -> {
            for (GrantedAuthority authority : auth.getAuthorities()) {
                for (Role role : Role.values()) {
                    if (role.authority().equals(authority.getAuthority())) {
                        roles.add(role);
                    }
                }
            }
        });
        return roles;
    }

    public boolean hasRole(Role role) {
        return roles().contains(role);
    }

    public boolean hasAnyRole(Role... roles) {
        Set<Role> held = roles();
        for (Role role : roles) {
            if (held.contains(role)) {
                return true;
            }
        }
        return false;
    }

    private static Optional<Authentication> authentication() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth == null || auth instanceof AnonymousAuthenticationToken || !auth.isAuthenticated()
                ? Optional.empty()
                : Optional.of(auth);
    }
}
