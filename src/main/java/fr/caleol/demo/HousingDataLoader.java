package fr.caleol.demo;

import fr.caleol.base.domain.LandlordTime;
import fr.caleol.housing.domain.ApplicationHistoryEntry;
import fr.caleol.housing.domain.ApplicationStatus;
import fr.caleol.housing.domain.Commune;
import fr.caleol.housing.domain.CommuneRepository;
import fr.caleol.housing.domain.Dwelling;
import fr.caleol.housing.domain.DwellingStatus;
import fr.caleol.housing.domain.HousingApplication;
import fr.caleol.housing.domain.HousingBulkRepository.CandidacyRow;
import fr.caleol.housing.domain.HousingBulkRepository;
import fr.caleol.housing.domain.IncomeCeilingRepository;
import fr.caleol.housing.domain.SupportingDocument;
import fr.caleol.housing.domain.eligibility.Financing;
import fr.caleol.housing.domain.eligibility.IncomeCeilingTable;
import fr.caleol.housing.service.ApplicationForm;
import fr.caleol.housing.service.ApplicationRules;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * Writes generated housing data ({@link HousingDataGenerator}) in the caller's transaction: dwellings, applications
 * checked by the same {@link ApplicationRules} as the secretary's form, their history, and three candidates
 * proposed for some vacant dwellings. Multi-row INSERTs keep it fast (2 000 applications in about a second,
 * 100 000 in about a minute on the development machines).
 */
@Component
public class HousingDataLoader {

    /**
     * What to generate.
     *
     * @param referencePrefix   prefix of the dwellings' references
     * @param proposedDwellings vacant dwellings that get three candidates each
     * @param firstSequence     first sequence number of the numéros uniques
     */
    public record Spec(long seed, String referencePrefix, int dwellings, int applications, int proposedDwellings,
            int firstSequence) {}

    /** What was created. */
    public record Result(int dwellings, Map<DwellingStatus, Integer> dwellingStatuses, int applications,
            Map<ApplicationStatus, Integer> applicationStatuses, int dalo, int withPriority, int aboveCeiling,
            int withMissingDocuments, int renewed, int candidacies, Duration duration) {

        @Override
        public String toString() {
            return dwellings + " logements " + dwellingStatuses + ", " + applications + " demandes "
                    + applicationStatuses + " (" + dalo + " DALO, " + withPriority + " prioritaires, " + aboveCeiling
                    + " au-dessus du plafond PLUS, " + withMissingDocuments + " sans pièce d’identité, avis d’impôt ou justificatif de revenus, " + renewed
                    + " renouvelées), " + candidacies + " candidatures proposées, en " + duration.toMillis() + " ms";
        }
    }

    static final int CHUNK = 2000;
    static final String ACTOR = "secretaire";
    private static final int CANDIDATES = 3;
    /** The documents every application needs; the others depend on the household. */
    private static final Set<SupportingDocument> CORE_DOCUMENTS = EnumSet.of(SupportingDocument.IDENTITY,
            SupportingDocument.TAX_NOTICE, SupportingDocument.INCOME_PROOF);

    private final CommuneRepository communes;
    private final IncomeCeilingRepository ceilings;
    private final HousingBulkRepository bulk;
    private final ApplicationRules rules;
    private final Clock clock;

    HousingDataLoader(CommuneRepository communes, IncomeCeilingRepository ceilings, HousingBulkRepository bulk,
            ApplicationRules rules, Clock clock) {
        this.communes = communes;
        this.ceilings = ceilings;
        this.bulk = bulk;
        this.rules = rules;
        this.clock = clock;
    }

    /** The communes of the generated data: those of Seine-Saint-Denis (INSEE codes 93xxx). */
    List<Commune> seineSaintDenis() {
        return communes.findAll().stream().filter(c -> c.getInseeCode().startsWith("93"))
                .sorted(Comparator.comparing(Commune::getInseeCode)).toList();
    }

    /** The generator of this spec, on the Seine-Saint-Denis communes and the latest ceilings (reads the database). */
    public HousingDataGenerator generator(Spec spec) {
        LocalDate today = LandlordTime.today(clock);
        return new HousingDataGenerator(spec.seed(), today, seineSaintDenis(), ceilings.loadTable(),
                ceilingYear(today), spec.firstSequence());
    }

