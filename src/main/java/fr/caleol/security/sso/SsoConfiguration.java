package fr.caleol.security.sso;

import fr.caleol.security.service.AccountLocks;
import fr.caleol.security.service.SsoAccounts;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;

/** The single sign-on beans, present only when an issuer and a client id are configured. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${caleol.sso.issuer-uri:}' != '' and '${caleol.sso.client-id:}' != ''")
class SsoConfiguration {

    @Bean
    ClientRegistrationRepository clientRegistrationRepository(SsoProperties settings) {
        return new ProviderRegistration(settings);
    }

    @Bean
    SsoUserService ssoUserService(SsoProperties settings, SsoAccounts accounts, AccountLocks locks) {
        return new SsoUserService(settings, accounts, locks);
    }
}
