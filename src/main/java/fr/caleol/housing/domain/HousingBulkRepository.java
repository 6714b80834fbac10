package fr.caleol.housing.domain;

import fr.caleol.base.db.BatchInsert;
import fr.caleol.base.db.InList;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Bulk writes of housing data (CSV import, demo and benchmark data) with multi-row INSERTs: the entities are built
 * and checked in memory exactly as one-by-one creation does, then written here without Hibernate, which cannot
 * batch inserts of rows with database-generated ids. Runs in the caller's transaction.
 */
@Repository
public class HousingBulkRepository {

    /** Rows per statement for the parent rows (applications, dwellings), whose ids are read back. */
    static final int PARENT_ROWS = 500;
    /** Rows per statement for child rows. */
    static final int CHILD_ROWS = 1000;

    private static final String[] APPLICATION_COLUMNS = {"numero_unique", "filing_date", "renewal_date", "status",
            "reason", "reason_details", "dalo", "tax_income_n2", "tax_income_n1", "current_housing", "current_rent",
            "current_situation", "estimated_housing_aid", "applicant_name", "household_size", "monthly_resources",
            "reference_income", "household_category", "extra_persons", "ceiling_zone", "address_line", "postal_code",
            "city"};
    private static final String[] DWELLING_COLUMNS = {"reference", "address", "commune_id", "type", "surface_m2",
            "floor", "lift", "reduced_mobility", "monthly_rent", "monthly_charges", "financing", "reservataire",
            "status", "qpv", "vacant_since"};

    /** A candidate proposed for a dwelling, by ids. */
    public record CandidacyRow(long dwellingId, long applicationId, int position, Instant proposedAt,
            String proposedBy) {}

    private final JdbcTemplate jdbc;