    /** The latest year of stored ceilings up to this one. */
    private int ceilingYear(LocalDate today) {
        List<Integer> years = ceilings.years();
        return years.stream().filter(y -> y <= today.getYear()).findFirst().orElseGet(years::getFirst);
    }

    /** Generates and writes the data; call inside a transaction. */
    public Result load(Spec spec) {
        long started = System.nanoTime();
        LocalDate today = LandlordTime.today(clock);
        Map<String, Commune> byCode = seineSaintDenis().stream().collect(Collectors.toMap(Commune::getInseeCode,
                Function.identity()));
        IncomeCeilingTable table = ceilings.loadTable();
        int year = ceilingYear(today);
        HousingDataGenerator generator = generator(spec);
        Random random = new Random(spec.seed() + 1);

        List<Dwelling> dwellings = generator.dwellings(spec.dwellings(), spec.referencePrefix());
        List<Dwelling> proposed = dwellings.stream().filter(d -> d.getStatus() == DwellingStatus.VACANT)
                .limit(spec.proposedDwellings()).toList();
        proposed.forEach(d -> d.setStatus(DwellingStatus.PROPOSED));
        List<Long> dwellingIds = bulk.insertDwellings(dwellings);
        Map<Dwelling, Long> dwellingId = new IdentityHashMap<>();
        for (int i = 0; i < dwellings.size(); i++) {
            dwellingId.put(dwellings.get(i), dwellingIds.get(i));
        }

        Map<Dwelling, List<HousingApplication>> candidates = new IdentityHashMap<>();
        proposed.forEach(d -> candidates.put(d, new ArrayList<>()));
        Map<HousingApplication, Long> applicationId = new IdentityHashMap<>();
        Map<ApplicationStatus, Integer> statuses = new EnumMap<>(ApplicationStatus.class);
        int dalo = 0;
        int withPriority = 0;
        int above = 0;
        int missing = 0;
        int renewed = 0;
        for (int done = 0; done < spec.applications(); done += CHUNK) {
            List<ApplicationForm> forms = generator.applications(Math.min(CHUNK, spec.applications() - done));
            List<HousingApplication> chunk = new ArrayList<>(forms.size());
            for (ApplicationForm form : forms) {
                List<ApplicationRules.Violation> violations = rules.check(form, byCode);
                if (!violations.isEmpty()) {
                    throw new IllegalStateException("Generated application " + form.numeroUnique()
                            + " breaks the rules: " + violations);
                }
                HousingApplication application = rules.newApplication(form, byCode);
                application.setStatus(status(application, today, random));
                chunk.add(application);
            }
            propose(chunk, candidates, table, year);
            List<Long> ids = bulk.insertApplications(chunk);
            List<ApplicationHistoryEntry> history = new ArrayList<>();
            for (int i = 0; i < chunk.size(); i++) {
                HousingApplication a = chunk.get(i);
                long id = ids.get(i);
                if (a.getStatus() == ApplicationStatus.PROPOSED) {
                    applicationId.put(a, id); // only candidates are kept: the rest of the chunk can be freed
                }
                history.addAll(history(id, a, today, random));
                statuses.merge(a.getStatus(), 1, Integer::sum);
                dalo += a.isDalo() ? 1 : 0;
                withPriority += a.getPriorities().isEmpty() ? 0 : 1;
                missing += a.getPresentDocuments().containsAll(CORE_DOCUMENTS) ? 0 : 1;
                renewed += a.getRenewalDate() == null ? 0 : 1;
                above += aboveCeiling(a, table, year) ? 1 : 0;
            }
            bulk.insertHistory(history);
        }

        List<CandidacyRow> rows = new ArrayList<>();
        List<ApplicationHistoryEntry> proposals = new ArrayList<>();
        candidates.forEach((dwelling, applications) -> {
            Instant at = today.minusDays(1 + random.nextInt(14)).atTime(10, 0).toInstant(ZoneOffset.UTC);
            for (int position = 1; position <= applications.size(); position++) {
                long id = applicationId.get(applications.get(position - 1));
                rows.add(new CandidacyRow(dwellingId.get(dwelling), id, position, at, ACTOR));
                proposals.add(new ApplicationHistoryEntry(id, at, ACTOR, ApplicationHistoryEntry.Kind.PROPOSED,
                        ApplicationStatus.PROPOSED, dwelling.getReference()));
            }
        });
        bulk.insertCandidacies(rows);
        bulk.insertHistory(proposals);

        Map<DwellingStatus, Integer> dwellingStatuses = new EnumMap<>(DwellingStatus.class);
        dwellings.forEach(d -> dwellingStatuses.merge(d.getStatus(), 1, Integer::sum));
        return new Result(dwellings.size(), dwellingStatuses, spec.applications(), statuses, dalo, withPriority,
                above, missing, renewed, rows.size(), Duration.ofNanos(System.nanoTime() - started));
    }

