package fr.caleol.housing.service;

import fr.caleol.audit.domain.AuditAction;
import fr.caleol.audit.service.AuditLog;
import fr.caleol.base.csv.CsvWriter;
import fr.caleol.base.domain.LandlordTime;
import fr.caleol.base.errors.BusinessException;
import fr.caleol.housing.domain.ApplicationHistoryEntry;
import fr.caleol.housing.domain.ApplicationHistoryRepository;
import fr.caleol.housing.domain.ApplicationStatus;
import fr.caleol.housing.domain.Candidacy;
import fr.caleol.housing.domain.Commune;
import fr.caleol.housing.domain.CommuneRepository;
import fr.caleol.housing.domain.HouseholdPerson;
import fr.caleol.housing.domain.HousingApplication;
import fr.caleol.housing.domain.HousingApplicationRepository;
import fr.caleol.housing.domain.IncomeCeilingRepository;
import fr.caleol.housing.domain.NumeroUnique;
import fr.caleol.housing.domain.eligibility.CeilingZone;
import fr.caleol.housing.domain.eligibility.Financing;
import fr.caleol.housing.domain.eligibility.IncomeCeilingTable;
import fr.caleol.security.domain.Role;
import fr.caleol.security.service.CurrentUser;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.persistence.EntityManager;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Join;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;
import jakarta.validation.Valid;
import java.io.Writer;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.hibernate.Hibernate;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/** Housing applications: the secretary's lists, dossiers, creation and edition. Every dossier read is audited. */
@Service
@Validated
public class HousingApplicationService {

    static final int EXPORT_PAGE = 2000;

    private final HousingApplicationRepository applications;
    private final CommuneRepository communes;
    private final ApplicationHistoryRepository history;
    private final IncomeCeilingRepository ceilings;
    private final EntityManager entityManager;
    private final AuditLog auditLog;
    private final CurrentUser currentUser;
    private final List<DossierReadPermission> readPermissions;
    private final Clock clock;
    private final ApplicationRules rules;

    HousingApplicationService(HousingApplicationRepository applications, CommuneRepository communes,
            ApplicationHistoryRepository history, IncomeCeilingRepository ceilings, EntityManager entityManager,
            AuditLog auditLog, CurrentUser currentUser, List<DossierReadPermission> readPermissions, Clock clock,
            ApplicationRules rules) {
        this.applications = applications;
        this.communes = communes;
        this.history = history;
        this.ceilings = ceilings;
        this.entityManager = entityManager;
        this.auditLog = auditLog;
        this.currentUser = currentUser;
        this.readPermissions = readPermissions;
        this.clock = clock;
        this.rules = rules;
    }

    @RolesAllowed({Role.Names.SECRETARY, Role.Names.ADMIN})
    @Transactional(readOnly = true)
    public List<HousingApplication> list(ApplicationFilter filter, Pageable pageable) {
        Pageable stable = stableOrder(pageable);
        return applications.findBy(specification(filter), query -> query.slice(stable)).getContent();
    }

