package fr.caleol.committee.service;

import fr.caleol.audit.domain.AuditAction;
import fr.caleol.audit.service.AuditLog;
import fr.caleol.base.csv.CsvWriter;
import fr.caleol.base.domain.LandlordTime;
import fr.caleol.base.errors.BusinessException;
import fr.caleol.committee.domain.AgendaItemRepository;
import fr.caleol.committee.domain.DecisionType;
import fr.caleol.committee.domain.LetterPlaceholders;
import fr.caleol.committee.domain.LetterTemplate;
import fr.caleol.committee.domain.LetterTemplateRepository;
import fr.caleol.committee.domain.MinutesDocument;
import fr.caleol.committee.domain.Offer;
import fr.caleol.committee.domain.OfferRepository;
import fr.caleol.housing.domain.Dwelling;
import fr.caleol.housing.service.HousingRecords;
import fr.caleol.security.domain.Role;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntConsumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Decision letters: the templates (ADMIN edits and previews them; unknown placeholders are refused), one letter
 * per applicant examined once the minutes are published, as a ZIP of PDFs or a CSV for mail merge, and the
 * prefect's package (minutes PDF + CSV of the decisions).
 */
@Service
public class LetterService {

    /** A letter to write: enough to render it without the database. */
    public record LetterJob(String fileName, byte[] pdf) {}

    private final LetterTemplateRepository templates;
    private final MinutesService minutesService;
    private final HousingRecords housing;
    private final AuditLog auditLog;
    private final OfferRepository offers;
    private final AgendaItemRepository items;
    private final Clock clock;