    /** Mostly active; not renewed for over 13 months: often removed; a few allocated, refused, inadmissible. */
    private static ApplicationStatus status(HousingApplication a, LocalDate today, Random random) {
        int draw = random.nextInt(1000);
        if (a.getRenewalDate() == null && a.getFilingDate().plusMonths(13).isBefore(today) && draw < 500) {
            return ApplicationStatus.REMOVED;
        }
        return draw < 30 ? ApplicationStatus.ALLOCATED : draw < 40 ? ApplicationStatus.REFUSED
                : draw < 45 ? ApplicationStatus.INADMISSIBLE : ApplicationStatus.ACTIVE;
    }

    /**
     * Proposes active applications to the dwellings that still need candidates: first those wishing the dwelling's
     * commune and type and within its ceiling, then, if too few, any wishing the commune.
     */
    private static void propose(List<HousingApplication> chunk, Map<Dwelling, List<HousingApplication>> candidates,
            IncomeCeilingTable table, int year) {
        for (boolean strict : new boolean[] {true, false}) {
            for (HousingApplication a : chunk) {
                if (a.getStatus() != ApplicationStatus.ACTIVE) {
                    continue;
                }
                for (Map.Entry<Dwelling, List<HousingApplication>> entry : candidates.entrySet()) {
                    Dwelling d = entry.getKey();
                    if (entry.getValue().size() < CANDIDATES && a.getWishedCommunes().contains(d.getCommune())
                            && (!strict || (a.getWishedTypes().contains(d.getType())
                                    && withinCeiling(a, d.getFinancing(), table, year)))) {
                        entry.getValue().add(a);
                        a.setStatus(ApplicationStatus.PROPOSED);
                        break;
                    }
                }
            }
        }
    }

    private static boolean withinCeiling(HousingApplication a, Financing financing, IncomeCeilingTable table,
            int year) {
        return a.getReferenceIncome() != null && table.ceilingFor(year, a.getCeilingZone(), financing,
                a.getHouseholdCategory(), a.getExtraPersons()).map(c -> a.getReferenceIncome() <= c.amount())
                .orElse(false);
    }

    private static boolean aboveCeiling(HousingApplication a, IncomeCeilingTable table, int year) {
        return a.getReferenceIncome() != null && !withinCeiling(a, Financing.PLUS, table, year);
    }

    private static List<ApplicationHistoryEntry> history(long id, HousingApplication a, LocalDate today,
            Random random) {
        List<ApplicationHistoryEntry> entries = new ArrayList<>();
        Instant filed = a.getFilingDate().atTime(8 + random.nextInt(9), random.nextInt(60)).toInstant(ZoneOffset.UTC);
        entries.add(new ApplicationHistoryEntry(id, filed, ACTOR, ApplicationHistoryEntry.Kind.CREATED,
                ApplicationStatus.ACTIVE, null));
        if (a.getRenewalDate() != null) {
            entries.add(new ApplicationHistoryEntry(id, a.getRenewalDate().atTime(9, 30).toInstant(ZoneOffset.UTC),
                    ACTOR, ApplicationHistoryEntry.Kind.UPDATED, ApplicationStatus.ACTIVE, "Renouvellement"));
        }
        if (a.getStatus() != ApplicationStatus.ACTIVE && a.getStatus() != ApplicationStatus.PROPOSED) {
            LocalDate last = a.getRenewalDate() != null ? a.getRenewalDate() : a.getFilingDate();
            LocalDate changed = last.plusMonths(a.getStatus() == ApplicationStatus.REMOVED ? 13 : 2);
            changed = changed.isAfter(today) ? today : changed;
            entries.add(new ApplicationHistoryEntry(id, changed.atTime(11, 0).toInstant(ZoneOffset.UTC), ACTOR,
                    ApplicationHistoryEntry.Kind.STATUS_CHANGED, a.getStatus(), null));
        }
        return entries;
    }
}
