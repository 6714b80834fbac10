package fr.caleol.demo;

import fr.caleol.security.domain.AppUser;
import fr.caleol.security.domain.AppUserRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Loads the French demo data set once (when {@code caleol.demo.enabled}, the default on the embedded database): the
 * accounts, then the housing data ({@link DemoHousingData}); and prints the URL and the demo logins.
 */
@Component
@ConditionalOnProperty(name = DemoProperties.ENABLED, havingValue = "true")
class DemoData {

    private static final Logger log = LoggerFactory.getLogger(DemoData.class);

    private final AppUserRepository users;
    private final PasswordEncoder passwordEncoder;
    private final TransactionTemplate transaction;
    private final Environment environment;
    private final DemoHousingData housing;
    private final CommitteeDemo committeeDemo;
    private final DemoOutreachData outreach;
    private final DemoLedgerData ledger;

    DemoData(AppUserRepository users, PasswordEncoder passwordEncoder, TransactionTemplate transaction,
            Environment environment, DemoHousingData housing, CommitteeDemo committeeDemo,
            DemoOutreachData outreach, DemoLedgerData ledger) {
        this.outreach = outreach;
        this.ledger = ledger;
        this.committeeDemo = committeeDemo;
        this.users = users;
        this.passwordEncoder = passwordEncoder;
        this.transaction = transaction;
        this.environment = environment;
        this.housing = housing;
    }

    @EventListener(ApplicationReadyEvent.class)
    public void loadAndAnnounce() {
        transaction.executeWithoutResult(status -> loadAccounts());
        housing.loadOnce();
        transaction.executeWithoutResult(status -> committeeDemo.load());
        outreach.loadOnce();
        ledger.loadOnce();
        announce();
    }

    private void loadAccounts() {
        String hash = null;
        for (DemoAccounts.Account account : DemoAccounts.ALL) {
            if (!users.existsByUsername(account.username())) {
                hash = hash != null ? hash : passwordEncoder.encode(DemoAccounts.PASSWORD);
                AppUser user = new AppUser(account.username(), account.displayName(), hash, account.roles());
                // A reserved domain (RFC 2606): with the embedded SMTP server the mails show in "Boîte de test".
                user.setEmail(account.username() + "@" + DemoAccounts.MAIL_DOMAIN);
                users.save(user);
                log.info("Demo account created: {}", account.username());
            }
        }
    }

    private void announce() {
        String port = environment.getProperty("local.server.port", environment.getProperty("server.port", "8080"));
        StringBuilder banner = new StringBuilder("\n")
                .append("=================================================================\n")
                .append(" CALEOL est prêt / is ready: http://localhost:").append(port).append("/\n")
                .append(" Comptes de démonstration / demo logins (mot de passe / password: ")
                .append(DemoAccounts.PASSWORD).append(")\n");
        for (DemoAccounts.Account account : DemoAccounts.ALL) {
            banner.append(String.format("   %-14s %-16s %s%s%n", account.username(), account.displayName(),
                    account.roles(), account.seat() == null ? "" : " / " + account.seat()));
        }
        banner.append("=================================================================");
        log.info(banner.toString());
    }
}
