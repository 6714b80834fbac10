package fr.caleol.housing.service;

import fr.caleol.housing.domain.ApplicationHistoryEntry;
import fr.caleol.housing.domain.ApplicationHistoryRepository;
import fr.caleol.housing.domain.ApplicationStatus;
import fr.caleol.housing.domain.DwellingRepository;
import fr.caleol.housing.domain.DwellingStatus;
import fr.caleol.housing.domain.HousingApplicationRepository;
import java.time.Clock;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Applies the committee's decisions to applications and dwellings, with a history line each. Called by the
 * committee feature inside its own transaction, after its own role and object checks (hence no role check here,
 * like the audit log).
 */
@Component
public class HousingDecisions {

    private final HousingApplicationRepository applications;
    private final DwellingRepository dwellings;
    private final ApplicationHistoryRepository history;
    private final Clock clock;

    HousingDecisions(HousingApplicationRepository applications, DwellingRepository dwellings,
            ApplicationHistoryRepository history, Clock clock) {
        this.applications = applications;
        this.dwellings = dwellings;
        this.history = history;
        this.clock = clock;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void setApplicationStatus(long applicationId, ApplicationStatus status, String actor, String details) {
        applications.findById(applicationId).ifPresent(application -> {
            application.setStatus(status);
            history.save(new ApplicationHistoryEntry(applicationId, clock.instant(), actor,
                    ApplicationHistoryEntry.Kind.STATUS_CHANGED, status, details));
        });
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void setDwellingStatus(long dwellingId, DwellingStatus status) {
        dwellings.findById(dwellingId).ifPresent(dwelling -> dwelling.setStatus(status));
    }
}
