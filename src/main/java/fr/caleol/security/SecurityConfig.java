package fr.caleol.security;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import fr.caleol.security.ui.LoginView;
import org.springframework.boot.health.actuate.endpoint.HealthEndpoint;
import org.springframework.boot.security.autoconfigure.actuate.web.servlet.EndpointRequest;
import org.springframework.context.ApplicationEventPublisher;
import fr.caleol.security.service.AccountLocks;
import fr.caleol.security.service.LoginThrottle;
import org.springframework.context.annotation.Bean;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.authentication.AccountStatusUserDetailsChecker;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
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
    SecurityFilterChain securityFilterChain(HttpSecurity http, LoginThrottle throttle) throws Exception {
        http.addFilterBefore(new LoginThrottleFilter(throttle), UsernamePasswordAuthenticationFilter.class);
        http.authorizeHttpRequests(requests -> requests
                .requestMatchers("/styles.css", "/icons/**", "/images/**").permitAll());
        http.sessionManagement(session -> session.sessionFixation(fixation -> fixation.changeSessionId()));
        // Content-Security-Policy, Referrer-Policy, Permissions-Policy: SecurityHeaders, on every response.
        http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class));
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
