package fr.caleol.security.sso;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.ClientRegistrations;

/**
 * The provider's registration, read from its discovery document ({@code /.well-known/openid-configuration}) the
 * first time someone logs in through it, then kept: CALEOL starts, and local accounts work, while the provider is
 * unreachable; a later attempt tries again.
 */
class ProviderRegistration implements ClientRegistrationRepository {

    private static final Logger log = LoggerFactory.getLogger(ProviderRegistration.class);

    private final SsoProperties settings;
    private volatile ClientRegistration registration;

    ProviderRegistration(SsoProperties settings) {
        this.settings = settings;
    }

    @Override
    public ClientRegistration findByRegistrationId(String registrationId) {
        if (!SsoProperties.REGISTRATION.equals(registrationId)) {
            return null;
        }
        ClientRegistration known = registration;
        if (known != null) {
            return known;
        }
        synchronized (this) {
            if (registration == null) {
                try {
                    registration = ClientRegistrations.fromIssuerLocation(settings.issuerUri())
                            .registrationId(SsoProperties.REGISTRATION)
                            .clientId(settings.clientId())
                            .clientSecret(settings.clientSecret())
                            .scope(settings.scopes())
                            .redirectUri("{baseUrl}/login/oauth2/code/{registrationId}")
                            .clientName(settings.providerName())
                            .build();
                } catch (RuntimeException e) {
                    log.error("Single sign-on: the provider {} cannot be reached or read: {}", settings.issuerUri(),
                            e.getMessage());
                    throw e;
                }
            }
            return registration;
        }
    }
}
