package fr.caleol.demo;

import fr.caleol.housing.domain.Commune;
import fr.caleol.housing.domain.CurrentHousingType;
import fr.caleol.housing.domain.Dwelling;
import fr.caleol.housing.domain.DwellingStatus;
import fr.caleol.housing.domain.DwellingType;
import fr.caleol.housing.domain.PriorityCategory;
import fr.caleol.housing.domain.RequestReason;
import fr.caleol.housing.domain.Reservataire;
import fr.caleol.housing.domain.SupportingDocument;
import fr.caleol.housing.domain.eligibility.CeilingZone;
import fr.caleol.housing.domain.eligibility.Financing;
import fr.caleol.housing.domain.eligibility.HouseholdCategory;
import fr.caleol.housing.domain.eligibility.HouseholdComposition;
import fr.caleol.housing.domain.eligibility.HouseholdMember;
import fr.caleol.housing.domain.eligibility.HouseholdRole;
import fr.caleol.housing.domain.eligibility.IncomeCeilingTable;
import fr.caleol.housing.service.ApplicationForm;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Plausible, deterministic housing data for Seine-Saint-Denis: the same seed and day give the same dwellings and
 * applications. Households (singles, single parents, couples, families, seniors, disabilities) have incomes spread
 * around the PLAI and PLUS ceilings of their zone (some above), DALO and priority flags at realistic rates, partly
 * missing documents, filings over the last five years and renewals. Used by the demo data and the benchmark.
 */
public final class HousingDataGenerator {

    private static final String[] LAST_NAMES = {"MARTIN", "BERNARD", "DUBOIS", "THOMAS", "ROBERT", "RICHARD",
            "PETIT", "DURAND", "LEROY", "MOREAU", "SIMON", "LAURENT", "LEFEBVRE", "MICHEL", "GARCIA", "DAVID",
            "BERTRAND", "ROUX", "VINCENT", "FOURNIER", "MOREL", "GIRARD", "ANDRÉ", "MERCIER", "DUPONT", "LAMBERT",
            "BONNET", "FRANÇOIS", "MARTINEZ", "DIALLO", "TRAORÉ", "KONATÉ", "CISSÉ", "CAMARA", "SYLLA", "KEITA",
            "COULIBALY", "DIARRA", "SOW", "BA", "NDIAYE", "DIOP", "FOFANA", "KANTÉ", "TOURÉ", "MENDY", "BENALI",
            "HADDAD", "BENSAÏD", "BOUAZIZ", "CHERIF", "MANSOURI", "BELKACEM", "AMRANI", "EL KHATIB", "SAÏDI",
            "BRAHIMI", "HAMIDI", "NGUYEN", "TRAN", "CHEN", "WANG", "LI", "PHAM", "DA SILVA", "FERREIRA", "PEREIRA",
            "RODRIGUES", "DOS SANTOS", "OLIVEIRA", "LOPES", "KAYA", "YILMAZ", "DEMIR", "POPESCU", "IONESCU",
            "MUKENDI", "KABILA", "NGOMA", "JEAN-BAPTISTE", "PIERRE-LOUIS", "SELVARAJAH", "RAHMAN", "KHAN"};
    private static final String[] WOMEN = {"Marie", "Nathalie", "Isabelle", "Sylvie", "Catherine", "Sandrine",
            "Sophie", "Julie", "Camille", "Léa", "Manon", "Chloé", "Emma", "Inès", "Sarah", "Jade", "Louise", "Aminata",
            "Fatoumata", "Mariam", "Aïssata", "Awa", "Fanta", "Kadiatou", "Fatima", "Samira", "Nadia", "Leïla", "Yasmina",
            "Amina", "Khadija", "Salma", "Linh", "Mei", "Ana", "Maria", "Elif", "Ioana", "Grace", "Océane", "Monique",
            "Josiane", "Christiane", "Yvette", "Odile", "Claire", "Aurélie", "Priya", "Nour", "Rokia"};
    private static final String[] MEN = {"Jean", "Pierre", "Michel", "Philippe", "Alain", "Nicolas", "Christophe",
            "Julien", "Thomas", "Lucas", "Hugo", "Nathan", "Adam", "Yanis", "Rayan", "Mohamed", "Moussa", "Mamadou",
            "Ibrahima", "Abdoulaye", "Seydou", "Ousmane", "Karim", "Mehdi", "Sofiane", "Bilal", "Youssef", "Omar",
            "Samir", "Rachid", "Hamza", "Minh", "Wei", "João", "Carlos", "Mehmet", "Emre", "Andrei", "Patrick",
            "Gérard", "Bernard", "Robert", "Marcel", "Daniel", "Kevin", "Dylan", "Théo", "Ilyes", "Amadou", "Arjun"};
    private static final String[] STREETS = {"rue Gabriel Péri", "avenue Jean Jaurès", "rue de la République",
            "boulevard Paul Vaillant-Couturier", "allée des Tilleuls", "rue Danielle Casanova", "avenue du Président Wilson",
            "rue Pierre Sémard", "cité des Courtillières", "rue Henri Barbusse", "avenue Salvador Allende",
            "rue Lénine", "place de la Libération", "rue Marcel Cachin", "avenue Karl Marx", "rue des Postes",
            "allée Louise Michel", "rue Émile Zola", "boulevard Félix Faure", "rue Jules Vallès", "rue du 8 Mai 1945",
            "avenue de la Résistance", "rue Victor Hugo", "chemin des Vignes", "rue Rosa Parks"};
    private static final String[] BODIES = {"S9301", "S9302", "S9303", "S9304"};

