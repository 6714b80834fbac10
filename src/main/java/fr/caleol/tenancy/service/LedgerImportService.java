package fr.caleol.tenancy.service;

import fr.caleol.audit.domain.AuditAction;
import fr.caleol.audit.service.AuditLog;
import fr.caleol.base.db.BatchInsert;
import fr.caleol.base.domain.LandlordTime;
import fr.caleol.base.metrics.ImportMetrics;
import fr.caleol.security.domain.Role;
import fr.caleol.tenancy.domain.MovementKind;
import fr.caleol.tenancy.domain.PaymentMeans;
import fr.caleol.tenancy.service.TenancyImportReport.LineError;
import jakarta.annotation.security.RolesAllowed;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * CSV import of ledger movements from the accounting system, all or nothing: a file with any error imports nothing
 * and the report lists every error by line. Columns (semicolon-separated, with header):
 * {@code bail;type;date;echeance;montant;moyen;reference} where type is APPEL (rent call, echeance required),
 * PAIEMENT (moyen required), APL (housing aid) or REGUL (adjustment, signed amount); montant is positive except for
 * REGUL; dates as dd/mm/yyyy. A reference that looks like a card number is refused.
 */
@Service
public class LedgerImportService {

    /** {@code leases}: the ids of the leases whose ledger the file changed (empty when nothing was imported). */
    public record Report(int lines, int imported, List<LineError> errors, Set<Long> leases) {
        public Report(int lines, int imported, List<LineError> errors) {
            this(lines, imported, errors, Set.of());
        }

        public boolean succeeded() {
            return errors.isEmpty();
        }
    }

    static final List<String> COLUMNS = List.of("bail", "type", "date", "echeance", "montant", "moyen", "reference");
    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setDelimiter(';')
            .setIgnoreSurroundingSpaces(true).get();
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d/M/uuuu")
            .withResolverStyle(ResolverStyle.STRICT);
    private static final Map<String, MovementKind> KINDS = Map.of("APPEL", MovementKind.RENT_CALL, "PAIEMENT",
            MovementKind.PAYMENT, "APL", MovementKind.HOUSING_AID, "REGUL", MovementKind.ADJUSTMENT);

    private final JdbcTemplate jdbc;
    private final AuditLog audit;
    private final Clock clock;

    private final ImportMetrics metrics;
    private final LeaseScope scope;