    LetterService(LetterTemplateRepository templates, MinutesService minutesService, HousingRecords housing,
            AuditLog auditLog, OfferRepository offers, AgendaItemRepository items, Clock clock) {
        this.offers = offers;
        this.items = items;
        this.templates = templates;
        this.minutesService = minutesService;
        this.housing = housing;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    // --------------------------------------------------------------------------------------------- templates

    public record TemplateText(DecisionType type, long version, String subject, String body) {}

    @Transactional(readOnly = true)
    @RolesAllowed(Role.Names.ADMIN)
    public List<TemplateText> templates() {
        return templates.findAll().stream().sorted(java.util.Comparator.comparing(t -> t.getDecisionType().ordinal()))
                .map(t -> new TemplateText(t.getDecisionType(), t.getVersion(), t.getSubject(), t.getBody()))
                .toList();
    }

    @Transactional
    @RolesAllowed(Role.Names.ADMIN)
    public long saveTemplate(DecisionType type, long expectedVersion, String subject, String body) {
        validate(subject, body);
        LetterTemplate template = templates.findByDecisionType(type)
                .orElseThrow(() -> new BusinessException("committee.error.notFound"));
        if (template.getVersion() != expectedVersion) {
            throw BusinessException.staleData();
        }
        template.setText(subject.trim(), body.strip());
        auditLog.record(AuditAction.LETTER_TEMPLATE_CHANGED, "letter_template", template.getId(), type.name());
        templates.flush();
        return template.getVersion();
    }

    /** A preview of a (possibly unsaved) template on sample data. */
    @RolesAllowed(Role.Names.ADMIN)
    public byte[] preview(DecisionType type, String subject, String body) {
        validate(subject, body);
        LocalDate today = LandlordTime.today(clock);
        MinutesDocument.Decision decision = new MinutesDocument.Decision(0, "Mme Camille Exemple-Lefèvre",
                "093 26 11 00001 A0093", type, type == DecisionType.RANKED_ATTRIBUTION ? 1 : null,
                type == DecisionType.CONDITIONAL_ATTRIBUTION ? "Avis d’imposition 2025" : null,
                type == DecisionType.CONDITIONAL_ATTRIBUTION ? today.plusDays(15) : null,
                type == DecisionType.NON_ATTRIBUTION || type == DecisionType.INADMISSIBLE
                        ? fr.caleol.committee.domain.RefusalGround.RESOURCES_ABOVE_CEILING : null, null);
        MinutesDocument.Item item = new MinutesDocument.Item(0, 1, 0, "MTR-0042", "12 rue de la République",
                "Montreuil", "T3", null, fr.caleol.committee.domain.ItemState.DECIDED, null, List.of(), List.of(),
                List.of(), List.of(decision), null);
        MinutesDocument doc = new MinutesDocument(0, "CALEOL Est ensemble", "Est ensemble", today,
                java.time.LocalTime.of(14, 0), fr.caleol.committee.domain.SittingMode.LIVE_REMOTE, null, null,
                fr.caleol.committee.domain.MinutesState.PUBLISHED, null, null, null, null,
                new fr.caleol.committee.domain.QuorumRule(fr.caleol.committee.domain.QuorumRule.Kind.PERCENT_OF_ELECTORATE, 50),
                List.of(), List.of(item));
        return Letters.pdf(subject, body, Letters.values(new Letters.Letter(doc, item, decision,
                new BigDecimal("512.40"), today, List.of("8 rue des Lilas", "93100 Montreuil"),
                type == DecisionType.RANKED_ATTRIBUTION ? fr.caleol.committee.domain.FrenchCalendar.replyDeadline(today)
                        : null)), doc.committeeName(), fr.caleol.committee.domain.AppealMentions.of(type, 1));
    }

    private static void validate(String subject, String body) {
        if (subject == null || subject.isBlank() || subject.length() > LetterTemplate.SUBJECT_MAX
                || body == null || body.isBlank() || body.length() > LetterTemplate.BODY_MAX) {
            throw new BusinessException("letters.error.textRequired", LetterTemplate.SUBJECT_MAX,
                    LetterTemplate.BODY_MAX);
        }
        Set<String> unknown = new java.util.LinkedHashSet<>(LetterPlaceholders.unknown(subject));
        unknown.addAll(LetterPlaceholders.unknown(body));
        if (!unknown.isEmpty()) {
            throw new BusinessException("letters.error.unknownPlaceholder",
                    String.join(", ", unknown.stream().map(u -> "{{" + u + "}}").toList()),
                    String.join(", ", LetterPlaceholders.KNOWN.stream().map(u -> "{{" + u + "}}").toList()));
        }
    }

    // ----------------------------------------------------------------------------------------------- letters

    /** The letters of a sitting whose minutes are published, one PDF per applicant examined, in a ZIP. */
    @Transactional(readOnly = true)
    @RolesAllowed({Role.Names.SECRETARY, Role.Names.ADMIN})
    public byte[] lettersZip(long sittingId, IntConsumer progressPercent) {
        List<Letters.Letter> letters = letters(sittingId);
        Map<DecisionType, LetterTemplate> byType = templatesByType();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            int done = 0;
            for (Letters.Letter letter : letters) {
                zip.putNextEntry(new ZipEntry(Letters.fileName(letter.item(), letter.decision())));
                zip.write(Letters.pdf(byType.get(letter.decision().type()), letter));
                zip.closeEntry();
                done++;
                progressPercent.accept(done * 100 / letters.size());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        auditLog.record(AuditAction.LETTERS_GENERATED, "sitting", sittingId, letters.size() + " letters");
        return out.toByteArray();
    }

    /** The letters' data as a CSV (semicolon-separated, UTF-8 with BOM) for a mail merge. */
    @Transactional(readOnly = true)
    @RolesAllowed({Role.Names.SECRETARY, Role.Names.ADMIN})
    public byte[] lettersCsv(long sittingId) {
        List<Letters.Letter> letters = letters(sittingId);
        List<String> header = new ArrayList<>(List.of("decision"));
        header.addAll(LetterPlaceholders.KNOWN);
        auditLog.record(AuditAction.LETTERS_EXPORTED, "sitting", sittingId, letters.size() + " letters, CSV");
        return csv(header, letters.stream().map(letter -> {
            Map<String, String> values = Letters.values(letter);
            List<String> row = new ArrayList<>();
            row.add(FrenchText.label(letter.decision().type(), "committee.decisionType."));
            LetterPlaceholders.KNOWN.forEach(key -> row.add(values.getOrDefault(key, "")));
            return row;
        }).toList());
    }

    /** The prefect's package: the published minutes PDF and a CSV of the decisions, in a ZIP. */
    @Transactional
    @RolesAllowed({Role.Names.SECRETARY, Role.Names.ADMIN})
    public byte[] prefectPackage(long sittingId) {
        MinutesService.PublishedMinutes published = minutesService.published(sittingId)
                .orElseThrow(() -> new BusinessException("minutes.error.notPublished"));
        MinutesDocument doc = published.document();
        List<List<String>> rows = new ArrayList<>();
        for (MinutesDocument.Item item : doc.items()) {
            for (MinutesDocument.Decision d : item.decisions()) {
                rows.add(List.of(FrenchText.shortDate(doc.date()), item.dwellingReference(), item.address(),
                        item.commune(), d.numeroUnique(), d.applicantName(),
                        FrenchText.label(d.type(), "committee.decisionType."),
                        d.rank() == null ? "" : d.rank().toString(),
                        d.missingDocument() == null ? "" : d.missingDocument(),
                        FrenchText.shortDate(d.conditionDeadline()),
                        d.ground() == null ? "" : MinutesPdf.grounds(d)));
            }
        }
        byte[] decisionsCsv = csv(List.of("date_seance", "logement", "adresse", "commune", "numero_unique", "nom",
                "decision", "rang", "piece_manquante", "date_limite_condition", "motif"), rows);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("proces-verbal-" + doc.date() + ".pdf"));
            zip.write(published.pdf());
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("decisions-" + doc.date() + ".csv"));
            zip.write(decisionsCsv);
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("empreinte-sha256.txt"));
            zip.write((published.sha256() + "\n").getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        auditLog.record(AuditAction.PREFECT_PACKAGE_EXPORTED, "minutes", published.minutesId(),
                "sha256 " + published.sha256());
        return out.toByteArray();
    }

