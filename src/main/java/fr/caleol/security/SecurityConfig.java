package fr.caleol.security;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import fr.caleol.security.ui.LoginView;
import org.springframework.boot.health.actuate.endpoint.HealthEndpoint;
import org.springframework.boot.security.autoconfigure.actuate.web.servlet.EndpointRequest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.security.authorization.AuthorizationEventPublisher;
import org.springframework.security.authorization.SpringAuthorizationEventPublisher;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.config.http.SessionCreationPolicy;
import fr.caleol.security.domain.Role;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * Web security: Vaadin's login flow with CALEOL's login view, a new session id at login (Spring's default session
 * fixation protection), method security for {@code @RolesAllowed} and {@code @PreAuthorize} on services.
 *
 * <p>The actuator has a chain of its own, for machines: the health endpoint (and its liveness and readiness groups)
 * is open to load balancers; every other endpoint ({@code /actuator/prometheus}, {@code info}, {@code metrics})
 * needs an ADMIN account over HTTP Basic, without a session, as a monitoring system scrapes it.
 */
@Configuration
@EnableWebSecurity
@EnableMethodSecurity(jsr250Enabled = true)
class SecurityConfig {

    /**
     * What a page may load: only CALEOL itself. Vaadin's client runs inline bootstrap scripts and evaluates the
     * JavaScript the server sends ({@code executeJs}), and Lumo sets inline styles, hence 'unsafe-inline' and
     * 'unsafe-eval'; nothing may be loaded from elsewhere, framed, or posted elsewhere.
     */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self' 'unsafe-inline' "
            + "'unsafe-eval'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; "
            + "connect-src 'self'; media-src 'self'; object-src 'none'; frame-src 'self'; frame-ancestors 'none'; "
            + "base-uri 'self'; form-action 'self'";
    /** No camera, microphone, location or payment: the video conference opens in its own tab. */
    static final String PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=(), payment=(), usb=(), "
            + "interest-cohort=()";

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
    SecurityFilterChain securityFilterChain(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(requests -> requests
                .requestMatchers("/styles.css", "/icons/**", "/images/**").permitAll());
        http.sessionManagement(session -> session.sessionFixation(fixation -> fixation.changeSessionId()));
        http.headers(headers -> headers
                .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
                .permissionsPolicyHeader(permissions -> permissions.policy(PERMISSIONS_POLICY))
                .httpStrictTransportSecurity(hsts -> hsts.includeSubDomains(true).maxAgeInSeconds(31_536_000)));
        http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class));
        return http.build();
    }

    /** Publishes every authorization denial, which the audit log records (AccessDenialAudit). */
    @Bean
    AuthorizationEventPublisher authorizationEventPublisher(ApplicationEventPublisher events) {
        return new SpringAuthorizationEventPublisher(events);
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return new BCryptPasswordEncoder(12);
    }
}
