package fr.caleol.committee.service;

import fr.caleol.committee.domain.AgendaCandidateRepository;
import fr.caleol.housing.service.DossierReadPermission;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Members convened to a sitting may read the dossiers of the candidates of the items their seat sits on (the mayor:
 * his commune's dwellings; the réservataire: its contingent; not an item where they declared a conflict of
 * interest), from the convocation until the sitting's minutes are published, or at most
 * {@code caleol.committee.dossier-access-after-close} (30 days) after the sitting closed.
 */
@Component
class ConvenedDossierAccess implements DossierReadPermission {

    private final AgendaCandidateRepository candidates;
    private final CommitteeProperties settings;
    private final java.time.Clock clock;

    ConvenedDossierAccess(AgendaCandidateRepository candidates, CommitteeProperties settings, java.time.Clock clock) {
        this.candidates = candidates;
        this.settings = settings;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public boolean mayRead(String username, long applicationId) {
        return candidates.convenedMayRead(username, applicationId,
                clock.instant().minus(settings.dossierAccessAfterClose()));
    }
}
