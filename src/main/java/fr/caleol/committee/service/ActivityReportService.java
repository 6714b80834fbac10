package fr.caleol.committee.service;

import fr.caleol.audit.domain.AuditAction;
import fr.caleol.audit.service.AuditLog;
import fr.caleol.base.domain.LandlordTime;
import fr.caleol.base.errors.BusinessException;
import fr.caleol.committee.domain.ActivityReport.DecisionFact;
import fr.caleol.committee.domain.ActivityReport.HouseholdFact;
import fr.caleol.committee.domain.ActivityReport.ItemFact;
import fr.caleol.committee.domain.ActivityReport.OfferFact;
import fr.caleol.committee.domain.ActivityReport.Period;
import fr.caleol.committee.domain.ActivityReport;
import fr.caleol.committee.domain.Committee;
import fr.caleol.committee.domain.CommitteeRepository;
import fr.caleol.committee.domain.DecisionType;
import fr.caleol.committee.domain.FirstQuartileThreshold;
import fr.caleol.committee.domain.FirstQuartileThresholdRepository;
import fr.caleol.committee.domain.ItemState;
import fr.caleol.committee.domain.Offer;
import fr.caleol.committee.domain.OfferState;
import fr.caleol.committee.domain.RefusalGround;
import fr.caleol.committee.domain.SittingMode;
import fr.caleol.security.domain.Role;
import fr.caleol.security.service.CurrentUser;
import jakarta.annotation.security.RolesAllowed;
import java.math.BigDecimal;
import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The committee's dashboard and yearly activity report (CCH R441-9), with the legal shares of attribution (CCH
 * L441-1). Reads the closed sittings of a period in five queries, whatever their number; the figures themselves are
 * computed by {@link ActivityReport}.
 */
@Service
public class ActivityReportService {

    /** The longest period a report covers: a few years, so that an absent-minded date cannot scan everything. */
    public static final int MAX_YEARS = 5;

    private static final String CLOSED_SITTINGS = " s.state = 'CLOSED' AND s.sitting_date BETWEEN ? AND ?"
            + " AND (? IS NULL OR s.committee_id = ?)";
    private static final String DECISIONS = " FROM sitting s"
            + " JOIN agenda_item i ON i.sitting_id = s.id AND i.state = 'DECIDED'"
            + " JOIN vote_round r ON r.item_id = i.id AND r.adopted = TRUE"
            + " JOIN proposed_decision d ON d.round_id = r.id";
    private static final String DECISIONS_IN_PERIOD = DECISIONS + " WHERE" + CLOSED_SITTINGS;
    private static final String ATTRIBUTED_APPLICATIONS = "SELECT d.application_id" + DECISIONS_IN_PERIOD
            + " AND d.type IN ('ATTRIBUTION', 'RANKED_ATTRIBUTION', 'CONDITIONAL_ATTRIBUTION')";

    private final JdbcTemplate jdbc;
    private final CommitteeRepository committees;
    private final FirstQuartileThresholdRepository thresholds;
    private final CommitteeProperties settings;
    private final CurrentUser currentUser;
    private final AuditLog auditLog;
    private final Clock clock;

