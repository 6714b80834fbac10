package fr.caleol.security.service;

import fr.caleol.security.domain.Role;
import java.util.Arrays;
import java.util.function.Supplier;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Work the server does on its own (scheduled jobs, demo data, a screen's clean-up): it runs authenticated, as the user
 * "system" with the given roles or as a given user, so that the services' role checks and the audit log apply to it
 * as to anyone, and the thread is left as it was.
 */
public final class SystemActor {

    public static final String NAME = "system";

    private SystemActor() {}

    /** Runs work as "system" with the given roles. */
    public static <T> T call(Supplier<T> work, Role... roles) {
        return callAs(NAME, work, roles);
    }

    /** Runs work as the named user with the given roles (the demo loader acting as its accounts). */
    public static <T> T callAs(String username, Supplier<T> work, Role... roles) {
        return callAs(UsernamePasswordAuthenticationToken.authenticated(username, null,
                Arrays.stream(roles).map(r -> new SimpleGrantedAuthority(r.authority())).toList()), work);
    }

    /**
     * Runs work as {@code who} (a user whose screen closed, so that what follows is theirs), leaving the thread's
     * security context as it was. The one place CALEOL sets a security context by hand.
     */
    public static <T> T callAs(Authentication who, Supplier<T> work) {
        var previous = SecurityContextHolder.getContext();
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(who);
        SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }
}
