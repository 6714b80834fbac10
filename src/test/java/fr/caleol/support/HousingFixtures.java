package fr.caleol.support;

import fr.caleol.housing.domain.CommuneRepository;
import fr.caleol.housing.domain.CurrentHousingType;
import fr.caleol.housing.domain.Dwelling;
import fr.caleol.housing.domain.DwellingRepository;
import fr.caleol.housing.domain.DwellingType;
import fr.caleol.housing.domain.HousingApplication;
import fr.caleol.housing.domain.RequestReason;
import fr.caleol.housing.domain.Reservataire;
import fr.caleol.housing.domain.eligibility.Financing;
import fr.caleol.housing.domain.eligibility.HouseholdRole;
import fr.caleol.housing.service.ApplicationForm;
import fr.caleol.housing.service.DwellingService;
import fr.caleol.housing.service.HousingApplicationService;
import fr.caleol.security.domain.Role;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import org.springframework.stereotype.Component;

/** Creates dwellings, applications and candidacies for tests, as a secretary would. */
@Component
public class HousingFixtures {

    private final HousingApplicationService applications;
    private final DwellingService dwellingService;
    private final DwellingRepository dwellings;
    private final CommuneRepository communes;

    HousingFixtures(HousingApplicationService applications, DwellingService dwellingService,
            DwellingRepository dwellings, CommuneRepository communes) {
        this.applications = applications;
        this.dwellingService = dwellingService;
        this.dwellings = dwellings;
        this.communes = communes;
    }

    /** A fresh, valid numéro unique (Seine-Saint-Denis, March 2024, random sequence and registering body). */
    public static String numeroUnique() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < 5; i++) {
            body.append("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789".charAt(random.nextInt(34)));
        }
        return "0932403" + String.format("%06d", random.nextInt(1_000_000)) + body;
    }

    public static ApplicationForm form(String numero, String lastName, long taxIncome, String communeInsee) {
        return new ApplicationForm(numero, LocalDate.of(2024, 3, 15), null, List.of(communeInsee),
                Set.of(DwellingType.T2, DwellingType.T3), RequestReason.TOO_SMALL, null, false, Set.of(), Set.of(),
                List.of(new ApplicationForm.Person(lastName, "Camille", LocalDate.of(1985, 6, 1),
                        HouseholdRole.APPLICANT, false, false, new BigDecimal("1900.00"))),
                taxIncome, null, CurrentHousingType.PRIVATE_TENANT, new BigDecimal("750.00"), null,
                new BigDecimal("150.00"));
    }

    public Dwelling dwelling(String communeInsee) {
        Dwelling dwelling = new Dwelling(TestUsers.unique("LOG"), "12 rue de la République", communes
                .findByInseeCode(communeInsee).orElseThrow(), DwellingType.T3, new BigDecimal("64.50"), 2, true, false,
                new BigDecimal("520.00"), new BigDecimal("95.00"), Financing.PLUS, Reservataire.LANDLORD);
        return dwellings.save(dwelling);
    }

    /** A vacant dwelling in the commune with {@code count} candidates proposed; acts as the secretary. */
    public Proposed dwellingWithCandidates(String communeInsee, int count) {
        TestUsers.actAs("secretaire", Role.SECRETARY);
        try {
            Dwelling dwelling = dwelling(communeInsee);
            List<Long> ids = new java.util.ArrayList<>();
            for (int i = 0; i < count; i++) {
                HousingApplication application = applications.create(
                        form(numeroUnique(), "CANDIDAT" + i, 20000 + i * 1000L, communeInsee));
                dwellingService.propose(dwelling.getId(), application.getId());
                ids.add(application.getId());
            }
            return new Proposed(dwelling.getId(), ids);
        } finally {
            TestUsers.anonymous();
        }
    }

    public record Proposed(long dwellingId, List<Long> applicationIds) {}
}