    private enum Kind { SINGLE, SINGLE_PARENT, COUPLE, FAMILY, SENIOR, EXTENDED }

    private final Random random;
    private final Random situation;
    private final LocalDate today;
    private final List<Commune> communes;
    private final IncomeCeilingTable ceilings;
    private final int ceilingYear;
    private int nextSequence;

    /**
     * @param communes      the communes of the data (each wish and each dwelling is in one of them)
     * @param ceilingYear   the year of the ceilings incomes are drawn around
     * @param firstSequence first sequence number of the numéros uniques (6 digits)
     */
    public HousingDataGenerator(long seed, LocalDate today, List<Commune> communes, IncomeCeilingTable ceilings,
            int ceilingYear, int firstSequence) {
        this.random = new Random(seed);
        this.situation = new Random(~seed);
        this.today = today;
        this.communes = List.copyOf(communes);
        this.ceilings = ceilings;
        this.ceilingYear = ceilingYear;
        this.nextSequence = firstSequence;
    }

    /** Whether a numéro unique has a registering body of generated data. */
    static boolean generatedBody(String numero) {
        return numero.length() == 18 && List.of(BODIES).contains(numero.substring(13));
    }

    static List<String> bodies() {
        return List.of(BODIES);
    }

    /** Dwellings referenced {@code prefix-<INSEE>-<n>}, about one in five vacant. */
    public List<Dwelling> dwellings(int count, String prefix) {
        List<Dwelling> dwellings = new ArrayList<>(count);
        for (int i = 1; i <= count; i++) {
            Commune commune = communes.get(random.nextInt(communes.size()));
            DwellingType type = pick(new DwellingType[] {DwellingType.T1, DwellingType.T2, DwellingType.T3,
                    DwellingType.T4, DwellingType.T5, DwellingType.T6}, new int[] {10, 25, 35, 20, 8, 2});
            int rooms = type.ordinal() + 1;
            BigDecimal surface = decimal(12 + rooms * 15 + random.nextDouble() * 12, 1);
            int floor = random.nextInt(100) < 15 ? 0 : 1 + random.nextInt(random.nextInt(100) < 20 ? 15 : 6);
            boolean lift = floor >= 5 || (floor > 0 && random.nextInt(100) < 40);
            boolean reducedMobility = (floor == 0 || lift) && random.nextInt(100) < 12;
            Financing financing = pick(new Financing[] {Financing.PLAI, Financing.PLAI_ADAPTE, Financing.PLUS,
                    Financing.PLS}, new int[] {24, 3, 56, 17});
            double perM2 = (commune.getCeilingZone() == CeilingZone.PARIS_AND_ADJACENT ? 7.4 : 6.5)
                    * switch (financing) {
                        case PLAI, PLAI_ADAPTE -> 0.88;
                        case PLUS -> 1.0;
                        case PLS -> 1.55;
                    };
            BigDecimal rent = decimal(surface.doubleValue() * perM2 * (0.92 + random.nextDouble() * 0.16), 2);
            BigDecimal charges = decimal(surface.doubleValue() * (1.6 + random.nextDouble() * 1.3), 2);
            Reservataire reservataire = pick(Reservataire.values(), new int[] {30, 25, 20, 5, 20});
            String reference = String.format("%s-%s-%05d", prefix, commune.getInseeCode(), i);
            String address = (1 + random.nextInt(180)) + " " + STREETS[random.nextInt(STREETS.length)];
            Dwelling dwelling = new Dwelling(reference, address, commune, type, surface, floor, lift, reducedMobility,
                    rent, charges, financing, reservataire);
            dwelling.setStatus(pick(new DwellingStatus[] {DwellingStatus.VACANT, DwellingStatus.ALLOCATED,
                    DwellingStatus.LET}, new int[] {20, 5, 75}));
            // about one dwelling in six lies in a priority neighbourhood; a vacancy is at most a few months old
            // (drawn from their own sequence, so that the rest of the generated data stays as it was)
            dwelling.situate(situation.nextInt(6) == 0, dwelling.getStatus() == DwellingStatus.LET ? null
                    : today.minusDays(3 + situation.nextInt(120)));
            dwellings.add(dwelling);
        }
        return dwellings;
    }

