package fr.caleol.socialcell.service;

import fr.caleol.base.domain.LandlordTime;
import fr.caleol.security.domain.Role;
import fr.caleol.security.service.SystemActor;
import java.time.LocalDate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Nightly: the same path as after a ledger import ({@link LedgerUpdates#daily}): plan payments, detection, breaches. */
@Component
class SocialCellNightly {

    private static final Logger log = LoggerFactory.getLogger(SocialCellNightly.class);

    private final LedgerUpdates updates;

    SocialCellNightly(LedgerUpdates updates) {
        this.updates = updates;
    }

    @Scheduled(cron = "${caleol.socialcell.nightly:" + SocialCellProperties.NIGHTLY + "}", zone = "Europe/Paris")
    void run() {
        LocalDate today = LocalDate.now(LandlordTime.ZONE);
        log.info("Nightly social cell run: {}", SystemActor.call(() -> updates.daily(today), Role.ADMIN));
    }
}
