package fr.caleol.security.service;

import fr.caleol.security.domain.Role;
import java.util.Arrays;
import java.util.function.Supplier;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Work the server does on its own (scheduled jobs): it runs authenticated as the user "system" with the given roles,
 * so that the services' role checks and the audit log apply to it as to anyone, and the thread is left as it was.
 */
public final class SystemActor {

    public static final String NAME = "system";

    private SystemActor() {}

    public static <T> T call(Supplier<T> work, Role... roles) {
        var previous = SecurityContextHolder.getContext();
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(NAME, null,
                Arrays.stream(roles).map(r -> new SimpleGrantedAuthority(r.authority())).toList()));
        SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }
}
