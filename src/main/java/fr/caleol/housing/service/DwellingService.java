package fr.caleol.housing.service;

import fr.caleol.audit.domain.AuditAction;
import fr.caleol.audit.service.AuditLog;
import fr.caleol.base.domain.LandlordTime;
import fr.caleol.base.errors.BusinessException;
import fr.caleol.base.events.EventBus;
import fr.caleol.housing.domain.ApplicationHistoryEntry;
import fr.caleol.housing.domain.ApplicationHistoryRepository;
import fr.caleol.housing.domain.ApplicationStatus;
import fr.caleol.housing.domain.Candidacy;
import fr.caleol.housing.domain.CandidacyRepository;
import fr.caleol.housing.domain.Commune;
import fr.caleol.housing.domain.CommuneRepository;
import fr.caleol.housing.domain.Dwelling;
import fr.caleol.housing.domain.DwellingRepository;
import fr.caleol.housing.domain.DwellingStatus;
import fr.caleol.housing.domain.HousingApplication;
import fr.caleol.housing.domain.HousingApplicationRepository;
import fr.caleol.security.domain.Role;
import fr.caleol.security.service.CurrentUser;
import jakarta.annotation.security.RolesAllowed;
import jakarta.persistence.criteria.Predicate;
import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/** The dwellings of the stock and the candidates the secretary proposes for each vacant one. */
@Service
@Validated
@RolesAllowed({Role.Names.SECRETARY, Role.Names.ADMIN})
public class DwellingService {

    private final DwellingRepository dwellings;
    private final CommuneRepository communes;
    private final HousingApplicationRepository applications;
    private final CandidacyRepository candidacies;
    private final ApplicationHistoryRepository history;
    private final AuditLog auditLog;
    private final EventBus eventBus;
    private final CurrentUser currentUser;
    private final Clock clock;

    DwellingService(DwellingRepository dwellings, CommuneRepository communes, HousingApplicationRepository applications,
            CandidacyRepository candidacies, ApplicationHistoryRepository history, AuditLog auditLog,
            EventBus eventBus, CurrentUser currentUser, Clock clock) {
        this.dwellings = dwellings;
        this.communes = communes;
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
        Pageable stable = stableOrder(pageable);
        return dwellings.findBy(specification(filter), q -> q.project("commune").slice(stable)).getContent();
    }

    /** By reference unless asked otherwise, the id breaking ties, so that pages neither overlap nor skip rows. */
    private static Pageable stableOrder(Pageable pageable) {
        Sort sort = pageable.getSort().isUnsorted() ? Sort.by("reference") : pageable.getSort();
        if (sort.getOrderFor("id") == null) {
            sort = sort.and(Sort.by("id"));
        }
        return pageable.isUnpaged() ? pageable : PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(), sort);
    }

    /**
     * Adds a dwelling to the stock, vacant. Refused when the reference is taken or the commune unknown; amounts,
     * surface and floor are checked by the form's constraints, here as in the UI.
     */
    @Transactional
    public Dwelling create(@Valid DwellingForm form) {
        String reference = form.reference().trim();
        if (dwellings.existsByReference(reference)) {
            throw new BusinessException("housing.error.referenceTaken", reference);
        }
        Commune commune = communes.findByInseeCode(form.communeInseeCode())
                .orElseThrow(() -> new BusinessException("housing.error.unknownCommune", form.communeInseeCode()));
        Dwelling dwelling = new Dwelling(reference, form.address().trim(), commune, form.type(), form.surface(),
                form.floor(), form.lift(), form.reducedMobility(), form.monthlyRent(), form.monthlyCharges(),
                form.financing(), form.reservataire());
        LocalDate today = LandlordTime.today(clock);
        if (form.vacantSince() != null && form.vacantSince().isAfter(today)) {
            throw new BusinessException("housing.error.vacantSinceFuture");
        }
        dwelling.situate(form.qpv(), form.vacantSince() != null ? form.vacantSince() : today);
        try {
            dwellings.saveAndFlush(dwelling);
        } catch (DataIntegrityViolationException e) {
            // another secretary took the reference between the check and the insert
            throw new BusinessException("housing.error.referenceTaken", reference);
        }
        eventBus.publish(new DwellingChangedEvent(dwelling.getId()));
        return dwelling;
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
        // locked: two secretaries proposing at once would otherwise give two candidates the same position
        Dwelling dwelling = dwellings.lockWithCommuneById(dwellingId)
                .orElseThrow(() -> new BusinessException("housing.error.dwellingNotFound"));
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
