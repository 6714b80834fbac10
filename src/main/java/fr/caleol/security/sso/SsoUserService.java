package fr.caleol.security.sso;

import fr.caleol.security.domain.AppUser;
import fr.caleol.security.service.AccountLocks;
import fr.caleol.security.service.SsoAccounts;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/**
 * After the provider has said who the person is: the CALEOL account that matches its claim (the e-mail address or
 * the user name), active and not locked, gives the user name and the roles; without one, the login is refused.
 */
class SsoUserService implements OAuth2UserService<OidcUserRequest, OidcUser> {

    private static final Logger log = LoggerFactory.getLogger(SsoUserService.class);
    /** The error the login page explains ("sso-refused"). */
    static final String NO_ACCOUNT = "caleol_no_account";

    private final OidcUserService provider = new OidcUserService();
    private final SsoProperties settings;
    private final SsoAccounts accounts;
    private final AccountLocks locks;

    SsoUserService(SsoProperties settings, SsoAccounts accounts, AccountLocks locks) {
        this.settings = settings;
        this.accounts = accounts;
        this.locks = locks;
    }

    @Override
    public OidcUser loadUser(OidcUserRequest request) {
        OidcUser person = provider.loadUser(request);
        Object claim = person.getClaims().get(settings.userClaim());
        String who = claim == null ? null : claim.toString().strip();
        AppUser account = who == null || who.isEmpty() ? null : accounts.matching(who).orElse(null);
        if (account == null || locks.lockedNow(account.getUsername())) {
            log.info("Single sign-on refused for {} = {}: no active CALEOL account", settings.userClaim(), who);
            accounts.auditRefusal(who == null ? "?" : who);
            throw new OAuth2AuthenticationException(new OAuth2Error(NO_ACCOUNT,
                    "No active CALEOL account matches this person", null));
        }
        List<SimpleGrantedAuthority> roles = account.getRoles().stream()
                .map(role -> new SimpleGrantedAuthority(role.authority())).toList();
        return new CaleolOidcUser(roles, person.getIdToken(), person.getUserInfo(), account.getUsername());
    }
}
