package fr.caleol.security.service;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * Failed logins per network address: past {@value #MAX_FAILURES} failures within {@link #WINDOW} from one address,
 * that address may not try again until the oldest failure leaves the window. The per-account lockout alone let
 * anyone lock the committee's members out before a sitting; this stops one machine from trying many accounts.
 * In memory, per node (a node restart forgets it; the account lockout stays in the database).
 */
@Component
public class LoginThrottle {

    public static final int MAX_FAILURES = 20;
    public static final Duration WINDOW = Duration.ofMinutes(15);
    /** Addresses remembered at most, so that a flood of forged addresses cannot fill the memory. */
    static final int MAX_ADDRESSES = 100_000;

    private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();
    private final Clock clock;

    LoginThrottle(Clock clock) {
        this.clock = clock;
    }

    /** True when this address has failed too often lately and must wait. */
    public boolean throttled(String address) {
        Deque<Instant> recent = failures.get(address);
        if (recent == null) {
            return false;
        }
        synchronized (recent) {
            prune(recent);
            return recent.size() >= MAX_FAILURES;
        }
    }

    void failed(String address) {
        if (address == null) {
            return;
        }
        if (failures.size() >= MAX_ADDRESSES) {
            failures.entrySet().removeIf(e -> {
                synchronized (e.getValue()) {
                    prune(e.getValue());
                    return e.getValue().isEmpty();
                }
            });
        }
        Deque<Instant> recent = failures.computeIfAbsent(address, a -> new ArrayDeque<>());
        synchronized (recent) {
            prune(recent);
            recent.addLast(clock.instant());
        }
    }

    void succeeded(String address) {
        if (address != null) {
            failures.remove(address);
        }
    }

    private void prune(Deque<Instant> recent) {
        Instant oldest = clock.instant().minus(WINDOW);
        while (!recent.isEmpty() && recent.peekFirst().isBefore(oldest)) {
            recent.pollFirst();
        }
    }
}