    public HousingBulkRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Inserts applications with their households, wished communes and types, priorities and documents. Their
     * derived figures must be computed ({@link HousingApplication#refreshSummary}).
     *
     * @return the new ids, in the order of {@code applications}
     */
    public List<Long> insertApplications(List<HousingApplication> applications) {
        List<Long> ids = new ArrayList<>(applications.size());
        BatchInsert persons = BatchInsert.into(jdbc, "household_person", CHILD_ROWS, n -> {}, "application_id",
                "position", "last_name", "first_name", "birth_date", "role", "dependant", "disabled",
                "monthly_resources");
        BatchInsert communes = BatchInsert.into(jdbc, "application_wished_commune", CHILD_ROWS, n -> {},
                "application_id", "rank_order", "commune_id");
        BatchInsert types = BatchInsert.into(jdbc, "application_wished_type", CHILD_ROWS, n -> {},
                "application_id", "dwelling_type");
        BatchInsert priorities = BatchInsert.into(jdbc, "application_priority", CHILD_ROWS, n -> {},
                "application_id", "priority");
        BatchInsert documents = BatchInsert.into(jdbc, "application_document", CHILD_ROWS, n -> {},
                "application_id", "document");
        for (int from = 0; from < applications.size(); from += PARENT_ROWS) {
            List<HousingApplication> chunk = applications.subList(from, Math.min(from + PARENT_ROWS,
                    applications.size()));
            Map<String, Long> idByNumero = insertReturning("housing_application", APPLICATION_COLUMNS,
                    "numero_unique", chunk, HousingBulkRepository::applicationRow);
            for (HousingApplication application : chunk) {
                Long id = idByNumero.get(application.getNumeroUnique().value());
                ids.add(id);
                for (HouseholdPerson p : application.getPersons()) {
                    persons.add(id, p.getPosition(), p.getLastName(), p.getFirstName(), p.getBirthDate(),
                            p.getRole().name(), p.isDependant(), p.isDisabled(), p.getMonthlyResources());
                }
                List<Commune> wished = application.getWishedCommunes();
                for (int rank = 0; rank < wished.size(); rank++) {
                    communes.add(id, rank, wished.get(rank).getId());
                }
                application.getWishedTypes().forEach(type -> types.add(id, type.name()));
                application.getPriorities().forEach(priority -> priorities.add(id, priority.name()));
                application.getPresentDocuments().forEach(document -> documents.add(id, document.name()));
            }
        }
        for (BatchInsert children : List.of(persons, communes, types, priorities, documents)) {
            children.flush();
        }
        return ids;
    }

    /** Inserts history lines. */
    public void insertHistory(Collection<ApplicationHistoryEntry> entries) {
        BatchInsert history = BatchInsert.into(jdbc, "application_history", CHILD_ROWS, n -> {}, "application_id",
                "occurred_at", "actor", "kind", "status", "details");
        for (ApplicationHistoryEntry e : entries) {
            history.add(e.getApplicationId(), utc(e.getOccurredAt()), e.getActor(), e.getKind().name(),
                    e.getStatus() == null ? null : e.getStatus().name(), e.getDetails());
        }
        history.flush();
    }

    /** Inserts dwellings; returns their new ids in the given order. */
    public List<Long> insertDwellings(List<Dwelling> dwellings) {
        List<Long> ids = new ArrayList<>(dwellings.size());
        for (int from = 0; from < dwellings.size(); from += PARENT_ROWS) {
            List<Dwelling> chunk = dwellings.subList(from, Math.min(from + PARENT_ROWS, dwellings.size()));
            Map<String, Long> idByReference = insertReturning("dwelling", DWELLING_COLUMNS, "reference", chunk,
                    HousingBulkRepository::dwellingRow);
            chunk.forEach(d -> ids.add(idByReference.get(d.getReference())));
        }
        return ids;
    }

    public void insertCandidacies(Collection<CandidacyRow> rows) {
        BatchInsert candidacies = BatchInsert.into(jdbc, "candidacy", CHILD_ROWS, n -> {}, "dwelling_id",
                "application_id", "position", "proposed_at", "proposed_by");
        for (CandidacyRow row : rows) {
            candidacies.add(row.dwellingId(), row.applicationId(), row.position(), utc(row.proposedAt()),
                    row.proposedBy());
        }
        candidacies.flush();
    }

    /** Which of these numéros uniques are already registered. */
    public Set<String> existingNumeros(Collection<String> numeros) {
        return existing("SELECT numero_unique FROM housing_application WHERE numero_unique IN ", numeros);
    }

    /** Which of these dwelling references are already used. */
    public Set<String> existingReferences(Collection<String> references) {
        return existing("SELECT reference FROM dwelling WHERE reference IN ", references);
    }

    private Set<String> existing(String selectIn, Collection<String> values) {
        Set<String> found = new HashSet<>();
        List<String> all = new ArrayList<>(new HashSet<>(values));
        InList.chunks(all, chunk -> found.addAll(jdbc.queryForList(selectIn + "(" + InList.marks(chunk.size()) + ")",
                String.class, chunk.toArray())));
        return found;
    }

    /** One multi-row INSERT ... RETURNING (MariaDB 10.5+): the new id of each row, by its natural key. */
    private <T> Map<String, Long> insertReturning(String table, String[] columns, String naturalKey, List<T> rows,
            Function<T, Object[]> values) {
        List<Object> parameters = new ArrayList<>(rows.size() * columns.length);
        rows.forEach(row -> java.util.Collections.addAll(parameters, values.apply(row)));
        String sql = "INSERT INTO " + table + " (" + String.join(", ", columns) + ") VALUES "
                + BatchInsert.placeholders(rows.size(), columns.length) + " RETURNING id, " + naturalKey;
        Map<String, Long> ids = new HashMap<>(rows.size() * 2);
        jdbc.query(sql, rs -> {
            ids.put(rs.getString(2), rs.getLong(1));
        }, parameters.toArray());
        if (ids.size() != rows.size()) {
            throw new IllegalStateException("Inserted " + rows.size() + " rows into " + table + " but read back "
                    + ids.size() + " ids");
        }
        return ids;
    }

    private static Object[] applicationRow(HousingApplication a) {
        return new Object[] {a.getNumeroUnique().value(), a.getFilingDate(), a.getRenewalDate(), a.getStatus().name(),
                a.getReason().name(), a.getReasonDetails(), a.isDalo(), a.getTaxIncomeNMinus2(),
                a.getTaxIncomeNMinus1(), a.getCurrentHousing().name(), a.getCurrentRent(), a.getCurrentSituation(),
                a.getEstimatedHousingAid(), a.getApplicantName(), a.getHouseholdSize(), a.getMonthlyResources(),
                a.getReferenceIncome(), a.getHouseholdCategory(), a.getExtraPersons(), a.getCeilingZone().name(),
                a.getAddressLine(), a.getPostalCode(), a.getCity()};
    }

    private static Object[] dwellingRow(Dwelling d) {
        return new Object[] {d.getReference(), d.getAddress(), d.getCommune().getId(), d.getType().name(),
                d.getSurface(), d.getFloor(), d.hasLift(), d.isReducedMobility(), d.getMonthlyRent(),
                d.getMonthlyCharges(), d.getFinancing().name(), d.getReservataire().name(), d.getStatus().name(),
                d.isQpv(), d.getVacantSince()};
    }

    /** Timestamps are stored in UTC, as Hibernate does here ({@code hibernate.jdbc.time_zone=UTC}). */
    private static LocalDateTime utc(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
