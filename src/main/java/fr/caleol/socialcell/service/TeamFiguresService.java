package fr.caleol.socialcell.service;

import fr.caleol.base.csv.CsvWriter;
import fr.caleol.base.domain.LandlordTime;
import fr.caleol.security.domain.Role;
import fr.caleol.socialcell.domain.CaseStatus;
import fr.caleol.socialcell.domain.FiguresPeriod;
import fr.caleol.socialcell.domain.LegalDeadlines;
import fr.caleol.socialcell.service.TeamFigures.Adviser;
import fr.caleol.socialcell.service.TeamFigures.AdviserCounters;
import fr.caleol.socialcell.service.TeamFigures.AdviserLoad;
import fr.caleol.socialcell.service.TeamFigures.CaseFilter;
import fr.caleol.socialcell.service.TeamFigures.Counters;
import fr.caleol.socialcell.service.TeamFigures.StatusCount;
import fr.caleol.socialcell.service.TeamFigures.TeamDeadline;
import fr.caleol.socialcell.service.TeamFigures.UnpaidRates;
import fr.caleol.tenancy.domain.MonthlyUnpaid;
import jakarta.annotation.security.RolesAllowed;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The team lead's figures: the caseload (paged, filtered), the load per adviser, and the dashboard (unpaid rate per
 * month, open cases by status, counters per period and adviser, deadlines of the week, CSV exports). One query per
 * figure; only the team lead (SOCIAL_CELL_LEAD or ADMIN) reaches them.
 */
@Service
@Transactional(readOnly = true)
public class TeamFiguresService {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final JdbcTemplate jdbc;
    private final Clock clock;

