package fr.caleol.housing.service;

import fr.caleol.audit.domain.AuditAction;
import fr.caleol.audit.service.AuditLog;
import fr.caleol.base.errors.BusinessException;
import fr.caleol.base.events.EventBus;
import fr.caleol.housing.domain.ApplicationHistoryEntry;
import fr.caleol.housing.domain.ApplicationHistoryRepository;
import fr.caleol.housing.domain.ApplicationStatus;
import fr.caleol.housing.domain.Candidacy;
import fr.caleol.housing.domain.CandidacyRepository;
import fr.caleol.housing.domain.Dwelling;
import fr.caleol.housing.domain.DwellingRepository;
import fr.caleol.housing.domain.DwellingStatus;
import fr.caleol.housing.domain.HousingApplication;
import fr.caleol.housing.domain.HousingApplicationRepository;
import fr.caleol.security.service.CurrentUser;
import jakarta.annotation.security.RolesAllowed;
import jakarta.persistence.criteria.Predicate;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The dwellings of the stock and the candidates the secretary proposes for each vacant one. */
@Service
@RolesAllowed({"SECRETARY", "ADMIN"})
public class DwellingService {

    private final DwellingRepository dwellings;
    private final HousingApplicationRepository applications;
    private final CandidacyRepository candidacies;
    private final ApplicationHistoryRepository history;
    private final AuditLog auditLog;
    private final EventBus eventBus;
    private final CurrentUser currentUser;
    private final Clock clock;

    DwellingService(DwellingRepository dwellings, HousingApplicationRepository applications,
            CandidacyRepository candidacies, ApplicationHistoryRepository history, AuditLog auditLog,
            EventBus eventBus, CurrentUser currentUser, Clock clock) {
        this.dwellings = dwellings;
        this.applications = applications;
        this.candidacies = candidacies;
        this.history = history;
        this.auditLog = auditLog;
        this.eventBus = eventBus;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** A page of dwellings with their communes (one query: the commune is fetched with the dwelling). */
    @Transactional(readOnly = true)
    public List<Dwelling> list(DwellingFilter filter, Pageable pageable) {
        return dwellings.findBy(specification(filter), q -> q.project("commune").slice(pageable)).getContent();
    }

    @Transactional(readOnly = true)
    public long count(DwellingFilter filter) {
        return dwellings.count(specification(filter));
    }

    @Transactional(readOnly = true)
    public Dwelling get(long id) {
        return dwellings.findWithCommuneById(id).orElseThrow(() -> new BusinessException("housing.error.dwellingNotFound"));
    }

    /** The candidates of a dwelling, in the order proposed, with their applications. */
    @Transactional(readOnly = true)
    public List<Candidacy> candidates(long dwellingId) {
        return candidacies.findByDwelling(dwellingId);
    }

    /** Proposes an active application as the next candidate for a vacant dwelling. */
    @Transactional
    public Candidacy propose(long dwellingId, long applicationId) {
        Dwelling dwelling = get(dwellingId);
        HousingApplication application = applications.findById(applicationId)
                .orElseThrow(() -> new BusinessException("housing.error.applicationNotFound"));
        if (dwelling.getStatus() != DwellingStatus.VACANT && dwelling.getStatus() != DwellingStatus.PROPOSED) {
            throw new BusinessException("housing.error.dwellingNotVacant", dwelling.getReference());
        }
        if (application.getStatus() != ApplicationStatus.ACTIVE && application.getStatus() != ApplicationStatus.PROPOSED) {
            throw new BusinessException("housing.error.applicationNotActive", application.getNumeroUnique().formatted());
        }
        if (candidacies.existsByDwellingIdAndApplicationId(dwellingId, applicationId)) {
            throw new BusinessException("housing.error.alreadyCandidate");
        }
        String username = currentUser.requireUsername();
        Candidacy candidacy = candidacies.save(new Candidacy(dwelling, application,
                candidacies.countByDwellingId(dwellingId) + 1, clock.instant(), username));
        application.setStatus(ApplicationStatus.PROPOSED);
        dwelling.setStatus(DwellingStatus.PROPOSED);
        history.save(new ApplicationHistoryEntry(applicationId, clock.instant(), username,
                ApplicationHistoryEntry.Kind.PROPOSED, ApplicationStatus.PROPOSED, dwelling.getReference()));
        auditLog.record(AuditAction.CANDIDATE_PROPOSED, "dwelling", dwellingId, "application " + applicationId);
        eventBus.publish(new DwellingChangedEvent(dwellingId));
        return candidacy;
    }

    private static Specification<Dwelling> specification(DwellingFilter filter) {
        return (root, query, cb) -> {
            List<Predicate> predicates = new ArrayList<>();
            if (filter.text() != null && !filter.text().isBlank()) {
                String like = "%" + filter.text().trim() + "%";
                predicates.add(cb.or(cb.like(root.get("reference"), like), cb.like(root.get("address"), like)));
            }
            if (filter.status() != null) {
                predicates.add(cb.equal(root.get("status"), filter.status()));
            }
            if (filter.communeId() != null) {
                predicates.add(cb.equal(root.get("commune").get("id"), filter.communeId()));
            }
            if (filter.type() != null) {
                predicates.add(cb.equal(root.get("type"), filter.type()));
            }
            if (filter.financing() != null) {
                predicates.add(cb.equal(root.get("financing"), filter.financing()));
            }
            if (filter.reservataire() != null) {
                predicates.add(cb.equal(root.get("reservataire"), filter.reservataire()));
            }
            return cb.and(predicates.toArray(Predicate[]::new));
        };
    }
}
