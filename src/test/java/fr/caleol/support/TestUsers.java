package fr.caleol.support;

import fr.caleol.security.domain.Role;
import java.util.Arrays;
import java.util.UUID;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.User;

/** Acting as a given user in tests, and unique names so that tests never collide on a persistent database. */
public final class TestUsers {

    private TestUsers() {}

    public static void actAs(String username, Role... roles) {
        var authorities = Arrays.stream(roles).map(role -> new SimpleGrantedAuthority(role.authority())).toList();
        var principal = new User(username, "n/a", authorities);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(principal, null, authorities));
    }

    public static void anonymous() {
        SecurityContextHolder.clearContext();
    }

    public static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }
}
