package fr.caleol.security;

import com.vaadin.flow.spring.security.UidlRedirectStrategy;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import fr.caleol.security.domain.Role;
import fr.caleol.security.service.AccountLocks;
import fr.caleol.security.service.LoginThrottle;
import fr.caleol.security.ui.LoginView;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.health.actuate.endpoint.HealthEndpoint;
import org.springframework.boot.security.autoconfigure.actuate.web.servlet.EndpointRequest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.AccountStatusUserDetailsChecker;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.authorization.AuthorizationEventPublisher;
import org.springframework.security.authorization.SpringAuthorizationEventPublisher;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.web.logout.OidcClientInitiatedLogoutSuccessHandler;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;

/**
 * Web security: Vaadin's login flow with CALEOL's login view, a new session id at login (Spring's default session
 * fixation protection), method security for {@code @RolesAllowed} and {@code @PreAuthorize} on services; single
 * sign-on over OpenID Connect beside the local accounts when {@code caleol.sso.*} names a provider.
 *
 * <p>The actuator has a chain of its own, for machines: the health endpoint (and its liveness and readiness groups)
 * is open to load balancers; every other endpoint ({@code /actuator/prometheus}, {@code info}, {@code metrics})
 * needs an ADMIN account over HTTP Basic, without a session, as a monitoring system scrapes it.
 */
@Configuration
@EnableWebSecurity
@EnableMethodSecurity(jsr250Enabled = true)
class SecurityConfig {


    @Bean
    @Order(1)
    SecurityFilterChain actuatorFilterChain(HttpSecurity http) throws Exception {
        http.securityMatcher(EndpointRequest.toAnyEndpoint())
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(EndpointRequest.to(HealthEndpoint.class)).permitAll()
                        .anyRequest().hasRole(Role.Names.ADMIN))
                .httpBasic(basic -> basic.authenticationEntryPoint(SecurityConfig::challenge))
                .exceptionHandling(exceptions -> exceptions.authenticationEntryPoint(SecurityConfig::challenge)
                        .accessDeniedHandler((request, response, denied) ->
                                response.setStatus(HttpServletResponse.SC_FORBIDDEN)))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable());
        return http.build();
    }

    /**
     * A 401 with the Basic challenge, never the login page: the callers are machines. The status is set rather than
     * sent as an error, whose error page would fall to the application's chain and redirect to the login.
     */
    private static void challenge(HttpServletRequest request, HttpServletResponse response,
            AuthenticationException failure) {
        response.setHeader("WWW-Authenticate", "Basic realm=\"CALEOL actuator\", charset=\"UTF-8\"");
        response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
    }

    @Bean
    @Order(2)
    SecurityFilterChain securityFilterChain(HttpSecurity http, LoginThrottle throttle,
            ObjectProvider<ClientRegistrationRepository> providers,
            ObjectProvider<OAuth2UserService<OidcUserRequest, OidcUser>> ssoUsers) throws Exception {
        http.addFilterBefore(new LoginThrottleFilter(throttle), UsernamePasswordAuthenticationFilter.class);
        http.authorizeHttpRequests(requests -> requests
                .requestMatchers("/styles.css", "/icons/**", "/images/**").permitAll());
        http.sessionManagement(session -> session.sessionFixation(fixation -> fixation.changeSessionId()));
        // Content-Security-Policy, Referrer-Policy, Permissions-Policy: SecurityHeaders, on every response.
        ClientRegistrationRepository provider = providers.getIfAvailable();
        if (provider == null) {
            http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class));
            return http.build();
        }
        // Single sign-on beside the local accounts: the provider's answer goes through SsoUserService (an active
        // CALEOL account must match); a refusal comes back to the login page, which explains it; logging out ends
        // the provider's session too (RP-initiated logout), then returns to the login page.
        OidcClientInitiatedLogoutSuccessHandler logout = new OidcClientInitiatedLogoutSuccessHandler(provider);
        logout.setPostLogoutRedirectUri("{baseUrl}/login");
        logout.setDefaultTargetUrl("/login");
        // the logout happens in a Vaadin request: the browser is sent on by the UI, as Vaadin's own handlers do
        logout.setRedirectStrategy(new UidlRedirectStrategy());
        http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class)
                .logoutSuccessHandler(logout));
        // After Vaadin's configuration, so that its request cache and entry point stay those of the local login.
        http.oauth2Login(login -> login.loginPage("/login")
                .userInfoEndpoint(info -> info.oidcUserService(ssoUsers.getObject()))
                .failureHandler(new SimpleUrlAuthenticationFailureHandler("/login?" + LoginView.SSO_REFUSED)));
        return http.build();
    }

    /** Publishes every authorization denial, which the audit log records (AccessDenialAudit). */
    @Bean
    AuthorizationEventPublisher authorizationEventPublisher(ApplicationEventPublisher events) {
        return new SpringAuthorizationEventPublisher(events);
    }

    /**
     * Logins: the password is always checked first, and only then whether the account is locked or disabled, read
     * afresh: a locked account takes as long to answer as an open one (no telling them apart by timing), and an
     * attempt that started before the fifth failure was counted still meets the lock when it ends.
     */
    @Bean
    DaoAuthenticationProvider authenticationProvider(UserDetailsService users, PasswordEncoder passwordEncoder,
            AccountLocks locks) {
        DaoAuthenticationProvider provider = new DaoAuthenticationProvider(users);
        provider.setPasswordEncoder(passwordEncoder);
        AccountStatusUserDetailsChecker status = new AccountStatusUserDetailsChecker();
        provider.setPreAuthenticationChecks(user -> { });
        provider.setPostAuthenticationChecks(user -> {
            status.check(user);
            if (locks.lockedNow(user.getUsername())) {
                throw new LockedException("Account locked");
            }
        });
        return provider;
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return new BCryptPasswordEncoder(12);
    }
}
