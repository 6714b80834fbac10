package fr.caleol.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The browser-side protections on every response, the pages Vaadin serves outside Spring Security's chain (the login
 * page, its resources) included, which is why this is a servlet filter of its own, first of all:
 * <ul>
 *   <li>a Content-Security-Policy that Vaadin runs under: only CALEOL itself; Flow's inline bootstrap and the
 *       JavaScript the server sends ({@code executeJs}) need 'unsafe-inline' and 'unsafe-eval', Lumo inline styles;
 *       no framing, no plug-ins, forms only to CALEOL;</li>
 *   <li>Referrer-Policy strict-origin-when-cross-origin (a sitting's address never leaks to the video service);</li>
 *   <li>a Permissions-Policy without camera, microphone, location or payment (the video conference has its tab);</li>
 *   <li>X-Content-Type-Options nosniff, and HSTS on https (the proxy's forwarded headers say so).</li>
 * </ul>
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class SecurityHeaders extends OncePerRequestFilter {

    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self' 'unsafe-inline' "
            + "'unsafe-eval'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; "
            + "connect-src 'self'; media-src 'self'; object-src 'none'; frame-src 'self'; frame-ancestors 'none'; "
            + "base-uri 'self'; form-action 'self'";
    static final String PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=(), payment=(), usb=(), "
            + "interest-cohort=()";
    static final String HSTS = "max-age=31536000 ; includeSubDomains";

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        response.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        response.setHeader("Referrer-Policy", "strict-origin-when-cross-origin");
        response.setHeader("Permissions-Policy", PERMISSIONS_POLICY);
        response.setHeader("X-Content-Type-Options", "nosniff");
        if (request.isSecure()) {
            response.setHeader("Strict-Transport-Security", HSTS);
        }
        chain.doFilter(request, response);
    }
}
