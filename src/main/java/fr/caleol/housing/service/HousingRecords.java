package fr.caleol.housing.service;

import fr.caleol.housing.domain.Candidacy;
import fr.caleol.housing.domain.CandidacyRepository;
import fr.caleol.housing.domain.Commune;
import fr.caleol.housing.domain.CommuneRepository;
import fr.caleol.housing.domain.Dwelling;
import fr.caleol.housing.domain.DwellingRepository;
import fr.caleol.housing.domain.HousingApplication;
import fr.caleol.housing.domain.HousingApplicationRepository;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the committee reads of the housing register: communes by code, dwellings and applications by id, a
 * dwelling's candidates. Called inside the committee's own transaction, after its own role and object checks (hence
 * no role check here, as in {@link HousingDecisions}); the housing repositories stay inside the housing feature.
 */
@Component
public class HousingRecords {

    private final CommuneRepository communes;
    private final DwellingRepository dwellings;
    private final HousingApplicationRepository applications;
    private final CandidacyRepository candidacies;

    HousingRecords(CommuneRepository communes, DwellingRepository dwellings,
            HousingApplicationRepository applications, CandidacyRepository candidacies) {
        this.communes = communes;
        this.dwellings = dwellings;
        this.applications = applications;
        this.candidacies = candidacies;
    }

    @Transactional(propagation = Propagation.MANDATORY, readOnly = true)
    public Optional<Commune> commune(String inseeCode) {
        return communes.findByInseeCode(inseeCode);
    }

    @Transactional(propagation = Propagation.MANDATORY, readOnly = true)
    public Optional<Dwelling> dwelling(long id) {
        return dwellings.findById(id);
    }

    @Transactional(propagation = Propagation.MANDATORY, readOnly = true)
    public List<Dwelling> dwellings(Collection<Long> ids) {
        return dwellings.findAllById(ids);
    }

    @Transactional(propagation = Propagation.MANDATORY, readOnly = true)
    public List<HousingApplication> applications(Collection<Long> ids) {
        return applications.findAllById(ids);
    }

    /** The dwelling's candidates in the order proposed, with their applications. */
    @Transactional(propagation = Propagation.MANDATORY, readOnly = true)
    public List<Candidacy> candidates(long dwellingId) {
        return candidacies.findByDwelling(dwellingId);
    }
}
