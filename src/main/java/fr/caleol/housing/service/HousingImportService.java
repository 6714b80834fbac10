package fr.caleol.housing.service;

import fr.caleol.audit.domain.AuditAction;
import fr.caleol.audit.service.AuditLog;
import fr.caleol.base.domain.LandlordTime;
import fr.caleol.base.metrics.ImportMetrics;
import fr.caleol.housing.domain.ApplicationHistoryEntry;
import fr.caleol.housing.domain.ApplicationStatus;
import fr.caleol.housing.domain.Commune;
import fr.caleol.housing.domain.CommuneRepository;
import fr.caleol.housing.domain.Dwelling;
import fr.caleol.housing.domain.DwellingStatus;
import fr.caleol.housing.domain.DwellingType;
import fr.caleol.housing.domain.HousingApplication;
import fr.caleol.housing.domain.HousingBulkRepository;
import fr.caleol.housing.domain.NumeroUnique;
import fr.caleol.housing.domain.Reservataire;
import fr.caleol.housing.domain.eligibility.Financing;
import fr.caleol.housing.service.ApplicationRules.Violation;
import fr.caleol.security.domain.Role;
import fr.caleol.security.service.CurrentUser;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Validator;
import java.io.InputStream;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports housing applications or dwellings from a CSV file (format in README.md, "Import CSV").
 *
 * <p>All or nothing: every line is checked first, with the same rules as the secretary's form
 * ({@link ApplicationRules}; for dwellings the constraints of {@link Dwelling}), plus duplicates inside the file and
 * against the database. A file with any error imports nothing and the report lists every error by line and column.
 * A correct file is saved in one transaction with multi-row INSERTs, a history line per application and one audit
 * entry for the import.
 */
@Service
@RolesAllowed({Role.Names.SECRETARY, Role.Names.ADMIN})
public class HousingImportService {

    private static final Logger log = LoggerFactory.getLogger(HousingImportService.class);
    /** Lines built and written at a time (and the granularity of the saving progress). */
    static final int CHUNK = 500;

    private final CommuneRepository communes;
    private final HousingBulkRepository bulk;
    private final ApplicationRules rules;
    private final Validator validator;
    private final AuditLog auditLog;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final ImportMetrics metrics;

