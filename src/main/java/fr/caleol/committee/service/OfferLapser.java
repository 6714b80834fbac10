package fr.caleol.committee.service;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** Lapses the offers whose reply deadline has passed (no answer counts as a refusal) and passes them on. */
@Component
class OfferLapser {

    private static final Logger log = LoggerFactory.getLogger(OfferLapser.class);

    private final FollowUpService followUp;

    OfferLapser(FollowUpService followUp) {
        this.followUp = followUp;
    }

    @Scheduled(fixedDelayString = "${caleol.committee.offer-lapse-check:PT1H}")
    void lapseOverdueOffers() {
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated("system", null, List.of()));
        SecurityContextHolder.setContext(context);
        int lapsed;
        try {
            lapsed = followUp.lapseOverdueOffers();
        } finally {
            SecurityContextHolder.clearContext();
        }
        if (lapsed > 0) {
            log.info("Lapsed {} offer(s) not answered by their deadline", lapsed);
        }
    }
}
