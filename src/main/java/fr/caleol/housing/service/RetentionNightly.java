package fr.caleol.housing.service;

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

/** Nightly at 03:00 (Paris), as the system: the applications whose retention period is over are anonymised. */
@Component
class RetentionNightly {

    private static final Logger log = LoggerFactory.getLogger(RetentionNightly.class);

    private final ApplicationRetention retention;

    RetentionNightly(ApplicationRetention retention) {
        this.retention = retention;
    }

    @Scheduled(cron = "${caleol.housing.retention-cron:0 0 3 * * *}", zone = "Europe/Paris")
    void run() {
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated("system", null,
                List.of(new SimpleGrantedAuthority(Role.ADMIN.authority()))));
        SecurityContextHolder.setContext(context);
        try {
            log.info("Retention: {} applications anonymised",
                    retention.anonymiseExpired(LocalDate.now(LandlordTime.ZONE)));
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
