package fr.caleol.committee.ui;

import com.vaadin.flow.component.Component;
import fr.caleol.committee.domain.AgendaCandidate;
import fr.caleol.housing.service.EligibilityService;
import fr.caleol.housing.service.HousingApplicationService;
import fr.caleol.housing.ui.CandidateComparison;
import java.time.LocalDate;
import java.util.List;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Builds the candidates' side-by-side comparison of an agenda item with the housing feature's component: figures
 * assessed on the sitting's date; links to the full dossier screens only for staff, who may open them.
 */
@org.springframework.stereotype.Component
class CandidatesPanelFactory {

    private final HousingApplicationService applications;
    private final EligibilityService eligibility;

    CandidatesPanelFactory(HousingApplicationService applications, EligibilityService eligibility) {
        this.applications = applications;
        this.eligibility = eligibility;
    }

    Component create(List<AgendaCandidate> candidates, long dwellingId, LocalDate assessmentDate) {
        CandidateComparison comparison = new CandidateComparison(applications, eligibility);
        comparison.setId("candidates");
        comparison.setLinkToDossiers(SecurityContextHolder.getContext().getAuthentication().getAuthorities().stream()
                .anyMatch(a -> a.getAuthority().equals("ROLE_SECRETARY") || a.getAuthority().equals("ROLE_ADMIN")));
        comparison.show(dwellingId, candidates.stream().map(c -> c.getApplication().getId()).toList(), assessmentDate);
        return comparison;
    }
}
