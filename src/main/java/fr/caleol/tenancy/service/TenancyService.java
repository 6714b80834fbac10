package fr.caleol.tenancy.service;

import fr.caleol.audit.domain.AuditAction;
import fr.caleol.audit.service.AuditLog;
import fr.caleol.base.csv.CsvText;
import fr.caleol.base.db.BatchInsert;
import fr.caleol.base.db.InList;
import fr.caleol.base.domain.LandlordTime;
import fr.caleol.base.errors.BusinessException;
import fr.caleol.base.metrics.ImportMetrics;
import fr.caleol.security.domain.Role;
import fr.caleol.tenancy.domain.HouseholdMembers;
import fr.caleol.tenancy.domain.HouseholdRole;
import jakarta.annotation.security.RolesAllowed;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Tenancy data: the CSV import of tenants and leases (all or nothing, with a per-line report) and the reads other
 * features need (households with their members, tenants' contact details).
 */
@Service
public class TenancyService {

    /** The columns of the import file, in the order of the template. */
    public static final List<String> COLUMNS = List.of("reference_locataire", "reference_foyer", "role", "nom",
            "prenom", "date_naissance", "telephone", "telephone2", "adresse", "code_insee", "reference_bail",
            "logement", "date_debut_bail", "loyer", "charges");
    private static final Set<String> OPTIONAL = Set.of("telephone", "telephone2");
    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setDelimiter(';')
            .setIgnoreSurroundingSpaces(true).get();
    private static final DateTimeFormatter FRENCH_DATE = DateTimeFormatter.ofPattern("d/M/uuuu")
            .withResolverStyle(ResolverStyle.STRICT);
    private static final Pattern PHONE = Pattern.compile("\\+?[0-9 .]{10,20}");
    private static final Pattern REFERENCE = Pattern.compile("[A-Za-z0-9_-]{1,40}");
    private static final Map<String, HouseholdRole> ROLES = Map.of("titulaire", HouseholdRole.HOLDER,
            "conjoint", HouseholdRole.PARTNER, "enfant", HouseholdRole.CHILD, "autre", HouseholdRole.OTHER,
            "holder", HouseholdRole.HOLDER, "partner", HouseholdRole.PARTNER, "child", HouseholdRole.CHILD,
            "other", HouseholdRole.OTHER);

    private final JdbcTemplate jdbc;
    private final AuditLog audit;

    private final ImportMetrics metrics;
    private final TenantScope tenantScope;
    private final LeaseScope leases;
    private final Clock clock;

    public TenancyService(JdbcTemplate jdbc, AuditLog audit, ImportMetrics metrics, TenantScope tenantScope,
            LeaseScope leases, Clock clock) {
        this.clock = clock;
        this.metrics = metrics;
        this.tenantScope = tenantScope;
        this.leases = leases;
        this.jdbc = jdbc;
        this.audit = audit;
    }

    /** A tenant's identity and contact details. */
    public record TenantContact(long tenantId, String reference, String lastName, String firstName,
            LocalDate birthDate, String phone, String phone2, String address, String commune) {
        public String fullName() {
            return lastName + " " + firstName;
        }
    }

    /** Households with a lease running on {@code at}, with their members: the input of targeting rules. */
    @Transactional(readOnly = true)
    @RolesAllowed({Role.Names.OUTREACH_COORDINATOR, Role.Names.ADMIN})
    public List<HouseholdMembers> occupiedHouseholds(LocalDate at) {
        Map<Long, List<HouseholdMembers.Member>> byHousehold = new LinkedHashMap<>();
        jdbc.query("""
                SELECT t.household_id, t.id, t.birth_date, t.household_role FROM tenant t
                WHERE EXISTS (SELECT 1 FROM lease l WHERE l.household_id = t.household_id AND l.start_date <= ?
                              AND (l.end_date IS NULL OR l.end_date >= ?))
                ORDER BY t.household_id, t.id""", rs -> {
            byHousehold.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(new HouseholdMembers.Member(
                    rs.getLong(2), rs.getObject(3, LocalDate.class), HouseholdRole.valueOf(rs.getString(4))));
        }, at, at);
        List<HouseholdMembers> result = new ArrayList<>(byHousehold.size());
        byHousehold.forEach((id, members) -> result.add(new HouseholdMembers(id, members)));
        return result;
    }

    /** Contact details of the given tenants: a volunteer's own tenants, or any for the coordinator (TenantScope). */
    @Transactional(readOnly = true)
    @RolesAllowed({Role.Names.OUTREACH_COORDINATOR, Role.Names.VOLUNTEER, Role.Names.ADMIN})
    public Map<Long, TenantContact> contacts(Collection<Long> tenantIds) {
        if (!tenantScope.mayReadContacts(tenantIds)) {
            throw new org.springframework.security.access.AccessDeniedException("Tenants not paired with you");
        }
        Map<Long, TenantContact> result = new LinkedHashMap<>();
        InList.chunks(new ArrayList<>(tenantIds), chunk -> {
            String in = InList.marks(chunk.size());
            jdbc.query("""
                    SELECT t.id, t.reference, t.last_name, t.first_name, t.birth_date, t.phone, t.phone2,
                           h.address_line, c.postal_code, c.name
                    FROM tenant t JOIN household h ON h.id = t.household_id JOIN commune c ON c.id = h.commune_id
                    WHERE t.id IN (""" + in + ")", rs -> {
                long id = rs.getLong(1);
                result.put(id, new TenantContact(id, rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getObject(5, LocalDate.class), rs.getString(6), rs.getString(7), rs.getString(8),
                        rs.getString(9) + " " + rs.getString(10)));
            }, chunk.toArray());
        });
        return result;
    }

    /**
     * True when the tenant's lease is within the current user's lease scope ({@link LeaseScope}): for a social
     * adviser, a tenant one of his cases is about.
     */
    @Transactional(readOnly = true)
    @RolesAllowed({Role.Names.SOCIAL_ADVISER, Role.Names.SOCIAL_CELL_LEAD, Role.Names.OUTREACH_COORDINATOR, Role.Names.ADMIN})
    public boolean inLeaseScope(long tenantId) {
        LeaseScope.Access access = leases.current();
        return jdbc.queryForList("SELECT l.id FROM lease l JOIN tenant t ON t.household_id = l.household_id "
                + "WHERE t.id = ? ORDER BY l.id DESC LIMIT 1", Long.class, tenantId).stream().findFirst()
                .map(access::reaches).orElse(false);
    }

    /** Finds tenants by name or reference, for a coordinator adding a target by hand. */
    @Transactional(readOnly = true)
    @RolesAllowed({Role.Names.OUTREACH_COORDINATOR, Role.Names.ADMIN})
    public Optional<Long> tenantIdByReference(String reference) {
        return jdbc.query("SELECT id FROM tenant WHERE reference = ?", (rs, n) -> rs.getLong(1), reference)
                .stream().findFirst();
    }

    /** Imports a CSV file of tenants and leases: everything, or nothing and the reasons line by line. */
    @Transactional
    @RolesAllowed({Role.Names.ADMIN, Role.Names.OUTREACH_COORDINATOR})
    public TenancyImportReport importCsv(InputStream in, String fileName) {
        return metrics.measure("tenants", () -> importTenants(in, fileName), TenancyImportReport::lines,
                TenancyImportReport::succeeded);
    }

    private TenancyImportReport importTenants(InputStream in, String fileName) {
        List<TenancyImportReport.LineError> errors = new ArrayList<>();
        List<CSVRecord> records = read(in, errors);
        if (!errors.isEmpty()) {
            return new TenancyImportReport(0, 0, 0, errors);
        }
        if (records.isEmpty()) {
            errors.add(new TenancyImportReport.LineError(1, "", "tenancy.import.noHeader", List.of(String.join(";", COLUMNS))));
            return new TenancyImportReport(0, 0, 0, errors);
        }
        Map<String, Integer> header = new HashMap<>();
        CSVRecord head = records.getFirst();
        for (int i = 0; i < head.size(); i++) {
            header.put(head.get(i).trim().toLowerCase(Locale.ROOT), i);
        }
        for (String column : COLUMNS) {
            if (!OPTIONAL.contains(column) && !header.containsKey(column)) {
                errors.add(new TenancyImportReport.LineError(1, column, "tenancy.import.missingColumn", List.of(column)));
            }
        }
        if (!errors.isEmpty()) {
            return new TenancyImportReport(records.size() - 1, 0, 0, errors);
        }
        Map<String, Long> communes = new HashMap<>();
        jdbc.query("SELECT insee_code, id FROM commune", rs -> {
            communes.put(rs.getString(1), rs.getLong(2));
        });
        Map<String, Row> households = new LinkedHashMap<>();
        List<Row> rows = new ArrayList<>();
        Set<String> tenantRefs = new HashSet<>();
        for (int i = 1; i < records.size(); i++) {
            Row row = new Row(i + 1, records.get(i), header, errors);
            row.parse(communes, LandlordTime.today(clock));
            if (row.tenantRef != null && !tenantRefs.add(row.tenantRef)) {
                row.error("reference_locataire", "tenancy.import.duplicate", row.tenantRef);
            }
            Row first = row.householdRef == null ? null : households.putIfAbsent(row.householdRef, row);
            if (first != null && !first.sameHousehold(row)) {
                row.error("reference_foyer", "tenancy.import.inconsistentHousehold", row.householdRef, first.line);
            }
            rows.add(row);
        }
        checkExisting(rows, errors);
        int lines = rows.size();
        if (!errors.isEmpty()) {
            errors.sort(java.util.Comparator.comparingInt(TenancyImportReport.LineError::line));
            return new TenancyImportReport(lines, 0, 0, errors);
        }
        write(households.values(), rows);
        audit.record(AuditAction.TENANTS_IMPORTED, "tenant", null,
                fileName + ": " + lines + " tenants, " + households.size() + " households");
        return new TenancyImportReport(lines, lines, households.size(), List.of());
    }

    private void checkExisting(List<Row> rows, List<TenancyImportReport.LineError> errors) {
        Set<String> existingTenants = new HashSet<>();
        Set<String> existingHouseholds = new HashSet<>();
        List<String> tenantRefs = rows.stream().map(r -> r.tenantRef).filter(java.util.Objects::nonNull).toList();
        List<String> householdRefs = rows.stream().map(r -> r.householdRef).filter(java.util.Objects::nonNull)
                .distinct().toList();
        collect("SELECT reference FROM tenant WHERE reference IN ", tenantRefs, existingTenants);
        collect("SELECT reference FROM household WHERE reference IN ", householdRefs, existingHouseholds);
        for (Row row : rows) {
            if (existingTenants.contains(row.tenantRef)) {
                row.error("reference_locataire", "tenancy.import.exists", row.tenantRef);
            }
            if (existingHouseholds.contains(row.householdRef)) {
                row.error("reference_foyer", "tenancy.import.exists", row.householdRef);
            }
        }
    }

    private void collect(String sql, List<String> values, Set<String> into) {
        InList.chunks(values, chunk -> jdbc.query(sql + "(" + InList.marks(chunk.size()) + ")", rs -> {
            into.add(rs.getString(1));
        }, chunk.toArray()));
    }

    private void write(Collection<Row> households, List<Row> rows) {
        BatchInsert householdInsert = BatchInsert.into(jdbc, "household", "reference", "address_line", "commune_id");
        households.forEach(h -> householdInsert.add(h.householdRef, h.address, h.communeId));
        householdInsert.flush();
        Map<String, Long> ids = new HashMap<>();
        List<String> refs = households.stream().map(h -> h.householdRef).toList();
        InList.chunks(refs, chunk -> jdbc.query("SELECT reference, id FROM household WHERE reference IN ("
                + InList.marks(chunk.size()) + ")", rs -> {
                    ids.put(rs.getString(1), rs.getLong(2));
                }, chunk.toArray()));
        BatchInsert leases = BatchInsert.into(jdbc, "lease", "reference", "household_id", "dwelling_reference",
                "start_date", "monthly_rent", "monthly_charges");
        households.forEach(h -> leases.add(h.leaseRef, ids.get(h.householdRef), h.dwelling, h.leaseStart, h.rent,
                h.charges));
        leases.flush();
        BatchInsert tenants = BatchInsert.into(jdbc, "tenant", "reference", "household_id", "household_role",
                "last_name", "first_name", "birth_date", "phone", "phone2");
        rows.forEach(r -> tenants.add(r.tenantRef, ids.get(r.householdRef), r.role.name(), r.lastName,
                r.firstName, r.birthDate, r.phone, r.phone2));
        tenants.flush();
    }

    private static List<CSVRecord> read(InputStream in, List<TenancyImportReport.LineError> errors) {
        String text;
        try {
            text = CsvText.decode(in.readAllBytes()).text();
        } catch (BusinessException e) {
            errors.add(new TenancyImportReport.LineError(0, "", e.messageKey(), List.of(e.arguments())));
            return List.of();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try (CSVParser parser = CSVParser.parse(new StringReader(text), FORMAT)) {
            return parser.getRecords();
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            errors.add(new TenancyImportReport.LineError(0, "", "tenancy.import.unreadable",
                    List.of(String.valueOf(e.getMessage()))));
            return List.of();
        }
    }

    /** One line of the file, parsed; every problem recorded, parsing goes on. */
    private static final class Row {
        final int line;
        final CSVRecord record;
        final Map<String, Integer> header;
        final List<TenancyImportReport.LineError> errors;
        String tenantRef, householdRef, lastName, firstName, phone, phone2, address, leaseRef, dwelling;
        HouseholdRole role;
        LocalDate birthDate, leaseStart;
        Long communeId;
        BigDecimal rent, charges;

        Row(int line, CSVRecord record, Map<String, Integer> header, List<TenancyImportReport.LineError> errors) {
            this.line = line;
            this.record = record;
            this.header = header;
            this.errors = errors;
        }

        void error(String column, String key, Object... args) {
            errors.add(new TenancyImportReport.LineError(line, column, key, List.of(args)));
        }

        String text(String column, int max) {
            Integer index = header.get(column);
            String value = index == null || index >= record.size() ? "" : record.get(index).trim();
            if (value.isEmpty()) {
                if (!OPTIONAL.contains(column)) {
                    error(column, "tenancy.import.required");
                }
                return null;
            }
            if (value.length() > max) {
                error(column, "tenancy.import.tooLong", max);
                return null;
            }
            return value;
        }

        String reference(String column) {
            String value = text(column, 40);
            if (value != null && !REFERENCE.matcher(value).matches()) {
                error(column, "tenancy.import.badReference", value);
                return null;
            }
            return value;
        }

        LocalDate date(String column) {
            String value = text(column, 10);
            if (value == null) {
                return null;
            }
            try {
                return LocalDate.parse(value, FRENCH_DATE);
            } catch (DateTimeParseException e) {
                error(column, "tenancy.import.badDate", value);
                return null;
            }
        }

        BigDecimal amount(String column) {
            String value = text(column, 15);
            if (value == null) {
                return null;
            }
            try {
                BigDecimal amount = new BigDecimal(value.replaceAll("[\\s\\u00A0\\u202F€]", "").replace(',', '.'));
                if (amount.signum() < 0 || amount.scale() > 2) {
                    error(column, "tenancy.import.badAmount", value);
                    return null;
                }
                return amount;
            } catch (NumberFormatException e) {
                error(column, "tenancy.import.badAmount", value);
                return null;
            }
        }

        String phone(String column) {
            String value = text(column, 20);
            if (value != null && !PHONE.matcher(value).matches()) {
                error(column, "tenancy.import.badPhone", value);
                return null;
            }
            return value;
        }

        void parse(Map<String, Long> communes, LocalDate today) {
            tenantRef = reference("reference_locataire");
            householdRef = reference("reference_foyer");
            String roleText = text("role", 20);
            if (roleText != null) {
                role = ROLES.get(roleText.toLowerCase(Locale.ROOT));
                if (role == null) {
                    error("role", "tenancy.import.badRole", roleText);
                }
            }
            lastName = text("nom", 100);
            firstName = text("prenom", 100);
            birthDate = date("date_naissance");
            if (birthDate != null && (birthDate.getYear() < 1900 || birthDate.isAfter(today))) {
                error("date_naissance", "tenancy.import.badBirthDate", birthDate.toString());
            }
            phone = phone("telephone");
            phone2 = phone("telephone2");
            address = text("adresse", 200);
            String insee = text("code_insee", 5);
            if (insee != null) {
                communeId = communes.get(insee);
                if (communeId == null) {
                    error("code_insee", "tenancy.import.unknownCommune", insee);
                }
            }
            leaseRef = reference("reference_bail");
            dwelling = reference("logement");
            leaseStart = date("date_debut_bail");
            rent = amount("loyer");
            charges = amount("charges");
        }

        boolean sameHousehold(Row other) {
            return java.util.Objects.equals(address, other.address)
                    && java.util.Objects.equals(communeId, other.communeId)
                    && java.util.Objects.equals(leaseRef, other.leaseRef)
                    && java.util.Objects.equals(dwelling, other.dwelling)
                    && java.util.Objects.equals(leaseStart, other.leaseStart)
                    && (rent == null ? other.rent == null : other.rent != null && rent.compareTo(other.rent) == 0)
                    && (charges == null ? other.charges == null
                            : other.charges != null && charges.compareTo(other.charges) == 0);
        }
    }
}
