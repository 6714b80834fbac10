package fr.caleol.housing.service;

import fr.caleol.audit.domain.AuditAction;
import fr.caleol.audit.service.AuditLog;
import fr.caleol.base.domain.LandlordTime;
import fr.caleol.base.errors.BusinessException;
import fr.caleol.housing.domain.ApplicationStatus;
import fr.caleol.housing.domain.CotationGrid;
import fr.caleol.housing.domain.CotationGridRepository;
import fr.caleol.housing.domain.CurrentHousingType;
import fr.caleol.housing.domain.HousingApplication;
import fr.caleol.housing.domain.HousingApplicationRepository;
import fr.caleol.housing.domain.PriorityCategory;
import fr.caleol.housing.domain.RequestReason;
import fr.caleol.housing.domain.cotation.CotationCriterion;
import fr.caleol.housing.domain.cotation.CotationFacts;
import fr.caleol.housing.domain.cotation.CotationKind;
import fr.caleol.housing.domain.cotation.CotationScore;
import fr.caleol.security.domain.Role;
import fr.caleol.security.service.CurrentUser;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.persistence.EntityManager;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The cotation of housing applications: each territory's grid, published by an administrator as a new version each
 * time (typed in or imported from CSV), and the scores it gives, with their breakdown, to whoever may read the
 * dossier. A score is an aid shown to the committee, never its decision.
 */
@Service
public class CotationService {

    /** The columns of a grid's CSV file. */
    public static final List<String> CSV_REQUIRED = List.of("libelle", "critere", "points");
    public static final List<String> CSV_OPTIONAL = List.of("parametre", "plafond");
    public static final int MAX_CRITERIA = 50;

    private final CotationGridRepository grids;
    private final HousingApplicationRepository applications;
    private final HousingApplicationService applicationService;
    private final EntityManager entityManager;
    private final AuditLog auditLog;
    private final CurrentUser currentUser;
    private final Clock clock;

