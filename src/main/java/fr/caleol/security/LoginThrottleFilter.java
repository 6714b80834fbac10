package fr.caleol.security;

import fr.caleol.security.service.LoginThrottle;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A login from an address that failed too often lately is not even tried: the browser goes back to the login page,
 * which says to wait ({@link LoginThrottle}).
 */
class LoginThrottleFilter extends OncePerRequestFilter {

    static final String THROTTLED = "trop-de-tentatives";

    private final LoginThrottle throttle;

    LoginThrottleFilter(LoginThrottle throttle) {
        this.throttle = throttle;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !("POST".equals(request.getMethod()) && "/login".equals(request.getServletPath()));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (throttle.throttled(request.getRemoteAddr())) {
            response.sendRedirect(request.getContextPath() + "/login?" + THROTTLED);
            return;
        }
        chain.doFilter(request, response);
    }
}
