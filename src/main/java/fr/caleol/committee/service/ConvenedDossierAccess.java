package fr.caleol.committee.service;

import fr.caleol.committee.domain.AgendaCandidateRepository;
import fr.caleol.housing.service.DossierReadPermission;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Members convened to a sitting may read the dossiers of its candidates (unless they declared a conflict of
 * interest on that item), from the convocation until the sitting's minutes are published.
 */
@Component
class ConvenedDossierAccess implements DossierReadPermission {

    private final AgendaCandidateRepository candidates;

    ConvenedDossierAccess(AgendaCandidateRepository candidates) {
        this.candidates = candidates;
    }

    @Override
    @Transactional(readOnly = true)
    public boolean mayRead(String username, long applicationId) {
        return candidates.convenedMayRead(username, applicationId);
    }
}