    ActivityReportService(JdbcTemplate jdbc, CommitteeRepository committees,
            FirstQuartileThresholdRepository thresholds, CommitteeProperties settings, CurrentUser currentUser,
            AuditLog auditLog, Clock clock) {
        this.jdbc = jdbc;
        this.committees = committees;
        this.thresholds = thresholds;
        this.settings = settings;
        this.currentUser = currentUser;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    /** What a report is asked for: a period and one committee, or all of them ({@code committeeId} null). */
    public record Request(Period period, Long committeeId) {}

    /** A report with what it was asked for and the committee's name (null: all committees). */
    public record Report(Request request, String committeeName, ActivityReport figures) {}

    /** The activity of the closed sittings of the period. Refused beyond {@value #MAX_YEARS} years. */
    @RolesAllowed({Role.Names.SECRETARY, Role.Names.ADMIN})
    @Transactional(readOnly = true)
    public Report report(Request request) {
        Period period = request.period();
        if (period.to().isAfter(period.from().plusYears(MAX_YEARS))) {
            throw new BusinessException("report.error.periodTooLong", MAX_YEARS);
        }
        String committeeName = null;
        if (request.committeeId() != null) {
            committeeName = committees.findById(request.committeeId()).map(Committee::getName)
                    .orElseThrow(() -> new BusinessException("report.error.committeeNotFound"));
        }
        Object[] args = {Date.valueOf(period.from()), Date.valueOf(period.to()), request.committeeId(),
                request.committeeId()};

        Map<SittingMode, Long> sittings = new EnumMap<>(SittingMode.class);
        jdbc.query("SELECT s.mode, COUNT(*) FROM sitting s WHERE" + CLOSED_SITTINGS + " GROUP BY s.mode",
                rs -> {
                    sittings.put(SittingMode.valueOf(rs.getString(1)), rs.getLong(2));
                }, args);
        List<ItemFact> items = jdbc.query("SELECT i.id, i.state, i.sent_back FROM sitting s"
                + " JOIN agenda_item i ON i.sitting_id = s.id WHERE" + CLOSED_SITTINGS,
                (rs, n) -> new ItemFact(rs.getLong(1), ItemState.valueOf(rs.getString(2)), rs.getBoolean(3)), args);
        List<DecisionFact> decisions = jdbc.query("SELECT i.id, d.application_id, d.type, d.ground, c.name, dw.qpv,"
                + " dw.vacant_since, s.sitting_date" + DECISIONS + " JOIN dwelling dw ON dw.id = i.dwelling_id"
                + " JOIN commune c ON c.id = dw.commune_id WHERE" + CLOSED_SITTINGS,
                (rs, n) -> new DecisionFact(rs.getLong(1), rs.getLong(2), DecisionType.valueOf(rs.getString(3)),
                        rs.getString(4) == null ? null : RefusalGround.valueOf(rs.getString(4)), rs.getString(5),
                        rs.getBoolean(6), rs.getObject(7, LocalDate.class), rs.getObject(8, LocalDate.class)), args);
        List<OfferFact> offers = jdbc.query("SELECT o.item_id, o.application_id, o.kind, o.state FROM sitting s"
                + " JOIN agenda_item i ON i.sitting_id = s.id JOIN offer o ON o.item_id = i.id WHERE" + CLOSED_SITTINGS,
                (rs, n) -> new OfferFact(rs.getLong(1), rs.getLong(2), Offer.Kind.valueOf(rs.getString(3)),
                        OfferState.valueOf(rs.getString(4))), args);
        return new Report(request, committeeName, ActivityReport.of(period, sittings, items, decisions, offers,
                households(args), targets()));
    }

    /** The yearly report for the board: the report's figures as a PDF, its footer saying when and by whom. */
    @RolesAllowed({Role.Names.SECRETARY, Role.Names.ADMIN})
    public byte[] pdf(Report report) {
        LocalDate today = LandlordTime.today(clock);
        return ActivityReportDocuments.pdf(report, FrenchText.format("report.pdf.footer", FrenchText.longDate(today),
                currentUser.requireUsername()));
    }

    /** The households of the period's attributions, with their members' birth dates in the household's order. */
    private List<HouseholdFact> households(Object[] args) {
        Map<Long, List<LocalDate>> births = new HashMap<>();
        jdbc.query("SELECT p.application_id, p.birth_date FROM household_person p WHERE p.application_id IN ("
                + ATTRIBUTED_APPLICATIONS + ") ORDER BY p.application_id, p.position", rs -> {
                    births.computeIfAbsent(rs.getLong(1), id -> new ArrayList<>())
                            .add(rs.getObject(2, LocalDate.class));
                }, args);
        return jdbc.query("SELECT a.id, a.monthly_resources, a.household_size, a.dalo,"
                + " EXISTS (SELECT 1 FROM application_priority p WHERE p.application_id = a.id)"
                + " FROM housing_application a WHERE a.id IN (" + ATTRIBUTED_APPLICATIONS + ")",
                (rs, n) -> new HouseholdFact(rs.getLong(1), rs.getBigDecimal(2), rs.getInt(3),
                        births.getOrDefault(rs.getLong(1), List.of()), rs.getBoolean(4), rs.getBoolean(5)), args);
    }

    private ActivityReport.Targets targets() {
        Map<Integer, BigDecimal> byYear = new TreeMap<>();
        thresholds.findAll().forEach(t -> byYear.put(t.getYear(), t.getAnnualPerUnit()));
        return new ActivityReport.Targets(settings.firstQuartileTargetPercent(), settings.priorityTargetPercent(),
                byYear);
    }

    /** The committees a report can be asked for. */
    @RolesAllowed({Role.Names.SECRETARY, Role.Names.ADMIN})
    @Transactional(readOnly = true)
    public List<Committee> committees() {
        return committees.findAll(org.springframework.data.domain.Sort.by("name"));
    }

    /** The first-quartile thresholds entered, latest year first. */
    @RolesAllowed({Role.Names.SECRETARY, Role.Names.ADMIN})
    @Transactional(readOnly = true)
    public List<FirstQuartileThreshold> thresholds() {
        return thresholds.findAllByOrderByYearDesc();
    }

    /**
     * Enters (or corrects) a year's first-quartile threshold from the prefect's order. {@code expectedVersion} is the
     * version the admin saw (null for a year not entered yet): a concurrent change is refused, never overwritten.
     */
    @RolesAllowed(Role.Names.ADMIN)
    @Transactional
    public FirstQuartileThreshold setThreshold(int year, BigDecimal annualPerUnit, String source,
            Long expectedVersion) {
        if (year < FirstQuartileThreshold.YEAR_MIN || year > FirstQuartileThreshold.YEAR_MAX) {
            throw new BusinessException("report.error.thresholdYear", FirstQuartileThreshold.YEAR_MIN,
                    FirstQuartileThreshold.YEAR_MAX);
        }
        if (annualPerUnit == null || annualPerUnit.signum() <= 0 || annualPerUnit.scale() > 2
                || annualPerUnit.compareTo(new BigDecimal("99999999.99")) > 0) {
            throw new BusinessException("report.error.thresholdAmount");
        }
        String cited = source == null ? "" : source.strip();
        if (cited.isEmpty() || cited.length() > FirstQuartileThreshold.SOURCE_MAX) {
            throw new BusinessException("report.error.thresholdSource", FirstQuartileThreshold.SOURCE_MAX);
        }
        Optional<FirstQuartileThreshold> existing = thresholds.findById(year);
        Long current = existing.map(FirstQuartileThreshold::getVersion).orElse(null);
        if (!Objects.equals(current, expectedVersion)) {
            throw new BusinessException("error.staleData");
        }
        FirstQuartileThreshold threshold = existing.orElseGet(() -> new FirstQuartileThreshold(year));
        threshold.set(annualPerUnit, cited, currentUser.requireUsername(), clock.instant());
        threshold = thresholds.saveAndFlush(threshold);
        auditLog.record(AuditAction.FIRST_QUARTILE_THRESHOLD_SET, "first_quartile_threshold", year,
                annualPerUnit.toPlainString() + " € / UC — " + cited);
        return threshold;
    }
}
