package fr.caleol.socialcell.service;

import fr.caleol.audit.domain.AuditAction;
import fr.caleol.audit.service.AuditLog;
import fr.caleol.base.config.LandlordProperties;
import fr.caleol.base.domain.LandlordTime;
import fr.caleol.base.errors.BusinessException;
import fr.caleol.base.pdf.PdfLayout;
import fr.caleol.security.domain.Role;
import fr.caleol.security.service.CurrentUser;
import fr.caleol.socialcell.domain.ArrearsLetterKind;
import fr.caleol.socialcell.domain.ArrearsLetterPlaceholders;
import fr.caleol.socialcell.domain.CaseStatus;
import fr.caleol.socialcell.domain.ContactKind;
import fr.caleol.socialcell.domain.Instalment;
import fr.caleol.socialcell.domain.PlanStatus;
import fr.caleol.tenancy.domain.ArrearsRules;
import fr.caleol.tenancy.domain.Movement;
import fr.caleol.tenancy.service.RentLedgerService;
import jakarta.annotation.security.RolesAllowed;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The social cell's letters from templates: first reminder, invitation to contact the cell, plan confirmation and
 * default notice. An adviser previews and generates the letters of their cases (a generated letter is logged as a
 * LETTER contact with its kind); the team lead edits the templates.
 *
 * <p>Access: the case's adviser or the team lead (SOCIAL_CELL_LEAD, ADMIN), through
 * {@link ArrearsCaseService#requireAccess(long)}; the templates are the lead's.
 */
@Service
public class ArrearsLetterService {

    public static final int SUBJECT_MAX = 200;
    public static final int BODY_MAX = 8000;

    public record Template(ArrearsLetterKind kind, long version, String subject, String body, String updatedBy,
            LocalDateTime updatedAtUtc) {}

    /** A letter's text once its placeholders are filled. */
    public record Filled(String subject, String body) {}

    /** The letter a case calls for now; {@code planInDefault} when its plan is in default. */
    public record Suggestion(ArrearsLetterKind kind, boolean planInDefault) {}

    /** A letter already sent on a case (from the contact log). */
    public record SentLetter(long contactId, LocalDate date, ArrearsLetterKind kind, String author) {}

    private final JdbcTemplate jdbc;
    private final ArrearsCaseService cases;
    private final PlanService plans;
    private final RentLedgerService ledger;
    private final CaseFacts facts;
    private final AuditLog audit;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final String landlord;
    private final String landlordAddress;
    private final String cellPhone;

    public ArrearsLetterService(JdbcTemplate jdbc, ArrearsCaseService cases, PlanService plans,
            RentLedgerService ledger, CaseFacts facts, AuditLog audit, CurrentUser currentUser, Clock clock,
            LandlordProperties landlord, SocialCellProperties settings) {
        this.jdbc = jdbc;
        this.cases = cases;
        this.plans = plans;
        this.ledger = ledger;
        this.facts = facts;
        this.audit = audit;
        this.currentUser = currentUser;
        this.clock = clock;
        this.landlord = landlord.name();
        this.landlordAddress = landlord.address();
        this.cellPhone = settings.printedPhone();
    }

    // ---- letters of a case

    /** The letter as it would be sent today, placeholders filled. Nothing is recorded. */
    @Transactional(readOnly = true)
    @RolesAllowed({Role.Names.SOCIAL_ADVISER, Role.Names.SOCIAL_CELL_LEAD, Role.Names.ADMIN})
    public Filled preview(long caseId, ArrearsLetterKind kind) {
        cases.requireAccess(caseId);
        Template template = template(kind);
        Map<String, String> values = ArrearsLetterPlaceholders.values(caseFacts(caseId, kind));
        return new Filled(ArrearsLetterPlaceholders.fill(template.subject(), values),
                ArrearsLetterPlaceholders.fill(template.body(), values));
    }

    /**
     * The letter as a PDF, dated today; records a LETTER contact with its kind (a NEW case becomes CONTACTED), in the
     * audit log too.
     */
    @Transactional
    @RolesAllowed({Role.Names.SOCIAL_ADVISER, Role.Names.SOCIAL_CELL_LEAD, Role.Names.ADMIN})
    public byte[] generate(long caseId, ArrearsLetterKind kind) {
        cases.requireAccess(caseId);
        Template template = template(kind);
        ArrearsLetterPlaceholders.Facts f = caseFacts(caseId, kind);
        Map<String, String> values = ArrearsLetterPlaceholders.values(f);
        String subject = ArrearsLetterPlaceholders.fill(template.subject(), values);
        byte[] pdf = pdf(kind, subject, ArrearsLetterPlaceholders.fill(template.body(), values), f);
        long contactId = cases.logContact(caseId, ContactKind.LETTER, f.letterDate(), truncate(subject));
        jdbc.update("UPDATE arrears_contact SET letter_kind = ? WHERE id = ?", kind.name(), contactId);
        audit.record(AuditAction.LETTERS_GENERATED, "arrears_case", caseId, kind.name() + ", contact " + contactId);
        return pdf;
    }

    /**
     * Which letter to propose: the default notice when the plan is in default, the plan confirmation when a plan
     * runs, otherwise the first reminder, then the invitation once a letter went out.
     */
    @Transactional(readOnly = true)
    @RolesAllowed({Role.Names.SOCIAL_ADVISER, Role.Names.SOCIAL_CELL_LEAD, Role.Names.ADMIN})
    public Suggestion suggestion(long caseId) {
        CaseStatus status = cases.requireAccess(caseId).status();
        return switch (status) {
            case PLAN_IN_DEFAULT -> new Suggestion(ArrearsLetterKind.DEFAULT_NOTICE, true);
            case PLAN_ACTIVE -> new Suggestion(ArrearsLetterKind.PLAN_CONFIRMATION, false);
            default -> new Suggestion(sentLetters(caseId).isEmpty() ? ArrearsLetterKind.FIRST_REMINDER
                    : ArrearsLetterKind.INVITATION, false);
        };
    }

    /** The letters already sent on a case, the latest first. */
    @Transactional(readOnly = true)
    @RolesAllowed({Role.Names.SOCIAL_ADVISER, Role.Names.SOCIAL_CELL_LEAD, Role.Names.ADMIN})
    public List<SentLetter> sentLetters(long caseId) {
        cases.requireAccess(caseId);
        return jdbc.query("""
                SELECT id, contact_date, letter_kind, author FROM arrears_contact
                WHERE case_id = ? AND letter_kind IS NOT NULL ORDER BY contact_date DESC, id DESC""",
                (rs, n) -> new SentLetter(rs.getLong(1), rs.getObject(2, LocalDate.class),
                        ArrearsLetterKind.valueOf(rs.getString(3)), rs.getString(4)), caseId);
    }

    private ArrearsLetterPlaceholders.Facts caseFacts(long caseId, ArrearsLetterKind kind) {
        CaseFacts.Lease lease = facts.lease(caseId);
        LocalDate today = LandlordTime.today(clock);
        List<Movement> movements = ledger.movements(lease.leaseId());
        ArrearsLetterPlaceholders.Plan plan = kind.needsPlan() ? plan(caseId, kind, today) : null;
        String adviser = facts.displayName(lease.adviser() != null ? lease.adviser() : currentUser.requireUsername());
        return new ArrearsLetterPlaceholders.Facts(lease.names(), lease.addressLines(), lease.leaseReference(), today,
                ArrearsRules.balanceOn(movements, today), lease.rentAndCharges(),
                ArrearsLetterPlaceholders.firstUnpaidDue(movements, today), adviser, cellPhone, plan);
    }

    /** The case's latest live or defaulted plan; a default notice needs a plan in default. */
    private ArrearsLetterPlaceholders.Plan plan(long caseId, ArrearsLetterKind kind, LocalDate today) {
        List<Long> live = jdbc.queryForList("""
                SELECT id FROM repayment_plan WHERE case_id = ? AND status IN ('ACTIVE', 'IN_DEFAULT')
                ORDER BY id DESC LIMIT 1""", Long.class, caseId);
        if (live.isEmpty()) {
            throw new BusinessException("socialcell.letters.error.noPlan");
        }
        PlanView p = plans.plan(live.getFirst());
        if (kind == ArrearsLetterKind.DEFAULT_NOTICE && p.status() != PlanStatus.IN_DEFAULT) {
            throw new BusinessException("socialcell.letters.error.notInDefault");
        }
        Instalment late = ArrearsLetterPlaceholders.oldestLate(p.instalments(), today);
        return new ArrearsLetterPlaceholders.Plan(p.debt(), p.instalments(), late);
    }

    private byte[] pdf(ArrearsLetterKind kind, String subject, String body, ArrearsLetterPlaceholders.Facts f) {
        try (PdfLayout pdf = new PdfLayout(subject)) {
            pdf.subheading(landlord);
            pdf.small(landlordAddress);
            pdf.small("Cellule sociale — accompagnement des locataires");
            pdf.small("Téléphone : " + f.cellPhone());
            pdf.space(18);
            pdf.rightAligned(f.names());
            for (String line : f.addressLines()) {
                pdf.rightAligned(line);
            }
            pdf.space(12);
            pdf.rightAligned("Bail n° " + f.leaseReference());
            pdf.rightAligned("Le " + ArrearsLetterPlaceholders.longDate(f.letterDate()));
            pdf.space(12);
            pdf.subheading("Objet : " + subject);
            if (kind == ArrearsLetterKind.DEFAULT_NOTICE) {
                pdf.small("Lettre recommandée avec accusé de réception");
            }
            pdf.space(10);
            pdf.text(body);
            pdf.space(18);
            pdf.text(f.adviser());
            pdf.small("Conseiller·ère de la cellule sociale, pour " + landlord);
            return pdf.finish(landlord + " — Cellule sociale — " + f.cellPhone()
                    + ". Les informations vous concernant sont traitées pour la gestion de votre compte locataire.");
        }
    }

    private static String truncate(String subject) {
        String notes = "Courrier : " + subject;
        int max = ArrearsCaseService.NOTES_MAX;
        return notes.length() > max ? notes.substring(0, max) : notes;
    }

    // ---- templates (the team lead)

    @Transactional(readOnly = true)
    @RolesAllowed({Role.Names.SOCIAL_CELL_LEAD, Role.Names.ADMIN})
    public List<Template> templates() {
        List<Template> all = new ArrayList<>();
        for (ArrearsLetterKind kind : ArrearsLetterKind.values()) {
            all.add(template(kind));
        }
        return all;
    }

    /** Saves a template if nobody changed it since {@code expectedVersion}; returns the new version. */
    @Transactional
    @RolesAllowed({Role.Names.SOCIAL_CELL_LEAD, Role.Names.ADMIN})
    public long saveTemplate(ArrearsLetterKind kind, long expectedVersion, String subject, String body) {
        validate(kind, subject, body);
        int n = jdbc.update("""
                UPDATE arrears_letter_template SET subject = ?, body = ?, version = version + 1, updated_by = ?,
                  updated_at = ? WHERE kind = ? AND version = ?""", subject.strip(), body.strip(),
                currentUser.requireUsername(), LandlordTime.utcNow(clock), kind.name(),
                expectedVersion);
        if (n == 0) {
            throw BusinessException.staleData();
        }
        audit.record(AuditAction.LETTER_TEMPLATE_CHANGED, "arrears_letter_template", kind.name(),
                "version " + (expectedVersion + 1));
        return expectedVersion + 1;
    }

    /** A (possibly unsaved) template on a sample case, as a PDF. Nothing is recorded. */
    @RolesAllowed({Role.Names.SOCIAL_CELL_LEAD, Role.Names.ADMIN})
    public byte[] samplePdf(ArrearsLetterKind kind, String subject, String body) {
        validate(kind, subject, body);
        ArrearsLetterPlaceholders.Facts f = sample();
        Map<String, String> values = ArrearsLetterPlaceholders.values(f);
        return pdf(kind, ArrearsLetterPlaceholders.fill(subject, values),
                ArrearsLetterPlaceholders.fill(body, values), f);
    }

    /** A (possibly unsaved) template's text on a sample case. */
    @RolesAllowed({Role.Names.SOCIAL_CELL_LEAD, Role.Names.ADMIN})
    public Filled sample(ArrearsLetterKind kind, String subject, String body) {
        validate(kind, subject, body);
        Map<String, String> values = ArrearsLetterPlaceholders.values(sample());
        return new Filled(ArrearsLetterPlaceholders.fill(subject, values),
                ArrearsLetterPlaceholders.fill(body, values));
    }

    private ArrearsLetterPlaceholders.Facts sample() {
        LocalDate today = LandlordTime.today(clock);
        LocalDate start = today.withDayOfMonth(5).minusMonths(2);
        List<Instalment> schedule = new ArrayList<>();
        for (int i = 1; i <= 10; i++) {
            schedule.add(new Instalment(i, start.plusMonths(i - 1), new BigDecimal("96.00"),
                    i == 1 ? new BigDecimal("96.00") : BigDecimal.ZERO));
        }
        return new ArrearsLetterPlaceholders.Facts("Camille Exemple-Lefèvre", List.of("8 rue des Lilas",
                "93100 MONTREUIL"), "MTR-0042-B", today, new BigDecimal("1152.40"), new BigDecimal("576.20"),
                today.withDayOfMonth(5).minusMonths(3), facts.displayName(currentUser.requireUsername()), cellPhone,
                new ArrearsLetterPlaceholders.Plan(new BigDecimal("960.00"), schedule,
                        ArrearsLetterPlaceholders.oldestLate(schedule, today)));
    }

    private static void validate(ArrearsLetterKind kind, String subject, String body) {
        if (kind == null || subject == null || subject.isBlank() || subject.strip().length() > SUBJECT_MAX
                || body == null || body.isBlank() || body.strip().length() > BODY_MAX) {
            throw new BusinessException("socialcell.letters.error.textRequired", SUBJECT_MAX, BODY_MAX);
        }
        Set<String> unknown = new LinkedHashSet<>(ArrearsLetterPlaceholders.unknown(subject));
        unknown.addAll(ArrearsLetterPlaceholders.unknown(body));
        if (!unknown.isEmpty()) {
            throw new BusinessException("socialcell.letters.error.unknownPlaceholder",
                    String.join(", ", unknown.stream().map(u -> "{{" + u + "}}").toList()),
                    String.join(", ", ArrearsLetterPlaceholders.KNOWN.stream().map(u -> "{{" + u + "}}").toList()));
        }
    }

    private Template template(ArrearsLetterKind kind) {
        List<Template> found = jdbc.query("""
                SELECT version, subject, body, updated_by, updated_at FROM arrears_letter_template WHERE kind = ?""",
                (rs, n) -> new Template(kind, rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getObject(5, LocalDateTime.class)), kind.name());
        if (found.isEmpty()) {
            throw new BusinessException("socialcell.letters.error.noTemplate");
        }
        return found.getFirst();
    }
}