    /**
     * Pages over 100 000 rows must not overlap or skip rows: without an order MariaDB may return rows in any order
     * from one page to the next, and a non-unique order (name, date) needs a tie-breaker. Most recent filing first
     * by default, then the id.
     */
    private static Pageable stableOrder(Pageable pageable) {
        Sort sort = pageable.getSort().isUnsorted() ? Sort.by(Sort.Direction.DESC, "filingDate") : pageable.getSort();
        if (sort.getOrderFor("id") == null) {
            sort = sort.and(Sort.by(Sort.Direction.DESC, "id"));
        }
        return pageable.isUnpaged() ? pageable : PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(), sort);
    }

    @RolesAllowed({Role.Names.SECRETARY, Role.Names.ADMIN})
    @Transactional(readOnly = true)
    public long count(ApplicationFilter filter) {
        return applications.count(specification(filter));
    }

    /**
     * The whole dossier of an application, for the secretary, an administrator, or someone another feature allows
     * (a member convened to a sitting where it is examined). The read is written to the audit log.
     */
    @PermitAll
    @Transactional
    public ApplicationDossier dossier(long id) {
        requireMayRead(id);
        HousingApplication application = find(id);
        List<HouseholdPerson> persons = application.getPersons();
        List<Commune> wished = application.getWishedCommunes();
        Hibernate.initialize(application.getPriorities());
        application.getPresentDocuments();
        application.getWishedTypes();
        List<ApplicationDossier.Proposal> proposals = entityManager.createQuery("""
                select c from Candidacy c join fetch c.dwelling d join fetch d.commune
                where c.application.id = :id order by c.proposedAt desc""", Candidacy.class)
                .setParameter("id", id).getResultList().stream()
                .map(c -> new ApplicationDossier.Proposal(c.getDwelling().getId(), c.getDwelling().getReference(),
                        c.getDwelling().getCommune().getName()))
                .toList();
        auditLog.record(AuditAction.DOSSIER_READ, "application", id, application.getNumeroUnique().value());
        return new ApplicationDossier(application, persons, wished,
                history.findByApplicationIdOrderByOccurredAtDesc(id), proposals);
    }

    /**
     * The household, priority flags and missing documents of several applications, in the given order, for a
     * comparison of the candidates of a dwelling. Same permission as {@link #dossier(long)}, and each application
     * shown is a dossier read, written to the audit log.
     */
    @PermitAll
    @Transactional
    public List<CandidateSummary> candidateSummaries(List<Long> applicationIds) {
        applicationIds.forEach(this::requireMayRead);
        if (applicationIds.isEmpty()) {
            return List.of();
        }
        Map<Long, HousingApplication> byId = entityManager.createQuery("""
                select distinct a from HousingApplication a left join fetch a.persons where a.id in :ids""",
                HousingApplication.class).setParameter("ids", applicationIds).getResultList().stream()
                // one row per person: a stream is not de-duplicated like a list, so merge
                .collect(Collectors.toMap(HousingApplication::getId, Function.identity(), (a, b) -> a));
        List<CandidateSummary> summaries = new ArrayList<>();
        for (Long id : applicationIds) {
            HousingApplication a = byId.get(id);
            if (a == null) {
                throw new BusinessException("housing.error.applicationNotFound");
            }
            summaries.add(new CandidateSummary(id, a.getNumeroUnique(), a.getApplicantName(), a.getStatus(),
                    a.getPersons(), a.isDalo(), a.getPriorities(), a.getMissingDocuments()));
            auditLog.record(AuditAction.DOSSIER_READ, "application", id, a.getNumeroUnique().value() + " (comparison)");
        }
        return summaries;
    }

    /** Whether the current user may read this dossier (secretary, administrator, or granted by a feature). */
    @PermitAll
    public boolean mayRead(long applicationId) {
        if (currentUser.hasAnyRole(Role.SECRETARY, Role.ADMIN)) {
            return true;
        }
        Optional<String> username = currentUser.username();
        return username.isPresent()
                && readPermissions.stream().anyMatch(p -> p.mayRead(username.get(), applicationId));
    }

    private void requireMayRead(long applicationId) {
        if (!mayRead(applicationId)) {
            throw new AccessDeniedException("Not allowed to read application " + applicationId);
        }
    }

    @RolesAllowed({Role.Names.SECRETARY, Role.Names.ADMIN})
    @Transactional
    public HousingApplication create(@Valid ApplicationForm form) {
        NumeroUnique numero = parseNumero(form.numeroUnique());
        if (applications.existsByNumeroUnique(numero.value())) {
            throw new BusinessException("housing.error.numeroTaken", numero.formatted());
        }
        HousingApplication application = new HousingApplication(numero, form.filingDate());
        apply(application, form);
        applications.saveAndFlush(application);
        recordHistory(application.getId(), ApplicationHistoryEntry.Kind.CREATED, application.getStatus(), null);
        auditLog.record(AuditAction.APPLICATION_CREATED, "application", application.getId(), numero.value());
        return application;
    }

    /** Edits an application; refused when someone else saved it since {@code version} was read. */
    @RolesAllowed({Role.Names.SECRETARY, Role.Names.ADMIN})
    @Transactional
    public HousingApplication update(long id, long version, @Valid ApplicationForm form) {
        HousingApplication application = find(id);
        if (application.getVersion() != version) {
            throw BusinessException.staleData();
        }
        if (!application.getNumeroUnique().equals(parseNumero(form.numeroUnique()))) {
            throw new BusinessException("housing.error.numeroImmutable");
        }
        apply(application, form);
        applications.saveAndFlush(application);
        recordHistory(id, ApplicationHistoryEntry.Kind.UPDATED, application.getStatus(), null);
        auditLog.record(AuditAction.APPLICATION_UPDATED, "application", id, null);
        return application;
    }

    /** The communes an application may wish for, by name. */
    @RolesAllowed({Role.Names.SECRETARY, Role.Names.ADMIN})
    @Transactional(readOnly = true)
    public List<Commune> communes() {
        return communes.findAllByOrderByName();
    }

    /** Writes the filtered list as CSV (UTF-8, semicolons, as French spreadsheets expect), a page at a time. */
    @RolesAllowed({Role.Names.SECRETARY, Role.Names.ADMIN})
    @Transactional(readOnly = true)
    public long exportCsv(ApplicationFilter filter, Writer out) {
        Specification<HousingApplication> spec = specification(filter);
        long written = 0;
        CsvWriter csv = CsvWriter.to(out);
        csv.row("numero_unique", "demandeur", "statut", "date_depot", "taille_menage", "ressources_mensuelles",
                "revenu_fiscal_reference", "categorie", "dalo");
        for (int page = 0;; page++) {
            PageRequest request = PageRequest.of(page, EXPORT_PAGE, Sort.by("id"));
            List<HousingApplication> rows = applications.findBy(spec, q -> q.slice(request)).getContent();
            for (HousingApplication a : rows) {
                csv.row(a.getNumeroUnique().value(), a.getApplicantName(), a.getStatus(), a.getFilingDate(),
                        a.getHouseholdSize(), a.getMonthlyResources(), a.getReferenceIncome(),
                        a.getHouseholdCategory(), a.isDalo() ? "oui" : "non");
            }
            written += rows.size();
            entityManager.clear();
            if (rows.size() < EXPORT_PAGE) {
                break;
            }
        }
        csv.flush();
        auditLog.record(AuditAction.APPLICATIONS_EXPORTED, "application", null, written + " rows");
        return written;
    }

    private HousingApplication find(long id) {
        return applications.findById(id).orElseThrow(() -> new BusinessException("housing.error.applicationNotFound"));
    }

    /** The shared rules (also those of the CSV import), then the form onto the application. */
    private void apply(HousingApplication application, ApplicationForm form) {
        Map<String, Commune> byCode = communes.findAll().stream()
                .collect(Collectors.toMap(Commune::getInseeCode, Function.identity()));
        rules.requireValid(form, byCode);
        rules.applyTo(application, form, byCode);
    }

    static NumeroUnique parseNumero(String text) {
        return NumeroUnique.parse(text).orElseThrow(() -> new BusinessException("housing.error.numeroFormat"));
    }

    private void recordHistory(long applicationId, ApplicationHistoryEntry.Kind kind, ApplicationStatus status,
            String details) {
        history.save(new ApplicationHistoryEntry(applicationId, clock.instant(), currentUser.requireUsername(), kind,
                status, details));
    }

    /**
     * The year of the ceilings the WITHIN / ABOVE filter compares with today, by the rule of
     * {@link IncomeCeilingTable#applicableYear}; empty when no year up to now is stored, and the filter then matches
     * no application rather than all of them.
     */
    @RolesAllowed({Role.Names.SECRETARY, Role.Names.ADMIN})
    @Transactional(readOnly = true)
    public OptionalInt ceilingFilterYear() {
        return applicableCeilingYear(LandlordTime.today(clock));
    }

    private OptionalInt applicableCeilingYear(LocalDate date) {
        return IncomeCeilingTable.applicableYear(ceilings.years(), date);
    }

    private Specification<HousingApplication> specification(ApplicationFilter filter) {
        IncomeCeilingTable table = filter.ceiling() == null ? null : ceilings.loadTable();
        OptionalInt year = filter.ceiling() == null ? OptionalInt.empty()
                : applicableCeilingYear(LandlordTime.today(clock));
        return (root, query, cb) -> {
            List<Predicate> predicates = new ArrayList<>();
            if (filter.text() != null && !filter.text().isBlank()) {
                Optional<NumeroUnique> numero = NumeroUnique.parse(filter.text());
                String compact = filter.text().replaceAll("[\\s-]", "").toUpperCase();
                if (numero.isPresent()) {
                    predicates.add(cb.equal(root.get("numeroUnique"), numero.get().value()));
                } else if (compact.matches("\\d{2}[0-9AB][0-9A-Z]*") && compact.length() < NumeroUnique.LENGTH) {
                    // the beginning of a numéro unique (département, year, month...), or a name with digits
                    predicates.add(cb.or(cb.like(root.get("numeroUnique"), compact + "%"),
                            cb.like(root.get("applicantName"), "%" + escapeLike(filter.text().trim()) + "%", '!')));
                } else {
                    predicates.add(cb.like(root.get("applicantName"), "%" + escapeLike(filter.text().trim()) + "%",
                            '!'));
                }
            }
            if (filter.status() != null) {
                predicates.add(cb.equal(root.get("status"), filter.status()));
            }
            if (filter.communeId() != null) {
                Subquery<Long> sub = query.subquery(Long.class);
                Root<HousingApplication> inner = sub.from(HousingApplication.class);
                Join<HousingApplication, Commune> wished = inner.join("wishedCommunes");
                sub.select(inner.get("id")).where(cb.equal(wished.get("id"), filter.communeId()));
                predicates.add(root.get("id").in(sub));
            }
            if (filter.dwellingType() != null) {
                predicates.add(cb.isMember(filter.dwellingType(), root.get("wishedTypes")));
            }
            if (filter.dalo() != null) {
                predicates.add(cb.equal(root.get("dalo"), filter.dalo()));
            }
            if (filter.priority() != null) {
                predicates.add(cb.isMember(filter.priority(), root.get("priorities")));
            }
            if (filter.filedFrom() != null) {
                predicates.add(cb.greaterThanOrEqualTo(root.get("filingDate"), filter.filedFrom()));
            }
            if (filter.filedTo() != null) {
                predicates.add(cb.lessThanOrEqualTo(root.get("filingDate"), filter.filedTo()));
            }
            if (filter.ceiling() != null) {
                predicates.add(year.isEmpty() ? cb.disjunction()
                        : ceilingPredicate(root, cb, table, year.getAsInt(), filter.ceiling()));
            }
            return cb.and(predicates.toArray(Predicate[]::new));
        };
    }

    /** A user's % or _ is a character, not a wildcard; '!' is the escape (a backslash means something else to MariaDB). */
    private static String escapeLike(String text) {
        return text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }

    /**
     * Within or above the PLUS ceiling of the year: one clause per zone and category, each comparing the reference
     * income with that category's amount plus the extra persons, so the database does the comparison.
     */
    private static Predicate ceilingPredicate(Root<HousingApplication> root, CriteriaBuilder cb,
            IncomeCeilingTable table, int year, ApplicationFilter.CeilingPosition position) {
        List<Predicate> clauses = new ArrayList<>();
        Expression<Long> income = root.get("referenceIncome");
        Expression<Integer> extra = root.get("extraPersons");
        for (CeilingZone zone : EnumSet.allOf(CeilingZone.class)) {
            for (int category = 1; category <= 6; category++) {
                var ceiling = table.ceilingFor(year, zone, Financing.PLUS, category, 0);
                if (ceiling.isEmpty()) {
                    continue;
                }
                Expression<Long> amount = cb.sum(cb.literal(ceiling.get().categoryAmount()),
                        cb.prod(extra.as(Long.class), cb.literal(ceiling.get().extraPersonAmount())));
                clauses.add(cb.and(cb.equal(root.get("ceilingZone"), zone),
                        cb.equal(root.get("householdCategory"), category),
                        position == ApplicationFilter.CeilingPosition.ABOVE
                                ? cb.greaterThan(income, amount)
                                : cb.lessThanOrEqualTo(income, amount)));
            }
        }
        return clauses.isEmpty() ? cb.disjunction() : cb.or(clauses.toArray(Predicate[]::new));
    }
}