    /** The next {@code count} applications, as the forms a secretary would fill. */
    public List<ApplicationForm> applications(int count) {
        List<ApplicationForm> forms = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            forms.add(application());
        }
        return forms;
    }

    private ApplicationForm application() {
        Kind kind = pick(Kind.values(), new int[] {34, 18, 10, 24, 9, 5});
        List<ApplicationForm.Person> persons = household(kind);
        HouseholdComposition composition = new HouseholdComposition(persons.stream()
                .map(p -> new HouseholdMember(p.role(), p.birthDate(), p.dependant(), p.disabled())).toList());
        boolean disability = composition.hasDisabledMember();

        List<String> wished = new ArrayList<>(new LinkedHashSet<>(List.of(randomCommune(), randomCommune(),
                randomCommune())).stream().limit(1 + random.nextInt(3)).toList());
        CeilingZone zone = communes.stream().filter(c -> c.getInseeCode().equals(wished.getFirst())).findFirst()
                .orElseThrow().getCeilingZone();
        HouseholdCategory category = HouseholdCategory.of(composition, today);

        // Income around the ceilings: 30 % below PLAI, 55 % between PLAI and PLUS, 15 % above PLUS.
        long plus = ceiling(zone, Financing.PLUS, category);
        long plai = ceiling(zone, Financing.PLAI, category);
        int position = random.nextInt(100);
        long income = position < 30 ? Math.round(plai * (0.35 + 0.65 * random.nextDouble()))
                : position < 85 ? plai + Math.round((plus - plai) * random.nextDouble())
                : Math.round(plus * (1.0 + 0.5 * random.nextDouble()));
        Long taxN2 = random.nextInt(100) < 5 ? null : income;
        int n1 = random.nextInt(100);
        Long taxN1 = n1 < 10 ? null
                : n1 < 22 ? Math.round(income * (0.6 + 0.29 * random.nextDouble()))
                : Math.round(income * (0.95 + 0.13 * random.nextDouble()));
        double monthly = income / 12.0 * (0.95 + 0.3 * random.nextDouble());
        persons = withResources(persons, monthly);

        RequestReason reason = reason(kind, disability);
        CurrentHousingType housing = currentHousing(reason);
        BigDecimal rent = housing == CurrentHousingType.PRIVATE_TENANT || housing == CurrentHousingType.SOCIAL_TENANT
                ? decimal(380 + random.nextDouble() * (housing == CurrentHousingType.PRIVATE_TENANT ? 850 : 450), 2)
                : null;
        boolean dalo = random.nextInt(1000) < (reason == RequestReason.NO_HOME || reason == RequestReason.EVICTION
                || reason == RequestReason.SHELTER_OR_HOTEL ? 180 : 15);
        Set<PriorityCategory> priorities = EnumSet.noneOf(PriorityCategory.class);
        if (disability && random.nextInt(100) < 80) {
            priorities.add(PriorityCategory.DISABILITY);
        }
        if (housing == CurrentHousingType.SHELTER && random.nextInt(100) < 60) {
            priorities.add(PriorityCategory.LEAVING_SHELTER);
        }
        if ((kind == Kind.SINGLE_PARENT || kind == Kind.SINGLE) && random.nextInt(100) < 4) {
            priorities.add(PriorityCategory.DOMESTIC_VIOLENCE);
        }
        if ((reason == RequestReason.UNFIT_HOUSING || reason == RequestReason.TOO_SMALL) && random.nextInt(100) < 30) {
            priorities.add(PriorityCategory.BADLY_HOUSED);
        }
        if (random.nextInt(100) < 2) {
            priorities.add(PriorityCategory.OTHER);
        }

        LocalDate filed = today.minusDays(1 + random.nextInt(5 * 365));
        LocalDate renewed = null;
        if (filed.plusYears(1).isBefore(today) && random.nextInt(100) < 75) {
            renewed = filed.plusYears(today.getYear() - filed.getYear());
            while (!renewed.isBefore(today)) {
                renewed = renewed.minusYears(1);
            }
            renewed = renewed.minusDays(random.nextInt(20));
            if (renewed.isBefore(filed)) {
                renewed = null;
            }
        }
        String numero = String.format("093%02d%02d%06d%s", filed.getYear() % 100, filed.getMonthValue(),
                nextSequence++, BODIES[random.nextInt(BODIES.length)]);
        return new ApplicationForm(numero, filed, renewed, wished, wishedTypes(persons.size()), reason, null, dalo,
                priorities, documents(persons, disability, dalo), persons, taxN2, taxN1, housing, rent,
                situation(housing), housing == CurrentHousingType.NO_HOME || income > plus ? null
                        : decimal(random.nextDouble() * 320, 2),
                // The address is derived from the sequence, not drawn: the random series stays as it was.
                (1 + nextSequence % 180) + " " + STREETS[nextSequence % STREETS.length],
                home(nextSequence).getPostalCode(), home(nextSequence).getName());
    }

    /** Where the applicant lives now: one of the communes, spread by sequence number. */
    private Commune home(int sequence) {
        return communes.get(sequence % communes.size());
    }

    private List<ApplicationForm.Person> household(Kind kind) {
        boolean woman = random.nextInt(100) < (kind == Kind.SINGLE_PARENT ? 85 : 55);
        String last = LAST_NAMES[random.nextInt(LAST_NAMES.length)];
        List<ApplicationForm.Person> persons = new ArrayList<>();
        int applicantAge = switch (kind) {
            case SINGLE -> 19 + random.nextInt(45);
            case SINGLE_PARENT, FAMILY -> 24 + random.nextInt(25);
            case COUPLE -> random.nextInt(100) < 30 ? 21 + random.nextInt(6) : 27 + random.nextInt(35);
            case SENIOR -> 66 + random.nextInt(24);
            case EXTENDED -> 30 + random.nextInt(30);
        };
        persons.add(person(last, woman, applicantAge, HouseholdRole.APPLICANT, false));
        boolean couple = kind == Kind.COUPLE || kind == Kind.FAMILY || (kind == Kind.SENIOR && random.nextBoolean());
        if (couple) {
            String spouseLast = random.nextInt(100) < 70 ? last : LAST_NAMES[random.nextInt(LAST_NAMES.length)];
            int spouseAge = Math.max(18, applicantAge - 4 + random.nextInt(9));
            persons.add(person(spouseLast, !woman, spouseAge, HouseholdRole.SPOUSE_OR_PARTNER, false));
        }
        int children = switch (kind) {
            case SINGLE_PARENT -> 1 + pick(new Integer[] {0, 1, 2}, new int[] {50, 35, 15});
            case FAMILY -> 1 + pick(new Integer[] {0, 1, 2, 3, 4}, new int[] {30, 35, 20, 10, 5});
            case EXTENDED -> random.nextBoolean() ? 1 : 0;
            default -> 0;
        };
        int maxChildAge = Math.max(1, Math.min(20, applicantAge - 18));
        for (int c = 0; c < children; c++) {
            persons.add(person(last, random.nextBoolean(), random.nextInt(maxChildAge), HouseholdRole.CHILD, true));
        }
        if (kind == Kind.EXTENDED) {
            persons.add(person(LAST_NAMES[random.nextInt(LAST_NAMES.length)], random.nextBoolean(),
                    18 + random.nextInt(70), HouseholdRole.OTHER, random.nextInt(100) < 30));
        }
        return persons;
    }

    private ApplicationForm.Person person(String last, boolean woman, int age, HouseholdRole role,
            boolean dependant) {
        String first = woman ? WOMEN[random.nextInt(WOMEN.length)] : MEN[random.nextInt(MEN.length)];
        LocalDate born = today.minusYears(age).minusDays(1 + random.nextInt(364));
        boolean disabled = random.nextInt(1000) < (role == HouseholdRole.CHILD ? 30 : age >= 70 ? 150 : 60);
        return new ApplicationForm.Person(last, first, born, role, dependant, disabled, BigDecimal.ZERO);
    }

    /** Shares the household's monthly resources between its adults who are not dependants. */
    private List<ApplicationForm.Person> withResources(List<ApplicationForm.Person> persons, double monthly) {
        List<ApplicationForm.Person> earners = persons.stream().filter(p -> !p.dependant()).toList();
        double applicantShare = earners.size() == 1 ? 1.0 : 0.55 + 0.3 * random.nextDouble();
        List<ApplicationForm.Person> result = new ArrayList<>();
        for (ApplicationForm.Person p : persons) {
            double share = p.dependant() ? 0 : p.role() == HouseholdRole.APPLICANT ? applicantShare
                    : (1 - applicantShare) / (earners.size() - 1);
            result.add(new ApplicationForm.Person(p.lastName(), p.firstName(), p.birthDate(), p.role(), p.dependant(),
                    p.disabled(), decimal(monthly * share, 2)));
        }
        return result;
    }

    private RequestReason reason(Kind kind, boolean disability) {
        if (disability && random.nextInt(100) < 40) {
            return RequestReason.HEALTH_OR_DISABILITY;
        }
        if (kind == Kind.SENIOR && random.nextInt(100) < 35) {
            return RequestReason.HEALTH_OR_DISABILITY;
        }
        return pick(new RequestReason[] {RequestReason.TOO_SMALL, RequestReason.HOSTED, RequestReason.TOO_EXPENSIVE,
                RequestReason.FAMILY_CHANGE, RequestReason.NO_HOME, RequestReason.SHELTER_OR_HOTEL,
                RequestReason.UNFIT_HOUSING, RequestReason.HEALTH_OR_DISABILITY, RequestReason.EVICTION,
                RequestReason.CLOSER_TO_WORK, RequestReason.OTHER},
                new int[] {kind == Kind.FAMILY ? 35 : 15, 18, 14, 10, 6, 6, 7, 4, 4, 5, 4});
    }

    private CurrentHousingType currentHousing(RequestReason reason) {
        return switch (reason) {
            case NO_HOME -> CurrentHousingType.NO_HOME;
            case HOSTED -> CurrentHousingType.HOSTED_BY_FAMILY;
            case SHELTER_OR_HOTEL -> random.nextBoolean() ? CurrentHousingType.SHELTER : CurrentHousingType.HOTEL;
            case EVICTION -> CurrentHousingType.PRIVATE_TENANT;
            default -> pick(new CurrentHousingType[] {CurrentHousingType.PRIVATE_TENANT,
                    CurrentHousingType.SOCIAL_TENANT, CurrentHousingType.OWNER, CurrentHousingType.HOSTED_BY_FAMILY},
                    new int[] {55, 35, 3, 7});
        };
    }

    private static String situation(CurrentHousingType housing) {
        return switch (housing) {
            case SHELTER -> "Hébergé en centre d’hébergement";
            case HOTEL -> "Hôtel social, une chambre pour tout le ménage";
            case NO_HOME -> "Sans logement, domiciliation au CCAS";
            case HOSTED_BY_FAMILY -> "Hébergé chez un proche";
            default -> null;
        };
    }

    private Set<DwellingType> wishedTypes(int size) {
        DwellingType main = switch (Math.min(size, 6)) {
            case 1 -> DwellingType.T1;
            case 2 -> DwellingType.T2;
            case 3 -> DwellingType.T3;
            case 4 -> random.nextBoolean() ? DwellingType.T3 : DwellingType.T4;
            case 5 -> DwellingType.T4;
            default -> DwellingType.T5;
        };
        Set<DwellingType> types = EnumSet.of(main);
        if (random.nextInt(100) < 60 && main.ordinal() < DwellingType.T6.ordinal()) {
            types.add(DwellingType.values()[main.ordinal() + 1]);
        }
        return types;
    }

    private Set<SupportingDocument> documents(List<ApplicationForm.Person> persons, boolean disability,
            boolean dalo) {
        Set<SupportingDocument> documents = EnumSet.noneOf(SupportingDocument.class);
        boolean children = persons.stream().anyMatch(p -> p.role() == HouseholdRole.CHILD);
        addSometimes(documents, SupportingDocument.IDENTITY, 95);
        addSometimes(documents, SupportingDocument.TAX_NOTICE, 85);
        addSometimes(documents, SupportingDocument.INCOME_PROOF, 75);
        addSometimes(documents, SupportingDocument.FAMILY_SITUATION, 65);
        addSometimes(documents, SupportingDocument.CURRENT_HOUSING, 60);
        addSometimes(documents, SupportingDocument.RESIDENCE_PERMIT, 20);
        if (children) {
            addSometimes(documents, SupportingDocument.FAMILY_BENEFITS, 70);
        }
        if (disability) {
            addSometimes(documents, SupportingDocument.DISABILITY_PROOF, 70);
        }
        if (dalo) {
            addSometimes(documents, SupportingDocument.DALO_DECISION, 85);
        }
        return documents;
    }

    private void addSometimes(Set<SupportingDocument> documents, SupportingDocument document, int percent) {
        if (random.nextInt(100) < percent) {
            documents.add(document);
        }
    }

    private long ceiling(CeilingZone zone, Financing financing, HouseholdCategory category) {
        return ceilings.ceilingFor(ceilingYear, zone, financing, category).map(c -> c.amount())
                .orElseThrow(() -> new IllegalStateException("No " + financing + " ceiling for " + ceilingYear
                        + " in " + zone));
    }

    private String randomCommune() {
        return communes.get(random.nextInt(communes.size())).getInseeCode();
    }

    private <T> T pick(T[] values, int[] weights) {
        int total = 0;
        for (int weight : weights) {
            total += weight;
        }
        int draw = random.nextInt(total);
        for (int i = 0; i < values.length; i++) {
            draw -= weights[i];
            if (draw < 0) {
                return values[i];
            }
        }
        return values[values.length - 1];
    }

    private static BigDecimal decimal(double value, int scale) {
        return BigDecimal.valueOf(value).setScale(scale, RoundingMode.HALF_UP);
    }
}
