package fr.caleol.support;

import fr.caleol.housing.HousingFixtures;
import fr.caleol.housing.domain.HousingApplication;
import fr.caleol.housing.service.DwellingService;
import fr.caleol.housing.service.HousingApplicationService;
import fr.caleol.security.domain.Role;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/** Vacant dwellings with candidates proposed, created through the services as a secretary would. */
@Component
public class CandidacyFixtures {

    private final HousingApplicationService applications;
    private final DwellingService dwellings;

    CandidacyFixtures(HousingApplicationService applications, DwellingService dwellings) {
        this.applications = applications;
        this.dwellings = dwellings;
    }

    /** A vacant dwelling in the commune with {@code count} candidates proposed, in that order. */
    public Proposed dwellingWithCandidates(String communeInsee, int count) {
        TestUsers.actAs("secretaire", Role.SECRETARY);
        try {
            long dwellingId = dwellings.create(HousingFixtures.dwelling(HousingFixtures.newReference(), communeInsee))
                    .getId();
            List<Long> ids = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                HousingApplication application = applications.create(HousingFixtures.application(
                        HousingFixtures.newNumero(), communeInsee,
                        List.of(HousingFixtures.applicant(HousingFixtures.newLastName("CANDIDAT"),
                                LocalDate.of(1980 + i, 6, 1), "1900.00")), 20000L + i * 1000L));
                dwellings.propose(dwellingId, application.getId());
                ids.add(application.getId());
            }
            return new Proposed(dwellingId, ids);
        } finally {
            TestUsers.anonymous();
        }
    }

    public record Proposed(long dwellingId, List<Long> applicationIds) {}
}
