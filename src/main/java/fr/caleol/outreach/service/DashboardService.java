package fr.caleol.outreach.service;

import fr.caleol.audit.domain.AuditAction;
import fr.caleol.audit.service.AuditLog;
import fr.caleol.base.csv.CsvWriter;
import fr.caleol.base.domain.LandlordTime;
import fr.caleol.outreach.domain.CampaignWeek;
import fr.caleol.security.domain.Role;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The coordinator's live figures of a campaign, and their CSV exports. */
@Service
public class DashboardService {


    private final JdbcTemplate jdbc;
    private final AuditLog audit;
    private final Clock clock;

    public DashboardService(JdbcTemplate jdbc, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    @RolesAllowed(Role.Names.OUTREACH_COORDINATOR)
    public DashboardFigures figures(long campaignId) {
        Map<String, Object> campaign = jdbc.queryForMap("SELECT start_date, weeks FROM outreach_campaign WHERE id = ?",
                campaignId);
        int weeks = ((Number) campaign.get("weeks")).intValue();
        int currentWeek = CampaignWeek.of(((java.sql.Date) campaign.get("start_date")).toLocalDate(), weeks,
                LandlordTime.today(clock));
        int targeted = count("SELECT COUNT(*) FROM outreach_target WHERE campaign_id = ? AND removed_at IS NULL",
                campaignId);
        int reached = count("SELECT COUNT(DISTINCT tenant_id) FROM outreach_call WHERE campaign_id = ? "
                + "AND outcome = 'REACHED'", campaignId);
        int referred = count("SELECT COUNT(DISTINCT tenant_id) FROM outreach_referral WHERE campaign_id = ?",
                campaignId);
        int wantsRegular = count("SELECT COUNT(DISTINCT tenant_id) FROM outreach_call WHERE campaign_id = ? "
                + "AND outcome = 'REACHED' AND wants_regular", campaignId);
        int urgentOpen = count("SELECT COUNT(*) FROM outreach_call WHERE campaign_id = ? AND urgent "
                + "AND urgent_closed_at IS NULL", campaignId);
        int neighbours = count("SELECT COUNT(*) FROM outreach_neighbour_report WHERE campaign_id = ? "
                + "AND handled_at IS NULL", campaignId);
        // planned per week: the targets assigned during that week (one call each)
        Map<Integer, int[]> byWeek = new HashMap<>();
        jdbc.query("""
                SELECT week, COUNT(DISTINCT tenant_id), COUNT(DISTINCT CASE WHEN outcome = 'REACHED' THEN tenant_id END)
                FROM outreach_call WHERE campaign_id = ? GROUP BY week""", rs -> {
            byWeek.put(rs.getInt(1), new int[] {rs.getInt(2), rs.getInt(3)});
        }, campaignId);
        // planned in week w: the tenants paired with a volunteer during that week (one call each)
        Map<Integer, Integer> planned = new HashMap<>();
        for (int w = 1; w <= weeks; w++) {
            planned.put(w, count("SELECT COUNT(DISTINCT tenant_id) FROM outreach_assignment WHERE campaign_id = ? "
                    + "AND from_week <= ? AND (to_week IS NULL OR to_week >= ?)", campaignId, w, w));
        }
        List<DashboardFigures.WeekFigure> perWeek = new ArrayList<>();
        for (int w = 1; w <= weeks; w++) {
            int[] done = byWeek.getOrDefault(w, new int[2]);
            perWeek.add(new DashboardFigures.WeekFigure(w, Math.max(0, planned.getOrDefault(w, 0)), done[0],
                    done[1]));
        }
        // two grouped queries rather than one correlated sub-query per volunteer
        Map<String, Integer> loads = new HashMap<>();
        jdbc.query("SELECT username, COUNT(*) FROM outreach_assignment WHERE campaign_id = ? AND to_week IS NULL "
                + "GROUP BY username", rs -> {
            loads.put(rs.getString(1), rs.getInt(2));
        }, campaignId);
        Map<String, Integer> calledThisWeek = new HashMap<>();
        jdbc.query("""
                SELECT a.username, COUNT(DISTINCT c.tenant_id) FROM outreach_call c
                JOIN outreach_assignment a ON a.campaign_id = c.campaign_id AND a.tenant_id = c.tenant_id
                     AND a.to_week IS NULL
                WHERE c.campaign_id = ? AND c.week = ? GROUP BY a.username""", rs -> {
            calledThisWeek.put(rs.getString(1), rs.getInt(2));
        }, campaignId, currentWeek);
        List<DashboardFigures.VolunteerFigure> perVolunteer = jdbc.query("""
                SELECT v.username, COALESCE(u.display_name, v.username), v.capacity
                FROM outreach_volunteer v LEFT JOIN app_user u ON u.username = v.username
                WHERE v.campaign_id = ? AND v.left_week IS NULL ORDER BY v.username""",
                (rs, n) -> new DashboardFigures.VolunteerFigure(rs.getString(1), rs.getString(2), rs.getInt(3),
                        loads.getOrDefault(rs.getString(1), 0), calledThisWeek.getOrDefault(rs.getString(1), 0)),
                campaignId);
        return new DashboardFigures(campaignId, currentWeek, weeks, targeted, reached, referred, wantsRegular,
                urgentOpen, neighbours, perWeek, perVolunteer);
    }

    /** The figures as CSV (semicolons, UTF-8 with BOM for spreadsheets). */
    @Transactional
    @RolesAllowed(Role.Names.OUTREACH_COORDINATOR)
    public byte[] figuresCsv(long campaignId) {
        DashboardFigures f = figures(campaignId);
        byte[] file = CsvWriter.utf8WithBom(csv -> {
            csv.row("indicateur", "valeur");
            csv.row("locataires_cibles", f.targeted());
            csv.row("joints_au_moins_une_fois", f.reached());
            csv.row("joints_pourcent", f.reachedPercent());
            csv.row("orientes_ccas", f.referred());
            csv.row("orientes_ccas_pourcent_des_joints", f.referredPercentOfReached());
            csv.row("souhaitent_appels_reguliers", f.wantsRegular());
            csv.row("souhaitent_appels_reguliers_pourcent_des_joints", f.wantsRegularPercentOfReached());
            csv.row("alertes_urgentes_ouvertes", f.urgentOpen());
            csv.blankLine();
            csv.row("semaine", "appels_prevus", "locataires_appeles", "locataires_joints");
            for (DashboardFigures.WeekFigure w : f.perWeek()) {
                csv.row(w.week(), w.planned(), w.called(), w.reached());
            }
            csv.blankLine();
            csv.row("benevole", "capacite", "charge", "appeles_cette_semaine", "realisation_pourcent");
            for (DashboardFigures.VolunteerFigure v : f.perVolunteer()) {
                csv.row(v.username(), v.capacity(), v.load(), v.calledThisWeek(), v.completionPercent());
            }
        });
        audit.record(AuditAction.OUTREACH_EXPORTED, "outreach_campaign", campaignId, "figures");
        return file;
    }

    /** The call log as CSV, with the notes (the coordinator may read them); audited. */
    @Transactional
    @RolesAllowed(Role.Names.OUTREACH_COORDINATOR)
    public byte[] callLogCsv(long campaignId) {
        byte[] file = CsvWriter.utf8WithBom(csv -> {
            csv.row("date_utc", "semaine", "reference_locataire", "nom", "benevole", "resultat", "sante",
                    "moral", "besoin_courses", "besoin_medicaments", "besoin_isolement", "besoin_autre",
                    "voisin_inquietant", "appels_reguliers", "urgent", "notes");
            jdbc.query("""
                    SELECT c.called_at, c.week, t.reference, CONCAT(t.last_name, ' ', t.first_name), c.caller,
                           c.outcome, c.health, c.morale, c.need_shopping, c.need_medicine, c.need_isolation,
                           c.need_other, c.neighbour_worry, c.wants_regular, c.urgent, c.notes
                    FROM outreach_call c JOIN tenant t ON t.id = c.tenant_id WHERE c.campaign_id = ?
                    ORDER BY c.called_at, c.id""", rs -> {
                List<Object> row = new ArrayList<>();
                for (int i = 1; i <= 16; i++) {
                    Object value = rs.getObject(i);
                    row.add(value instanceof Boolean b ? (b ? "oui" : "non") : value);
                }
                csv.row(row);
            }, campaignId);
        });
        audit.record(AuditAction.OUTREACH_EXPORTED, "outreach_campaign", campaignId, "call log");
        return file;
    }

    private int count(String sql, Object... args) {
        Integer value = jdbc.queryForObject(sql, Integer.class, args);
        return value == null ? 0 : value;
    }

}
