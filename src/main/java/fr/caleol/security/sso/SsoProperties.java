package fr.caleol.security.sso;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.StringUtils;

/**
 * Single sign-on over OpenID Connect ({@code caleol.sso.*}, e.g. {@code CALEOL_SSO_ISSUER_URI}): off unless an issuer
 * and a client id are given. The provider tells who the person is; CALEOL decides whether they may come in (an active
 * account must match) and what they may do (the roles stay managed in CALEOL).
 *
 * @param issuerUri the provider's issuer, e.g. {@code https://auth.agentconnect.gouv.fr/api/v2} or a Keycloak realm
 * @param clientId the client id CALEOL is registered under at the provider
 * @param clientSecret its secret
 * @param userClaim the claim of the ID token (or user info) that names the person: an e-mail address (matched to the
 *     account's address) or a user name (matched to the account's user name)
 * @param providerName the provider's name on the login button ("Se connecter avec …")
 * @param scopes the scopes asked for
 */
@ConfigurationProperties("caleol.sso")
public record SsoProperties(String issuerUri, String clientId, String clientSecret,
        @DefaultValue("email") String userClaim, @DefaultValue("ProConnect") String providerName,
        @DefaultValue({"openid", "email", "profile"}) List<String> scopes) {

    /** The registration id, in CALEOL's URLs: {@code /oauth2/authorization/caleol}. */
    public static final String REGISTRATION = "caleol";

    public boolean enabled() {
        return StringUtils.hasText(issuerUri) && StringUtils.hasText(clientId);
    }

    /** Where the login button sends the browser. */
    public static String loginPath() {
        return "/oauth2/authorization/" + REGISTRATION;
    }
}