    public LedgerImportService(JdbcTemplate jdbc, AuditLog audit, Clock clock, ImportMetrics metrics,
            LeaseScope scope) {
        this.metrics = metrics;
        this.scope = scope;
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    @RolesAllowed({Role.Names.SOCIAL_ADVISER, Role.Names.SOCIAL_CELL_LEAD, Role.Names.ADMIN})
    public Report importCsv(String text) {
        return metrics.measure("ledger", () -> read(text), Report::lines, Report::succeeded);
    }

    private Report read(String text) {
        List<LineError> errors = new ArrayList<>();
        List<CSVRecord> records;
        try (CSVParser parser = CSVParser.parse(new StringReader(text.startsWith("\uFEFF") ? text.substring(1)
                : text), FORMAT)) {
            records = parser.getRecords();
        } catch (IOException | RuntimeException e) {
            return new Report(0, 0, List.of(new LineError(0, "", "ledger.import.unreadable",
                    List.of(String.valueOf(e.getMessage())))));
        }
        if (records.isEmpty() || !COLUMNS.equals(records.getFirst().toList().stream().map(String::toLowerCase)
                .toList())) {
            return new Report(0, 0, List.of(new LineError(1, "", "ledger.import.header",
                    List.of(String.join(";", COLUMNS)))));
        }
        Map<String, Long> leases = new HashMap<>();
        jdbc.query("SELECT reference, id FROM lease", rs -> {
            leases.put(rs.getString(1), rs.getLong(2));
        });
        LeaseScope.Access access = scope.current();
        List<Object[]> rows = new ArrayList<>();
        LocalDateTime now = LandlordTime.utcNow(clock);
        for (int i = 1; i < records.size(); i++) {
            CSVRecord r = records.get(i);
            int line = i + 1;
            if (r.size() != COLUMNS.size()) {
                errors.add(new LineError(line, "", "ledger.import.columns", List.of(COLUMNS.size())));
                continue;
            }
            int before = errors.size();
            Long lease = leases.get(r.get(0));
            if (lease == null) {
                errors.add(new LineError(line, "bail", "ledger.import.unknownLease", List.of(r.get(0))));
            } else if (!access.reaches(lease)) {
                errors.add(new LineError(line, "bail", "ledger.import.notYourLease", List.of(r.get(0))));
            }
            MovementKind kind = KINDS.get(r.get(1).toUpperCase());
            if (kind == null) {
                errors.add(new LineError(line, "type", "ledger.import.kind", List.of(r.get(1))));
            } else if (kind == MovementKind.ADJUSTMENT && !access.adjustments()) {
                errors.add(new LineError(line, "type", "ledger.import.adjustmentByLead", List.of()));
            }
            LocalDate date = date(r.get(2), line, "date", errors, true);
            LocalDate due = date(r.get(3), line, "echeance", errors, kind == MovementKind.RENT_CALL);
            BigDecimal amount = null;
            try {
                amount = new BigDecimal(r.get(4).replace(',', '.'));
                if (amount.scale() > 2 || (kind != MovementKind.ADJUSTMENT && amount.signum() <= 0)
                        || amount.signum() == 0) {
                    errors.add(new LineError(line, "montant", "ledger.import.amount", List.of(r.get(4))));
                }
            } catch (NumberFormatException e) {
                errors.add(new LineError(line, "montant", "ledger.import.amount", List.of(r.get(4))));
            }
            PaymentMeans means = null;
            if (!r.get(5).isEmpty()) {
                try {
                    means = PaymentMeans.valueOf(r.get(5).toUpperCase());
                } catch (IllegalArgumentException e) {
                    errors.add(new LineError(line, "moyen", "ledger.import.means", List.of(r.get(5))));
                }
            } else if (kind == MovementKind.PAYMENT) {
                errors.add(new LineError(line, "moyen", "ledger.import.means", List.of("")));
            }
            String reference = r.get(6).isEmpty() ? null : r.get(6);
            if (RentLedgerService.looksLikeCardNumber(reference)) {
                errors.add(new LineError(line, "reference", "socialcell.error.cardNumber", List.of()));
            }
            if (errors.size() == before) {
                BigDecimal signed = kind == MovementKind.PAYMENT || kind == MovementKind.HOUSING_AID ? amount.negate()
                        : amount;
                rows.add(new Object[] {lease, kind.name(), date, kind == MovementKind.RENT_CALL ? due : null, signed,
                    means == null ? null : means.name(), reference, now});
            }
        }
        int lines = records.size() - 1;
        if (!errors.isEmpty()) {
            return new Report(lines, 0, errors);
        }
        Set<Long> touched = new HashSet<>();
        rows.forEach(row -> touched.add((Long) row[0]));
        RentLedgerService.lockLeases(jdbc, touched);
        BatchInsert insert = BatchInsert.into(jdbc, "rent_movement", "lease_id", "kind", "movement_date", "due_date",
                "amount", "means", "reference", "recorded_at");
        rows.forEach(insert::add);
        insert.flush();
        audit.record(AuditAction.LEDGER_IMPORTED, "rent_movement", 0L, lines + " movements on " + touched.size()
                + " leases, file SHA-256 " + sha256(text));
        // A regularisation changes a debt by hand: each one is traced on its lease.
        for (Object[] row : rows) {
            if (MovementKind.ADJUSTMENT.name().equals(row[1])) {
                audit.record(AuditAction.LEDGER_IMPORTED, "lease", row[0], "regularisation " + row[4] + " on "
                        + row[2] + (row[6] == null ? "" : ", " + row[6]));
            }
        }
        return new Report(lines, lines, List.of(), Set.copyOf(touched));
    }

    private static String sha256(String text) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static LocalDate date(String text, int line, String column, List<LineError> errors, boolean required) {
        if (text.isEmpty()) {
            if (required) {
                errors.add(new LineError(line, column, "ledger.import.date", List.of("")));
            }
            return null;
        }
        try {
            return LocalDate.parse(text, DATE);
        } catch (DateTimeParseException e) {
            errors.add(new LineError(line, column, "ledger.import.date", List.of(text)));
            return null;
        }
    }
}
