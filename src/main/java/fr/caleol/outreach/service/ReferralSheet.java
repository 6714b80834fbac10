package fr.caleol.outreach.service;

import fr.caleol.audit.domain.AuditAction;
import fr.caleol.audit.service.AuditLog;
import fr.caleol.base.domain.LandlordTime;
import fr.caleol.base.errors.BusinessException;
import fr.caleol.base.pdf.PdfLayout;
import fr.caleol.security.domain.Role;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The referral sheet sent to the CCAS, as a PDF (PDFBox, DejaVu Sans embedded so that accents print). It carries
 * the tenant's identity and contact, the reason and the consent; not the call notes.
 */
@Service
public class ReferralSheet {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy 'à' HH'h'mm");

    private final JdbcTemplate jdbc;
    private final AuditLog audit;

    private final fr.caleol.security.service.CurrentUser currentUser;
    private final fr.caleol.tenancy.service.TenancyService tenancy;
    private final Clock clock;

    public ReferralSheet(JdbcTemplate jdbc, AuditLog audit, fr.caleol.security.service.CurrentUser currentUser,
            fr.caleol.tenancy.service.TenancyService tenancy, Clock clock) {
        this.clock = clock;
        this.jdbc = jdbc;
        this.audit = audit;
        this.currentUser = currentUser;
        this.tenancy = tenancy;
    }

    @Transactional
    @RolesAllowed({Role.Names.OUTREACH_COORDINATOR, Role.Names.SOCIAL_ADVISER})
    public byte[] pdf(long referralId) {
        List<Map<String, Object>> rows = jdbc.queryForList("""
                SELECT r.tenant_id, r.reason, r.status, r.outcome, r.consent_at, r.created_at, r.created_by, t.last_name,
                       t.first_name, t.birth_date, t.phone, t.phone2, t.reference, h.address_line, c.postal_code,
                       c.name AS commune, k.name AS campaign
                FROM outreach_referral r JOIN tenant t ON t.id = r.tenant_id
                JOIN household h ON h.id = t.household_id JOIN commune c ON c.id = h.commune_id
                JOIN outreach_campaign k ON k.id = r.campaign_id WHERE r.id = ?""", referralId);
        if (rows.isEmpty()) {
            throw new BusinessException("outreach.error.noReferral");
        }
        Map<String, Object> r = rows.getFirst();
        // The coordinator prints any referral; a social adviser only those of the tenants his own cases are about.
        if (!currentUser.hasRole(fr.caleol.security.domain.Role.OUTREACH_COORDINATOR)) {
            long tenantId = ((Number) r.get("tenant_id")).longValue();
            if (!tenancy.inLeaseScope(tenantId)) {
                throw new org.springframework.security.access.AccessDeniedException(
                        "Referral " + referralId + " is about a tenant outside your cases");
            }
        }
        List<String[]> lines = new ArrayList<>();
        lines.add(new String[] {"Locataire", r.get("last_name") + " " + r.get("first_name") + " (réf. "
                + r.get("reference") + ")"});
        lines.add(new String[] {"Date de naissance", ((java.sql.Date) r.get("birth_date")).toLocalDate().format(DATE)});
        lines.add(new String[] {"Adresse", r.get("address_line") + ", " + r.get("postal_code") + " " + r.get("commune")});
        lines.add(new String[] {"Téléphone", r.get("phone") == null ? "—"
                : r.get("phone") + (r.get("phone2") == null ? "" : " / " + r.get("phone2"))});
        lines.add(new String[] {"Consentement recueilli le", paris(r.get("consent_at"))});
        lines.add(new String[] {"Orienté par", r.get("created_by") + ", campagne « " + r.get("campaign") + " »"});
        lines.add(new String[] {"Statut", switch ((String) r.get("status")) {
            case "SENT" -> "Transmise";
            case "TAKEN_IN_CHARGE" -> "Prise en charge";
            default -> "Close";
        }});
        byte[] pdf = render(lines, (String) r.get("reason"), (String) r.get("outcome"), LandlordTime.today(clock));
        audit.record(AuditAction.DOSSIER_READ, "outreach_referral", referralId, "referral sheet PDF");
        return pdf;
    }

    private static String paris(Object utc) {
        LocalDateTime time = utc instanceof java.sql.Timestamp ts ? ts.toLocalDateTime() : (LocalDateTime) utc;
        return time.atOffset(ZoneOffset.UTC).atZoneSameInstant(fr.caleol.base.domain.LandlordTime.ZONE)
                .format(DATE_TIME);
    }

    private static byte[] render(List<String[]> fields, String reason, String outcome, LocalDate today) {
        try (PdfLayout pdf = new PdfLayout("Fiche d’orientation vers le CCAS")) {
            pdf.title("Fiche d’orientation vers le CCAS");
            pdf.small("Établie le " + today.format(DATE) + " — document confidentiel (données personnelles)");
            pdf.space(8);
            for (String[] field : fields) {
                pdf.text(field[0] + " : " + field[1]);
            }
            pdf.heading("Motif de l’orientation");
            pdf.text(reason);
            if (outcome != null) {
                pdf.heading("Suite donnée");
                pdf.text(outcome);
            }
            return pdf.finish("Fiche d’orientation vers le CCAS — document confidentiel");
        }
    }
}
