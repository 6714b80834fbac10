package fr.caleol.demo;

import fr.caleol.base.db.BatchInsert;
import fr.caleol.tenancy.domain.HouseholdRole;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Deterministic tenancy data in the Seine-Saint-Denis communes: households, their members and a running lease each,
 * written with multi-row inserts. The mix (a landlord's ageing estates, seniors over-represented) gives about 28 % of tenants matching the default outreach criteria
 * (alone aged 70+, couples both 75+) at {@code referenceDate}: about 1 400 for 5 000 tenants.
 */
@Component
public class TenancyDataGenerator {

    private static final String[] LAST_NAMES = {"Martin", "Bernard", "Dubois", "Thomas", "Robert", "Richard",
        "Petit", "Durand", "Leroy", "Moreau", "Simon", "Laurent", "Lefebvre", "Michel", "Garcia", "David",
        "Bertrand", "Roux", "Vincent", "Fournier", "Morel", "Girard", "André", "Mercier", "Dupont", "Lambert",
        "Bonnet", "François", "Martinez", "Benali", "Haddad", "Traoré", "Diallo", "Nguyen", "Cohen", "Da Silva",
        "Ferreira", "Kone", "Mansouri", "Rossi"};
    private static final String[] FIRST_NAMES = {"Jeanne", "Marie", "Monique", "Yvette", "Paulette", "Simone",
        "Odette", "Fatima", "Louise", "Germaine", "Jean", "André", "René", "Marcel", "Robert", "Georges", "Ahmed",
        "Mohamed", "Lucien", "Roger", "Henri", "Colette", "Denise", "Micheline", "Raymond", "Aïcha", "Mamadou",
        "Joseph", "Thérèse", "Huguette"};
    private static final String[] STREETS = {"rue de la République", "avenue Jean-Jaurès", "rue Gabriel-Péri",
        "boulevard Paul-Vaillant-Couturier", "rue Victor-Hugo", "allée des Tilleuls", "rue Pasteur",
        "avenue Henri-Barbusse", "rue Jules-Ferry", "cité des Courtillières", "rue du Général-Leclerc",
        "place de la Mairie"};

    private final JdbcTemplate jdbc;

    public TenancyDataGenerator(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** What was written. */
    public record Result(int households, int tenants) {}

    /** The people and households to write: pure, deterministic for a seed. */
    static Plan plan(Random random, String prefix, int tenants, LocalDate referenceDate, List<Long> communes) {
        List<Person> people = new ArrayList<>(tenants + 8);
        List<Object[]> households = new ArrayList<>();
        int h = 0;
        while (people.size() < tenants) {
            h++;
            String householdRef = prefix + "-F" + h;
            long commune = communes.get(random.nextInt(communes.size()));
            households.add(new Object[] {householdRef, (1 + random.nextInt(180)) + " "
                    + STREETS[random.nextInt(STREETS.length)], commune});
            String lastName = LAST_NAMES[random.nextInt(LAST_NAMES.length)];
            int kind = random.nextInt(100);
            List<int[]> members = new ArrayList<>(); // {minAge, maxAge, role}
            if (kind < 40) { // senior alone, 70 to 97
                members.add(new int[] {70, 97, 0});
            } else if (kind < 45) { // alone, 60 to 69
                members.add(new int[] {60, 69, 0});
            } else if (kind < 53) { // couple, both 75 or more
                members.add(new int[] {75, 95, 0});
                members.add(new int[] {75, 95, 1});
            } else if (kind < 56) { // couple, one of them younger than 75
                members.add(new int[] {76, 90, 0});
                members.add(new int[] {66, 74, 1});
            } else if (kind < 68) { // younger person alone
                members.add(new int[] {20, 59, 0});
            } else if (kind < 73) { // senior living with a grown-up child
                members.add(new int[] {72, 92, 0});
                members.add(new int[] {40, 60, 2});
            } else { // family
                members.add(new int[] {28, 55, 0});
                members.add(new int[] {28, 55, 1});
                int children = 1 + random.nextInt(3);
                for (int c = 0; c < children; c++) {
                    members.add(new int[] {0, 17, 2});
                }
            }
            for (int[] m : members) {
                int age = m[0] + random.nextInt(m[1] - m[0] + 1);
                LocalDate birth = referenceDate.minusYears(age).minusDays(random.nextInt(365));
                HouseholdRole role = HouseholdRole.values()[m[2]];
                boolean adult = age >= 18;
                people.add(new Person(prefix + "-L" + (people.size() + 1), h, role, m[2] == 1 && random.nextBoolean()
                        ? LAST_NAMES[random.nextInt(LAST_NAMES.length)] : lastName,
                        FIRST_NAMES[random.nextInt(FIRST_NAMES.length)], birth, adult ? phone(random, true) : null,
                        adult && random.nextInt(3) == 0 ? phone(random, false) : null));
            }
        }
        return new Plan(households, people);
    }

    /** A person of the plan. */
    record Person(String reference, int household, HouseholdRole role, String lastName, String firstName,
            LocalDate birth, String phone, String phone2) {}

    /** The households ({reference, address, commune id}) and their members, before anything is written. */
    record Plan(List<Object[]> households, List<Person> people) {}

    /** Writes about {@code tenants} tenants (in whole households) with references {@code prefix-...}. */
    public Result generate(long seed, String prefix, int tenants, LocalDate referenceDate) {
        Random random = new Random(seed);
        List<Long> communes = jdbc.queryForList(
                "SELECT id FROM commune WHERE insee_code LIKE '93%' ORDER BY insee_code", Long.class);
        Plan plan = plan(random, prefix, tenants, referenceDate, communes);
        List<Object[]> households = plan.households();
        List<Person> people = plan.people();
        BatchInsert householdInsert = BatchInsert.into(jdbc, "household", "reference", "address_line", "commune_id");
        households.forEach(householdInsert::add);
        householdInsert.flush();
        Map<String, Long> ids = new HashMap<>();
        jdbc.query("SELECT reference, id FROM household WHERE reference LIKE ?", rs -> {
            ids.put(rs.getString(1), rs.getLong(2));
        }, prefix + "-F%");
        BatchInsert leases = BatchInsert.into(jdbc, "lease", "reference", "household_id", "dwelling_reference",
                "start_date", "monthly_rent", "monthly_charges");
        for (int i = 1; i <= households.size(); i++) {
            leases.add(prefix + "-B" + i, ids.get(prefix + "-F" + i), prefix + "-D" + i,
                    referenceDate.minusDays(200 + random.nextInt(40 * 365)),
                    BigDecimal.valueOf(25_000 + random.nextInt(45_000), 2),
                    BigDecimal.valueOf(5_000 + random.nextInt(15_000), 2));
        }
        leases.flush();
        BatchInsert tenantInsert = BatchInsert.into(jdbc, "tenant", "reference", "household_id", "household_role",
                "last_name", "first_name", "birth_date", "phone", "phone2");
        for (Person p : people) {
            tenantInsert.add(p.reference(), ids.get(prefix + "-F" + p.household()), p.role().name(), p.lastName(),
                    p.firstName(), p.birth(), p.phone(), p.phone2());
        }
        tenantInsert.flush();
        return new Result(households.size(), people.size());
    }

    private static String phone(Random random, boolean landline) {
        String head = landline ? "01 4" + random.nextInt(10) : "06 " + (10 + random.nextInt(90));
        return String.format("%s %02d %02d %02d", head, random.nextInt(100), random.nextInt(100),
                random.nextInt(100));
    }
}
