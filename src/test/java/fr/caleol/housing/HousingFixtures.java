package fr.caleol.housing;

import fr.caleol.housing.domain.CurrentHousingType;
import fr.caleol.housing.domain.DwellingType;
import fr.caleol.housing.domain.PriorityCategory;
import fr.caleol.housing.domain.RequestReason;
import fr.caleol.housing.domain.Reservataire;
import fr.caleol.housing.domain.SupportingDocument;
import fr.caleol.housing.domain.eligibility.Financing;
import fr.caleol.housing.domain.eligibility.HouseholdRole;
import fr.caleol.housing.service.ApplicationForm;
import fr.caleol.housing.service.DwellingForm;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

/** Housing test data with unique numbers and names, since tests share a persistent database. */
public final class HousingFixtures {

    /** Paris: zone "Paris and adjacent communes". */
    public static final String PARIS = "75056";
    public static final String MONTREUIL = "93048";

    private HousingFixtures() {}

    /** A numéro unique nobody else uses: 093, year 24, a random month, 6-digit sequence and registering body. */
    public static String newNumero() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < 5; i++) {
            body.append("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789".charAt(random.nextInt(34)));
        }
        return String.format("09324%02d%06d%s", random.nextInt(1, 13), random.nextInt(1_000_000), body);
    }

    /** A last name nobody else uses, letters only (e.g. "DURAND-QXKZT"). */
    public static String newLastName(String base) {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        StringBuilder suffix = new StringBuilder();
        for (int i = 0; i < 8; i++) {
            suffix.append((char) ('A' + random.nextInt(26)));
        }
        return base + "-" + suffix;
    }

    public static ApplicationForm.Person applicant(String lastName, LocalDate birthDate, String monthlyResources) {
        return new ApplicationForm.Person(lastName, "Camille", birthDate, HouseholdRole.APPLICANT, false, false,
                new BigDecimal(monthlyResources));
    }

    public static ApplicationForm.Person child(String lastName, String firstName, LocalDate birthDate) {
        return new ApplicationForm.Person(lastName, firstName, birthDate, HouseholdRole.CHILD, true, false,
                BigDecimal.ZERO);
    }

    /** An application in the given commune with the given household and tax income of N-2 (N-1 unknown). */
    public static ApplicationForm application(String numero, String communeInsee, List<ApplicationForm.Person> persons,
            Long taxIncomeNMinus2) {
        return new ApplicationForm(numero, LocalDate.of(2024, 3, 15), null, List.of(communeInsee),
                Set.of(DwellingType.T2, DwellingType.T3), RequestReason.TOO_EXPENSIVE, null, false,
                Set.of(PriorityCategory.BADLY_HOUSED), Set.of(SupportingDocument.IDENTITY,
                        SupportingDocument.TAX_NOTICE),
                persons, taxIncomeNMinus2, null, CurrentHousingType.PRIVATE_TENANT, new BigDecimal("900.00"),
                "Loyer trop élevé", new BigDecimal("200.00"), "8 rue des Lilas", "93100", "Montreuil");
    }

    /** One person, 40 years old, 1 900 € a month, in Paris. */
    public static ApplicationForm single(String numero, String lastName, Long taxIncomeNMinus2) {
        return application(numero, PARIS, List.of(applicant(lastName, LocalDate.of(1985, 5, 2), "1900.00")),
                taxIncomeNMinus2);
    }

    /** A PLUS T3 in Paris at 650 € rent and 120 € charges. */
    public static DwellingForm dwelling(String reference) {
        return dwelling(reference, PARIS);
    }

    /** A PLUS T3 in the given commune at 650 € rent and 120 € charges. */
    public static DwellingForm dwelling(String reference, String communeInsee) {
        return new DwellingForm(reference, "12 rue de la Solidarité", communeInsee, DwellingType.T3, new BigDecimal("64.5"),
                2, true, false, new BigDecimal("650.00"), new BigDecimal("120.00"), Financing.PLUS,
                Reservataire.PREFECTURE, false, null);
    }

    public static String newReference() {
        return "LOG-" + ThreadLocalRandom.current().nextInt(100_000_000);
    }
}
