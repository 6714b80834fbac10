package fr.caleol.security.service;

import fr.caleol.security.domain.AppUserRepository;
import java.time.Clock;
import java.util.Locale;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Whether an account is locked now, read from the database at the moment of asking (the login's last check). */
@Component
public class AccountLocks {

    private final AppUserRepository users;
    private final Clock clock;

    AccountLocks(AppUserRepository users, Clock clock) {
        this.users = users;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public boolean lockedNow(String username) {
        return users.findByUsername(username.strip().toLowerCase(Locale.ROOT))
                .map(user -> user.isLockedAt(clock.instant())).orElse(false);
    }
}
