package fr.caleol.security.sso;

import java.util.Collection;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.OidcUserInfo;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;

/** A person logged in through the provider, known in CALEOL by their account's user name and its roles. */
class CaleolOidcUser extends DefaultOidcUser {

    private final String username;

    CaleolOidcUser(Collection<? extends GrantedAuthority> authorities, OidcIdToken idToken, OidcUserInfo userInfo,
            String username) {
        super(authorities, idToken, userInfo);
        this.username = username;
    }

    /** The CALEOL user name: what audits, sessions and checks see. */
    @Override
    public String getName() {
        return username;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof CaleolOidcUser that && super.equals(that) && username.equals(that.username);
    }

    @Override
    public int hashCode() {
        return 31 * super.hashCode() + username.hashCode();
    }
}
