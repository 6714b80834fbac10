package fr.caleol.security;

import static org.assertj.core.api.Assertions.assertThat;

import fr.caleol.security.service.LoginThrottle;
import jakarta.servlet.FilterChain;
import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

class LoginThrottleTest {

    /** A clock the test moves by hand. */
    static final class MovingClock extends Clock {
        final AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2026-12-07T08:00:00Z"));

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now.get();
        }
    }

    private static LoginThrottle throttle(Clock clock) throws Exception {
        Constructor<LoginThrottle> constructor = LoginThrottle.class.getDeclaredConstructor(Clock.class);
        constructor.setAccessible(true);
        return constructor.newInstance(clock);
    }

    private static void fail(LoginThrottle throttle, String address) throws Exception {
        Method failed = LoginThrottle.class.getDeclaredMethod("failed", String.class);
        failed.setAccessible(true);
        failed.invoke(throttle, address);
    }

    @Test
    void an_address_that_failed_twenty_times_waits_until_the_oldest_failure_is_fifteen_minutes_old() throws Exception {
        MovingClock clock = new MovingClock();
        LoginThrottle throttle = throttle(clock);
        for (int i = 0; i < LoginThrottle.MAX_FAILURES - 1; i++) {
            fail(throttle, "203.0.113.7");
        }
        assertThat(throttle.throttled("203.0.113.7")).isFalse();
        fail(throttle, "203.0.113.7");
        assertThat(throttle.throttled("203.0.113.7")).isTrue();
        assertThat(throttle.throttled("198.51.100.1")).as("another address").isFalse();
        clock.now.set(clock.now.get().plus(LoginThrottle.WINDOW).plus(Duration.ofSeconds(1)));
        assertThat(throttle.throttled("203.0.113.7")).isFalse();
    }

    @Test
    void a_throttled_address_is_sent_back_to_the_login_page_without_trying_the_password() throws Exception {
        LoginThrottle throttle = throttle(new MovingClock());
        for (int i = 0; i < LoginThrottle.MAX_FAILURES; i++) {
            fail(throttle, "203.0.113.9");
        }
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/login");
        request.setServletPath("/login");
        request.setRemoteAddr("203.0.113.9");
        MockHttpServletResponse response = new MockHttpServletResponse();
        boolean[] passed = {false};
        FilterChain chain = (req, res) -> passed[0] = true;
        new LoginThrottleFilter(throttle).doFilter(request, response, chain);
        assertThat(passed[0]).isFalse();
        assertThat(response.getRedirectedUrl()).isEqualTo("/login?trop-de-tentatives");

        MockHttpServletRequest other = new MockHttpServletRequest("POST", "/login");
        other.setServletPath("/login");
        other.setRemoteAddr("198.51.100.2");
        new LoginThrottleFilter(throttle).doFilter(other, new MockHttpServletResponse(), chain);
        assertThat(passed[0]).isTrue();
    }
}
