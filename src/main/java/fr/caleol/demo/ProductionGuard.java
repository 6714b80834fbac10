package fr.caleol.demo;

import fr.caleol.security.domain.AppUserRepository;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * In production, refuses to start while a demo account with the published demo password exists in the database
 * (for instance after a copy of a demonstration database).
 */
@Component
@Profile("prod")
class ProductionGuard implements ApplicationRunner {

    private final AppUserRepository users;
    private final PasswordEncoder passwordEncoder;

    ProductionGuard(AppUserRepository users, PasswordEncoder passwordEncoder) {
        this.users = users;
        this.passwordEncoder = passwordEncoder;
    }

    @Override
    public void run(ApplicationArguments args) {
        for (DemoAccounts.Account account : DemoAccounts.ALL) {
            users.findByUsername(account.username())
                    .filter(user -> user.isActive() && passwordEncoder.matches(DemoAccounts.PASSWORD, user.getPasswordHash()))
                    .ifPresent(user -> {
                        throw new IllegalStateException("The 'prod' profile refuses to start: the demo account '"
                                + account.username() + "' still has the published demo password. Deactivate it or "
                                + "change its password first.");
                    });
        }
    }
}
