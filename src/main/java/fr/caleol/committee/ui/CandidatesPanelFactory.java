package fr.caleol.committee.ui;

import com.vaadin.flow.component.Component;
import fr.caleol.housing.service.EligibilityService;
import fr.caleol.housing.service.HousingApplicationService;
import fr.caleol.housing.ui.CandidateComparison;
import java.time.LocalDate;
import java.util.List;
import fr.caleol.security.domain.Role;
import fr.caleol.security.service.CurrentUser;

/**
 * Builds the candidates' side-by-side comparison of an agenda item with the housing feature's component: figures
 * assessed on the sitting's date; links to the full dossier screens only for staff, who may open them.
 */
@org.springframework.stereotype.Component
class CandidatesPanelFactory {

    private final HousingApplicationService applications;
    private final EligibilityService eligibility;
    private final CurrentUser currentUser;

    CandidatesPanelFactory(HousingApplicationService applications, EligibilityService eligibility,
            CurrentUser currentUser) {
        this.currentUser = currentUser;
        this.applications = applications;
        this.eligibility = eligibility;
    }

    Component create(List<Long> applicationIds, long dwellingId, LocalDate assessmentDate) {
        CandidateComparison comparison = new CandidateComparison(applications, eligibility);
        comparison.setId("candidates");
        comparison.setLinkToDossiers(currentUser.hasAnyRole(Role.SECRETARY, Role.ADMIN));
        comparison.show(dwellingId, applicationIds, assessmentDate);
        return comparison;
    }
}
