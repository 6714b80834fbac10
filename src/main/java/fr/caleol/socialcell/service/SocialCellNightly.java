package fr.caleol.socialcell.service;

import fr.caleol.base.domain.LandlordTime;
import fr.caleol.security.domain.Role;
import java.time.LocalDate;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** Nightly: the same path as after a ledger import ({@link LedgerUpdates#daily}): plan payments, detection, breaches. */
@Component
class SocialCellNightly {

    private static final Logger log = LoggerFactory.getLogger(SocialCellNightly.class);

    private final LedgerUpdates updates;

    SocialCellNightly(LedgerUpdates updates) {
        this.updates = updates;
    }

    @Scheduled(cron = "${caleol.socialcell.nightly:0 30 2 * * *}", zone = "Europe/Paris")
    void run() {
        var context = SecurityContextHolder.createEmptyContext();
        var authorities = List.of(new SimpleGrantedAuthority(Role.ADMIN.authority()));
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated("system", null, authorities));
        SecurityContextHolder.setContext(context);
        try {
            LocalDate today = LocalDate.now(LandlordTime.ZONE);
            log.info("Nightly social cell run: {}", updates.daily(today));
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