    CotationService(CotationGridRepository grids, HousingApplicationRepository applications,
            HousingApplicationService applicationService, EntityManager entityManager, AuditLog auditLog,
            CurrentUser currentUser, Clock clock) {
        this.grids = grids;
        this.applications = applications;
        this.applicationService = applicationService;
        this.entityManager = entityManager;
        this.auditLog = auditLog;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** A published version of a grid. */
    public record Grid(long id, String territory, int version, Instant publishedAt, String publishedBy,
            List<CotationCriterion> criteria) {

        static Grid of(CotationGrid g) {
            return new Grid(g.getId(), g.getTerritory(), g.getVersion(), g.getPublishedAt(), g.getPublishedBy(),
                    g.criteria());
        }
    }

    /** The current version of every territory's grid. */
    @RolesAllowed({Role.Names.ADMIN, Role.Names.SECRETARY})
    @Transactional(readOnly = true)
    public List<Grid> currentGrids() {
        return grids.findCurrent().stream().map(Grid::of).toList();
    }

    /** Every version of a territory's grid, newest first. */
    @RolesAllowed({Role.Names.ADMIN, Role.Names.SECRETARY})
    @Transactional(readOnly = true)
    public List<Grid> history(String territory) {
        return grids.findByTerritoryOrderByVersionDesc(territory).stream()
                .map(g -> Grid.of(grids.findWithCriteria(g.getId()).orElseThrow())).toList();
    }

    /** The id of the current version of a territory's grid, if the territory has one. */
    @RolesAllowed({Role.Names.ADMIN, Role.Names.SECRETARY})
    @Transactional(readOnly = true)
    public Optional<Long> currentGridId(String territory) {
        return grids.findCurrent().stream().filter(g -> g.getTerritory().equals(territory)).findFirst()
                .map(CotationGrid::getId);
    }

    /** A published version, to whoever may read a dossier scored under it. */
    @PermitAll
    @Transactional(readOnly = true)
    public Grid grid(long gridId) {
        return Grid.of(grids.findWithCriteria(gridId)
                .orElseThrow(() -> new BusinessException("cotation.error.gridNotFound")));
    }

    /**
     * Publishes the next version of a territory's grid. The versions before stay as they were: the sittings convened
     * under them keep scoring with them.
     */
    @RolesAllowed(Role.Names.ADMIN)
    @Transactional
    public Grid publish(String territory, List<CotationCriterion> criteria) {
        String where = territory == null ? "" : territory.strip();
        if (where.isEmpty() || where.length() > 120) {
            throw new BusinessException("cotation.error.territory");
        }
        if (criteria == null || criteria.isEmpty() || criteria.size() > MAX_CRITERIA) {
            throw new BusinessException("cotation.error.criteriaCount", MAX_CRITERIA);
        }
        for (int i = 0; i < criteria.size(); i++) {
            int position = i + 1;
            criteria.get(i).problem().ifPresent(key -> {
                throw new BusinessException(key, position);
            });
        }
        int version = grids.latestVersion(where).orElse(0) + 1;
        CotationGrid grid;
        try {
            grid = grids.saveAndFlush(new CotationGrid(where, version, clock.instant(), currentUser.requireUsername(),
                    criteria));
        } catch (DataIntegrityViolationException concurrent) {
            throw new BusinessException("cotation.error.concurrent");
        }
        auditLog.record(AuditAction.COTATION_GRID_PUBLISHED, "cotation_grid", grid.getId(),
                where + " version " + version + ", " + criteria.size() + " criteria");
        return Grid.of(grid);
    }

    /**
     * Publishes the next version of a territory's grid from a CSV file (columns {@code libelle;critere;parametre;
     * points;plafond}); nothing is published when a line is wrong, and every wrong line is reported.
     */
    @RolesAllowed(Role.Names.ADMIN)
    @Transactional
    public Grid importCsv(String territory, InputStream csv) {
        CsvSheet sheet = CsvSheet.read(csv, CSV_REQUIRED, CSV_OPTIONAL);
        List<CotationCriterion> criteria = new ArrayList<>();
        for (CsvSheet.Line line : sheet.lines()) {
            String kindText = line.text("critere");
            CotationKind kind = Arrays.stream(CotationKind.values())
                    .filter(k -> k.name().equalsIgnoreCase(kindText == null ? "" : kindText.strip()))
                    .findFirst().orElse(null);
            if (kind == null) {
                line.error("critere", "cotation.error.kind", line.number() - 1);
                continue;
            }
            Integer points = integer(line, "points");
            Integer cap = line.text("plafond") == null ? null : integer(line, "plafond");
            if (points == null || (line.text("plafond") != null && cap == null)) {
                continue;
            }
            CotationCriterion criterion = new CotationCriterion(line.text("libelle"), kind, line.text("parametre"),
                    points, cap);
            Optional<String> problem = criterion.problem();
            if (problem.isPresent()) {
                line.error("", problem.get(), line.number() - 1);
            } else {
                criteria.add(criterion);
            }
        }
        if (!sheet.errors().isEmpty()) {
            throw new CotationImportException(sheet.errors());
        }
        return publish(territory, criteria);
    }

    private static Integer integer(CsvSheet.Line line, String column) {
        String value = line.text(column);
        try {
            return Integer.valueOf(value == null ? "" : value.replace(" ", ""));
        } catch (NumberFormatException e) {
            line.error(column, "cotation.error.integer", value == null ? "" : value);
            return null;
        }
    }

    /** A CSV grid refused, with every problem found in it. */
    public static class CotationImportException extends BusinessException {
        private final transient List<ImportError> errors;

        CotationImportException(List<ImportError> errors) {
            super("cotation.error.import", errors.size());
            this.errors = List.copyOf(errors);
        }

        public List<ImportError> errors() {
            return errors;
        }
    }

    /** The scores of an application under the current grid of every territory, on {@code date}, for its dossier. */
    @RolesAllowed({Role.Names.ADMIN, Role.Names.SECRETARY})
    @Transactional(readOnly = true)
    public Map<Grid, CotationScore> currentScores(long applicationId, LocalDate date) {
        HousingApplication application = applications.findById(applicationId)
                .orElseThrow(() -> new BusinessException("housing.error.applicationNotFound"));
        CotationFacts facts = facts(application);
        Map<Grid, CotationScore> scores = new LinkedHashMap<>();
        for (CotationGrid grid : grids.findCurrent()) {
            scores.put(Grid.of(grid), grid.score(facts, day(date)));
        }
        return scores;
    }

    /**
     * The scores of these applications under one grid version on {@code date}, to whoever may read their dossiers
     * (a convened member: the candidates of their sitting, scored with the version it was convened with).
     */
    @PermitAll
    @Transactional(readOnly = true)
    public Map<Long, CotationScore> scores(List<Long> applicationIds, long gridId, LocalDate date) {
        for (long id : applicationIds) {
            if (!applicationService.mayRead(id)) {
                throw new AccessDeniedException("Not allowed to read application " + id);
            }
        }
        CotationGrid grid = grids.findWithCriteria(gridId)
                .orElseThrow(() -> new BusinessException("cotation.error.gridNotFound"));
        Map<Long, CotationScore> scores = new LinkedHashMap<>();
        for (HousingApplication application : applications.findAllById(applicationIds)) {
            scores.put(application.getId(), grid.score(facts(application), day(date)));
        }
        return scores;
    }

    /** How a grid version scores the active applications: their number and the spread of their scores. */
    public record Spread(int applications, int min, int median, int p90, int max, long millis) {}

    /**
     * Scores every active application under a grid version on {@code date}, read in two queries (the applications,
     * then their priority criteria) and computed in memory; shows an administrator what a grid gives before relying
     * on it.
     */
    @RolesAllowed(Role.Names.ADMIN)
    @Transactional(readOnly = true)
    public Spread spread(long gridId, LocalDate date) {
        long start = System.nanoTime();
        CotationGrid grid = grids.findWithCriteria(gridId)
                .orElseThrow(() -> new BusinessException("cotation.error.gridNotFound"));
        List<CotationCriterion> criteria = grid.criteria();
        Map<Long, Set<PriorityCategory>> priorities = new HashMap<>();
        entityManager.createQuery("select a.id, p from HousingApplication a join a.priorities p"
                        + " where a.status = :active", Object[].class)
                .setParameter("active", ApplicationStatus.ACTIVE).getResultStream()
                .forEach(row -> priorities.computeIfAbsent((Long) row[0], id -> EnumSet.noneOf(PriorityCategory.class))
                        .add((PriorityCategory) row[1]));
        LocalDate day = day(date);
        int[] totals = entityManager.createQuery("select a.id, a.filingDate, a.dalo, a.reason, a.currentHousing,"
                        + " a.householdSize, a.monthlyResources from HousingApplication a where a.status = :active",
                        Object[].class)
                .setParameter("active", ApplicationStatus.ACTIVE).getResultStream()
                .mapToInt(row -> CotationScore.of(criteria, new CotationFacts((LocalDate) row[1], (Boolean) row[2],
                        priorities.getOrDefault((Long) row[0], Set.of()), (RequestReason) row[3],
                        (CurrentHousingType) row[4], (Integer) row[5], (BigDecimal) row[6]), day).total())
                .sorted().toArray();
        long millis = (System.nanoTime() - start) / 1_000_000;
        if (totals.length == 0) {
            return new Spread(0, 0, 0, 0, 0, millis);
        }
        return new Spread(totals.length, totals[0], totals[totals.length / 2],
                totals[Math.min(totals.length - 1, (int) Math.ceil(totals.length * 0.9) - 1)],
                totals[totals.length - 1], millis);
    }

    static CotationFacts facts(HousingApplication a) {
        return new CotationFacts(a.getFilingDate(), a.isDalo(), a.getPriorities(), a.getReason(),
                a.getCurrentHousing(), a.getHouseholdSize(), a.getMonthlyResources());
    }

    private LocalDate day(LocalDate date) {
        return date != null ? date : LandlordTime.today(clock);
    }

}