    private List<Letters.Letter> letters(long sittingId) {
        MinutesService.PublishedMinutes published = minutesService.published(sittingId)
                .orElseThrow(() -> new BusinessException("minutes.error.notPublished"));
        LocalDate letterDate = LandlordTime.today(clock);
        Map<Long, BigDecimal> rents = new java.util.HashMap<>();
        housing.dwellings(published.document().items().stream().map(MinutesDocument.Item::dwellingId).toList())
                .forEach(d -> rents.put(d.getId(), rent(d)));
        Map<Long, List<String>> addresses = new java.util.HashMap<>();
        housing.applications(published.document().items().stream().flatMap(i -> i.decisions().stream())
                .map(MinutesDocument.Decision::applicationId).toList())
                .forEach(a -> addresses.put(a.getId(), addressLines(a)));
        // The deadline each letter prints is the one stored with the offer, which the lapse job applies.
        Map<String, LocalDate> deadlines = new java.util.HashMap<>();
        offers.findByItemIdInOrderByItemIdAscRankAsc(published.document().items().stream()
                .map(MinutesDocument.Item::itemId).toList()).stream()
                .filter(o -> o.getKind() == Offer.Kind.OFFER && o.getReplyDeadline() != null)
                .forEach(o -> deadlines.put(o.getItemId() + ":" + o.getApplicationId(), o.getReplyDeadline()));
        List<Letters.Letter> letters = new ArrayList<>();
        for (MinutesDocument.Item item : published.document().items()) {
            for (MinutesDocument.Decision d : item.decisions()) {
                letters.add(new Letters.Letter(published.document(), item, d, rents.get(item.dwellingId()),
                        letterDate, addresses.getOrDefault(d.applicationId(), List.of()),
                        deadlines.get(item.itemId() + ":" + d.applicationId())));
            }
        }
        return letters;
    }

    /**
     * The letter of one offer's candidate, e.g. the one owed when the offer passed to them after the publication: the
     * same template as the sitting's letters, with the deadline stored with the offer. The download is audited.
     */
    @Transactional(readOnly = true)
    @RolesAllowed({Role.Names.SECRETARY, Role.Names.ADMIN})
    public LetterJob offerLetter(long offerId) {
        Offer offer = offers.findById(offerId).orElseThrow(() -> new BusinessException("committee.error.notFound"));
        long sittingId = items.findById(offer.getItemId()).orElseThrow(
                () -> new BusinessException("committee.error.notFound")).getSitting().getId();
        Letters.Letter letter = letters(sittingId).stream()
                .filter(l -> l.item().itemId() == offer.getItemId()
                        && l.decision().applicationId() == offer.getApplicationId())
                .findFirst().orElseThrow(() -> new BusinessException("committee.error.notFound"));
        auditLog.record(AuditAction.LETTERS_GENERATED, "offer", offerId, "letter of rank " + offer.getRank());
        return new LetterJob(Letters.fileName(letter.item(), letter.decision()),
                Letters.pdf(templatesByType().get(letter.decision().type()), letter));
    }

    private static List<String> addressLines(fr.caleol.housing.domain.HousingApplication a) {
        List<String> lines = new ArrayList<>();
        if (a.getAddressLine() != null) {
            lines.add(a.getAddressLine());
        }
        String town = ((a.getPostalCode() == null ? "" : a.getPostalCode()) + " "
                + (a.getCity() == null ? "" : a.getCity().toUpperCase(java.util.Locale.FRENCH))).trim();
        if (!town.isEmpty()) {
            lines.add(town);
        }
        return lines;
    }

    private static BigDecimal rent(Dwelling d) {
        return d.getMonthlyRent() == null ? null
                : d.getMonthlyRent().add(d.getMonthlyCharges() == null ? BigDecimal.ZERO : d.getMonthlyCharges());
    }

    private Map<DecisionType, LetterTemplate> templatesByType() {
        Map<DecisionType, LetterTemplate> map = new EnumMap<>(DecisionType.class);
        templates.findAll().forEach(t -> map.put(t.getDecisionType(), t));
        return map;
    }

    private static byte[] csv(List<String> header, List<List<String>> rows) {
        return CsvWriter.utf8WithBom(csv -> {
            csv.row(header);
            rows.forEach(csv::row);
        });
    }
}