    public TeamFiguresService(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    // ---- caseload

    /** A page of the open cases matching the filter, ordered by opening date. */
    @RolesAllowed({Role.Names.SOCIAL_CELL_LEAD, Role.Names.ADMIN})
    public List<CaseSummary> cases(CaseFilter filter, int offset, int limit) {
        List<Object> args = new ArrayList<>();
        String where = where(filter, args);
        args.add(limit);
        args.add(offset);
        return jdbc.query(ArrearsCaseService.SUMMARY_SELECT + where + " ORDER BY c.opened_on, c.id LIMIT ? OFFSET ?",
                (rs, n) -> ArrearsCaseService.summary(rs), args.toArray());
    }

    @RolesAllowed({Role.Names.SOCIAL_CELL_LEAD, Role.Names.ADMIN})
    public int countCases(CaseFilter filter) {
        List<Object> args = new ArrayList<>();
        String where = where(filter, args);
        Integer n = jdbc.queryForObject("SELECT COUNT(*) FROM arrears_case c JOIN lease l ON l.id = c.lease_id" + where,
                Integer.class, args.toArray());
        return n == null ? 0 : n;
    }

    private static String where(CaseFilter f, List<Object> args) {
        StringBuilder sql = new StringBuilder(" WHERE c.status <> 'RESOLVED'");
        if (f == null) {
            return sql.toString();
        }
        if (f.status() != null) {
            sql.append(" AND c.status = ?");
            args.add(f.status().name());
        }
        if (f.unassigned()) {
            sql.append(" AND c.adviser IS NULL");
        } else if (f.adviser() != null && !f.adviser().isBlank()) {
            sql.append(" AND c.adviser = ?");
            args.add(f.adviser());
        }
        if (f.escalatedOnly()) {
            sql.append(" AND c.escalated_on IS NOT NULL");
        }
        if (f.text() != null && !f.text().isBlank()) {
            String like = "%" + f.text().strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
            sql.append(" AND " + """
                    (l.reference LIKE ? OR EXISTS (SELECT 1 FROM tenant t WHERE t.household_id = l.household_id
                       AND (CONCAT(t.last_name, ' ', t.first_name) LIKE ? OR CONCAT(t.first_name, ' ', t.last_name) LIKE ?)))""");
            args.add(like);
            args.add(like);
            args.add(like);
        }
        return sql.toString();
    }

    /** The active users holding SOCIAL_ADVISER, who may be given cases. */
    @RolesAllowed({Role.Names.SOCIAL_CELL_LEAD, Role.Names.ADMIN})
    public List<Adviser> advisers() {
        return jdbc.query("""
                SELECT u.username, u.display_name FROM app_user u JOIN app_user_role r ON r.user_id = u.id
                WHERE u.active AND r.role = 'SOCIAL_ADVISER' ORDER BY u.display_name, u.username""",
                (rs, n) -> new Adviser(rs.getString(1), rs.getString(2)));
    }

    /**
     * Open cases and what their leases owe today, per adviser: every active adviser (even without cases), every
     * other holder of cases, and the cases not assigned (adviser null), most loaded first.
     */
    @RolesAllowed({Role.Names.SOCIAL_CELL_LEAD, Role.Names.ADMIN})
    public List<AdviserLoad> loadPerAdviser() {
        Map<String, AdviserLoad> loads = new LinkedHashMap<>();
        List<AdviserLoad> unassigned = new ArrayList<>();
        jdbc.query("""
                SELECT c.adviser, MAX(u.display_name), COUNT(*), COALESCE(SUM((SELECT SUM(m.amount) FROM rent_movement m
                  WHERE m.lease_id = c.lease_id AND m.movement_date <= ?)), 0)
                FROM arrears_case c LEFT JOIN app_user u ON u.username = c.adviser
                WHERE c.status <> 'RESOLVED' GROUP BY c.adviser""", rs -> {
            AdviserLoad load = new AdviserLoad(rs.getString(1), rs.getString(2), rs.getInt(3), rs.getBigDecimal(4));
            if (load.adviser() == null) {
                unassigned.add(load);
            } else {
                loads.put(load.adviser(), load);
            }
        }, LandlordTime.today(clock));
        for (Adviser a : advisers()) {
            loads.putIfAbsent(a.username(), new AdviserLoad(a.username(), a.displayName(), 0, BigDecimal.ZERO));
        }
        List<AdviserLoad> result = new ArrayList<>(loads.values());
        result.sort(Comparator.comparingInt(AdviserLoad::openCases).reversed().thenComparing(AdviserLoad::adviser));
        result.addAll(unassigned);
        return result;
    }

    // ---- dashboard

    /** The unpaid rate per month over the last 24 months of ledger, as computed by the last detection. */
    @RolesAllowed({Role.Names.SOCIAL_CELL_LEAD, Role.Names.ADMIN})
    public UnpaidRates unpaidRates() {
        List<MonthlyUnpaid.Month> months = new ArrayList<>();
        LocalDate[] computed = {null};
        jdbc.query("SELECT month, leases_called, leases_unpaid, computed_on FROM ledger_month_figures ORDER BY month",
                rs -> {
                    months.add(new MonthlyUnpaid.Month(YearMonth.from(rs.getObject(1, LocalDate.class)), rs.getInt(2),
                            rs.getInt(3)));
                    computed[0] = rs.getObject(4, LocalDate.class);
                });
        return new UnpaidRates(List.copyOf(months), computed[0]);
    }

    /** Open cases (not resolved) per status, in the order of the statuses. */
    @RolesAllowed({Role.Names.SOCIAL_CELL_LEAD, Role.Names.ADMIN})
    public List<StatusCount> openCasesByStatus() {
        Map<CaseStatus, Integer> counts = new java.util.EnumMap<>(CaseStatus.class);
        jdbc.query("SELECT status, COUNT(*) FROM arrears_case WHERE status <> 'RESOLVED' GROUP BY status",
                rs -> {
                    counts.put(CaseStatus.valueOf(rs.getString(1)), rs.getInt(2));
                });
        List<StatusCount> result = new ArrayList<>();
        for (CaseStatus s : CaseStatus.values()) {
            if (s != CaseStatus.RESOLVED) {
                result.add(new StatusCount(s, counts.getOrDefault(s, 0)));
            }
        }
        return result;
    }

    /**
     * Per adviser over [from, to]: outgoing calls, incoming calls and letters (from the contact log, by author), plans
     * set up (signed in the period, by who set them up) and plans put in default (in the period, counted for the
     * case's adviser); with the team's totals. One query.
     */
    @RolesAllowed({Role.Names.SOCIAL_CELL_LEAD, Role.Names.ADMIN})
    public Counters counters(LocalDate from, LocalDate to) {
        FiguresPeriod.Range range = new FiguresPeriod.Range(from, to);
        List<AdviserCounters> rows = jdbc.query("""
                SELECT who, SUM(k = 'OUTGOING_CALL'), SUM(k = 'INCOMING_CALL'), SUM(k = 'LETTER'), SUM(k = 'PLAN'),
                  SUM(k = 'DEFAULT')
                FROM (SELECT author AS who, kind AS k FROM arrears_contact
                        WHERE contact_date BETWEEN ? AND ? AND kind IN ('OUTGOING_CALL', 'INCOMING_CALL', 'LETTER')
                      UNION ALL SELECT created_by, 'PLAN' FROM repayment_plan WHERE signed_on BETWEEN ? AND ?
                      UNION ALL SELECT c.adviser, 'DEFAULT' FROM repayment_plan p JOIN arrears_case c ON c.id = p.case_id
                        WHERE p.defaulted_on BETWEEN ? AND ?) x
                GROUP BY who ORDER BY who IS NULL, who""", (rs, n) -> new AdviserCounters(rs.getString(1),
                rs.getInt(2), rs.getInt(3), rs.getInt(4), rs.getInt(5), rs.getInt(6)), range.from(), range.to(),
                range.from(), range.to(), range.from(), range.to());
        AdviserCounters total = rows.stream().reduce(new AdviserCounters(null, 0, 0, 0, 0, 0), AdviserCounters::plus);
        return new Counters(range.from(), range.to(), rows, total);
    }

    /** The legal deadlines not yet met that fall in [from, to], across all open cases, ordered by date. */
    @RolesAllowed({Role.Names.SOCIAL_CELL_LEAD, Role.Names.ADMIN})
    public List<TeamDeadline> deadlines(LocalDate from, LocalDate to) {
        // A generous pre-selection in SQL (a CAF report is due 2 months after escalation, a plan at most 8 months
        // after, a CCAPEX referral 2 months before court action); the exact rule is LegalDeadlines.
        List<CaseSummary> candidates = jdbc.query(ArrearsCaseService.SUMMARY_SELECT + " WHERE " + """
                c.status <> 'RESOLVED' AND (
                   (c.escalated_on IS NOT NULL AND (c.escalated_on >= ? - INTERVAL 9 MONTH
                      OR c.caf_reported_on >= ? - INTERVAL 7 MONTH))
                   OR c.court_action_planned_on BETWEEN ? + INTERVAL 1 MONTH AND ? + INTERVAL 3 MONTH)""",
                (rs, n) -> ArrearsCaseService.summary(rs), from, from, from, to);
        List<TeamDeadline> result = new ArrayList<>();
        for (CaseSummary c : candidates) {
            for (LegalDeadlines.Deadline d : c.deadlines()) {
                if (!d.done() && !d.due().isBefore(from) && !d.due().isAfter(to)) {
                    result.add(new TeamDeadline(d.due(), d.kind(), c.id(), c.holder(), c.leaseReference(),
                            c.adviser()));
                }
            }
        }
        result.sort(Comparator.comparing(TeamDeadline::due).thenComparing(TeamDeadline::kind)
                .thenComparingLong(TeamDeadline::caseId));
        return result;
    }

    /** The deadlines of the current week (Monday to Sunday). */
    @RolesAllowed({Role.Names.SOCIAL_CELL_LEAD, Role.Names.ADMIN})
    public List<TeamDeadline> deadlinesThisWeek() {
        FiguresPeriod.Range week = FiguresPeriod.week(LandlordTime.today(clock));
        return deadlines(week.from(), week.to());
    }

    // ---- exports (UTF-8 with BOM, semicolons: opens as is in a French spreadsheet)

    /** The counters per adviser over [from, to], then the team's totals. */
    @RolesAllowed({Role.Names.SOCIAL_CELL_LEAD, Role.Names.ADMIN})
    public byte[] countersCsv(LocalDate from, LocalDate to) {
        Counters counters = counters(from, to);
        List<List<String>> lines = new ArrayList<>();
        lines.add(List.of("conseiller", "du", "au", "appels_sortants", "appels_entrants", "courriers",
                "plans_mis_en_place", "plans_en_defaut"));
        for (AdviserCounters a : counters.perAdviser()) {
            lines.add(counterLine(a.adviser() == null ? "(non attribué)" : a.adviser(), counters, a));
        }
        lines.add(counterLine("TOTAL ÉQUIPE", counters, counters.total()));
        return csv(lines);
    }

    /** The unpaid rate per month (last 24 months of ledger). */
    @RolesAllowed({Role.Names.SOCIAL_CELL_LEAD, Role.Names.ADMIN})
    public byte[] unpaidRatesCsv() {
        UnpaidRates rates = unpaidRates();
        List<List<String>> lines = new ArrayList<>();
        lines.add(List.of("mois", "baux_appeles", "baux_impayes", "taux_impayes_pourcent", "calcule_le"));
        for (MonthlyUnpaid.Month m : rates.months()) {
            lines.add(List.of(m.month().toString(), String.valueOf(m.leasesCalled()), String.valueOf(m.leasesUnpaid()),
                    String.format(Locale.FRANCE, "%.1f", m.ratePercent()), DAY.format(rates.computedOn())));
        }
        return csv(lines);
    }

    private static List<String> counterLine(String who, Counters c, AdviserCounters a) {
        return List.of(who, DAY.format(c.from()), DAY.format(c.to()), String.valueOf(a.outgoingCalls()),
                String.valueOf(a.incomingCalls()), String.valueOf(a.letters()), String.valueOf(a.plansSetUp()),
                String.valueOf(a.plansDefaulted()));
    }

    static byte[] csv(List<List<String>> lines) {
        return CsvWriter.utf8WithBom(csv -> lines.forEach(csv::row));
    }
}