    HousingImportService(CommuneRepository communes, HousingBulkRepository bulk, ApplicationRules rules,
            Validator validator, AuditLog auditLog, CurrentUser currentUser, Clock clock, ImportMetrics metrics) {
        this.metrics = metrics;
        this.communes = communes;
        this.bulk = bulk;
        this.rules = rules;
        this.validator = validator;
        this.auditLog = auditLog;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** Imports housing applications, all or nothing. The stream is read whole; the caller closes it. */
    @Transactional
    public ImportReport importApplications(String fileName, InputStream in, ImportProgress progress) {
        return metrics.measure("applications", () -> applications(fileName, in, progress), ImportReport::lines,
                ImportReport::succeeded);
    }

    private ImportReport applications(String fileName, InputStream in, ImportProgress progress) {
        long started = System.nanoTime();
        CsvSheet sheet = CsvSheet.read(in, ApplicationCsv.REQUIRED, ApplicationCsv.OPTIONAL);
        Map<String, Commune> communesByCode = communesByCode();
        List<CsvSheet.Line> lines = sheet.lines();
        List<ApplicationForm> forms = new ArrayList<>(lines.size());
        Map<String, CsvSheet.Line> lineOfNumero = new HashMap<>();
        Counter checking = new Counter(progress, ImportProgress.Phase.CHECKING, lines.size());
        for (CsvSheet.Line line : lines) {
            if (!line.unreadable()) {
                ApplicationForm form = ApplicationCsv.read(line);
                report(line, rules.check(form, communesByCode), ApplicationCsv::columnOf);
                Optional<NumeroUnique> numero = NumeroUnique.parse(form.numeroUnique());
                if (numero.isPresent()) {
                    CsvSheet.Line first = lineOfNumero.putIfAbsent(numero.get().value(), line);
                    if (first != null) {
                        line.error(ApplicationCsv.NUMERO_UNIQUE, "import.error.duplicateInFile",
                                numero.get().formatted(), first.number());
                    }
                }
                forms.add(form);
            }
            checking.step();
        }
        for (String taken : bulk.existingNumeros(lineOfNumero.keySet())) {
            lineOfNumero.get(taken).error(ApplicationCsv.NUMERO_UNIQUE, "housing.error.numeroTaken",
                    new NumeroUnique(taken).formatted());
        }
        if (sheet.errorCount() > 0) {
            return refused(ImportReport.Kind.APPLICATIONS, fileName, sheet, ApplicationCsv.HEADER, started);
        }

        String actor = currentUser.requireUsername();
        Instant now = clock.instant();
        Counter saving = new Counter(progress, ImportProgress.Phase.SAVING, forms.size());
        for (int from = 0; from < forms.size(); from += CHUNK) {
            List<HousingApplication> chunk = forms.subList(from, Math.min(from + CHUNK, forms.size())).stream()
                    .map(form -> rules.newApplication(form, communesByCode)).toList();
            List<Long> ids = bulk.insertApplications(chunk);
            bulk.insertHistory(ids.stream().map(id -> new ApplicationHistoryEntry(id, now, actor,
                    ApplicationHistoryEntry.Kind.IMPORTED, ApplicationStatus.ACTIVE, fileName)).toList());
            saving.add(chunk.size());
        }
        auditLog.record(AuditAction.APPLICATIONS_IMPORTED, "application", null,
                forms.size() + " demandes, fichier " + fileName);
        return imported(ImportReport.Kind.APPLICATIONS, fileName, forms.size(), started);
    }

    /** Imports dwellings, all or nothing. The stream is read whole; the caller closes it. */
    @Transactional
    public ImportReport importDwellings(String fileName, InputStream in, ImportProgress progress) {
        return metrics.measure("dwellings", () -> dwellings(fileName, in, progress), ImportReport::lines,
                ImportReport::succeeded);
    }

    private ImportReport dwellings(String fileName, InputStream in, ImportProgress progress) {
        long started = System.nanoTime();
        CsvSheet sheet = CsvSheet.read(in, DwellingCsv.REQUIRED, DwellingCsv.OPTIONAL);
        Map<String, Commune> communesByCode = communesByCode();
        List<CsvSheet.Line> lines = sheet.lines();
        List<Dwelling> dwellings = new ArrayList<>(lines.size());
        Map<String, CsvSheet.Line> lineOfReference = new HashMap<>();
        Counter checking = new Counter(progress, ImportProgress.Phase.CHECKING, lines.size());
        for (CsvSheet.Line line : lines) {
            if (!line.unreadable()) {
                Dwelling dwelling = readDwelling(line, communesByCode);
                report(line, validator.validate(dwelling).stream().map(ConstraintMessages::violation).toList(),
                        DwellingCsv::columnOf);
                if (dwelling.getReference() != null) {
                    CsvSheet.Line first = lineOfReference.putIfAbsent(dwelling.getReference(), line);
                    if (first != null) {
                        line.error(DwellingCsv.REFERENCE, "import.error.duplicateInFile", dwelling.getReference(),
                                first.number());
                    }
                }
                dwellings.add(dwelling);
            }
            checking.step();
        }
        for (String taken : bulk.existingReferences(lineOfReference.keySet())) {
            lineOfReference.get(taken).error(DwellingCsv.REFERENCE, "import.error.referenceTaken", taken);
        }
        if (sheet.errorCount() > 0) {
            return refused(ImportReport.Kind.DWELLINGS, fileName, sheet, DwellingCsv.HEADER, started);
        }

        Counter saving = new Counter(progress, ImportProgress.Phase.SAVING, dwellings.size());
        for (int from = 0; from < dwellings.size(); from += CHUNK) {
            List<Dwelling> chunk = dwellings.subList(from, Math.min(from + CHUNK, dwellings.size()));
            bulk.insertDwellings(chunk);
            saving.add(chunk.size());
        }
        auditLog.record(AuditAction.DWELLINGS_IMPORTED, "dwelling", null,
                dwellings.size() + " logements, fichier " + fileName);
        return imported(ImportReport.Kind.DWELLINGS, fileName, dwellings.size(), started);
    }

    private Dwelling readDwelling(CsvSheet.Line line, Map<String, Commune> communesByCode) {
        String code = line.text(DwellingCsv.COMMUNE);
        Commune commune = code == null ? null : communesByCode.get(code);
        if (code != null && commune == null) {
            line.error(DwellingCsv.COMMUNE, "housing.error.unknownCommune", code);
        }
        if (line.text(DwellingCsv.FLOOR) == null) {
            line.error(DwellingCsv.FLOOR, "validation.required");
        }
        Long floor = line.wholeNumber(DwellingCsv.FLOOR);
        if (floor != null && (floor < Integer.MIN_VALUE || floor > Integer.MAX_VALUE)) {
            line.error(DwellingCsv.FLOOR, "import.error.number", floor);
            floor = null;
        }
        Dwelling dwelling = new Dwelling(line.text(DwellingCsv.REFERENCE), line.text(DwellingCsv.ADDRESS), commune,
                line.code(DwellingCsv.TYPE, DwellingType.class), line.decimal(DwellingCsv.SURFACE),
                floor == null ? 0 : floor.intValue(), line.flag(DwellingCsv.LIFT),
                line.flag(DwellingCsv.REDUCED_MOBILITY), line.decimal(DwellingCsv.RENT),
                line.decimal(DwellingCsv.CHARGES), line.code(DwellingCsv.FINANCING, Financing.class),
                line.code(DwellingCsv.RESERVATAIRE, Reservataire.class));
        DwellingStatus status = line.code(DwellingCsv.STATUS, DwellingStatus.class);
        dwelling.setStatus(status == null ? DwellingStatus.VACANT : status);
        LocalDate vacantSince = line.date(DwellingCsv.VACANT_SINCE);
        if (vacantSince != null && vacantSince.isAfter(LandlordTime.today(clock))) {
            line.error(DwellingCsv.VACANT_SINCE, "housing.error.vacantSinceFuture");
        }
        dwelling.situate(line.flag(DwellingCsv.QPV), vacantSince);
        return dwelling;
    }

    /**
     * The broken rules of a line, except on columns that already have an error (a value that could not even be
     * read: its rule violations would only repeat it).
     */
    private static void report(CsvSheet.Line line, List<Violation> violations, Function<String, String> columnOf) {
        List<Violation> kept = violations.stream().filter(v -> {
            String column = columnOf.apply(v.field());
            return !line.failed(column) && !line.failed(rootColumn(column));
        }).toList();
        kept.forEach(v -> line.error(columnOf.apply(v.field()), v.messageKey(), v.arguments().toArray()));
    }

    /** "membres (2)" belongs to the column "membres". */
    private static String rootColumn(String column) {
        return column.contains(" ") ? column.substring(0, column.indexOf(' ')) : column;
    }

    private Map<String, Commune> communesByCode() {
        return communes.findAll().stream().collect(Collectors.toMap(Commune::getInseeCode, Function.identity()));
    }

    /** The errors by line, those of a data line in the order of the columns. */
    private static ImportReport refused(ImportReport.Kind kind, String fileName, CsvSheet sheet, List<String> header,
            long started) {
        List<ImportError> errors = new ArrayList<>(sheet.errors());
        errors.sort(Comparator.comparingInt(ImportError::line).thenComparingInt(e -> e.line() < 2 ? 0
                : header.indexOf(rootColumn(e.column()))));
        ImportReport report = new ImportReport(kind, fileName, sheet.lines().size(), 0, errors, sheet.errorCount(),
                sheet.linesInError(), elapsed(started));
        log.info("Import of {} refused ({}): {} errors on {} of {} lines", kind, fileName, report.errorCount(),
                report.linesInError(), report.lines());
        return report;
    }

    private static ImportReport imported(ImportReport.Kind kind, String fileName, int count, long started) {
        ImportReport report = new ImportReport(kind, fileName, count, count, List.of(), 0, 0, elapsed(started));
        log.info("Import of {} ({}): {} lines in {} ms", kind, fileName, count, report.duration().toMillis());
        return report;
    }

    private static Duration elapsed(long started) {
        return Duration.ofNanos(System.nanoTime() - started);
    }

    /** Reports progress at most about a hundred times per phase, and always at the end. */
    private static final class Counter {
        private final ImportProgress progress;
        private final ImportProgress.Phase phase;
        private final int total;
        private final int every;
        private int done;

        Counter(ImportProgress progress, ImportProgress.Phase phase, int total) {
            this.progress = progress;
            this.phase = phase;
            this.total = total;
            this.every = Math.max(1, total / 100);
            progress.update(phase, 0, total);
        }

        void step() {
            add(1);
        }

        void add(int lines) {
            int before = done / every;
            done += lines;
            if (done / every != before || done == total) {
                progress.update(phase, done, total);
            }
        }
    }
}
