package fr.caleol.committee.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.RouteParam;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import fr.caleol.committee.service.SittingService;
import fr.caleol.housing.service.CotationService;
import fr.caleol.housing.service.EligibilityService;
import fr.caleol.housing.service.HousingApplicationService;
import fr.caleol.housing.ui.CandidateComparison;
import fr.caleol.security.domain.Role;
import fr.caleol.security.service.CurrentUser;
import java.time.LocalDate;
import java.util.List;

/**
 * Builds the candidates' side-by-side comparison of an agenda item with the housing feature's component: figures
 * assessed on the sitting's date; each card links to the full dossier: the secretary's screen for staff, the
 * member's read-only one for a member whose seat sits on the item. Scores come from the cotation grid version the
 * sitting was convened with.
 */
@org.springframework.stereotype.Component
class CandidatesPanelFactory {

    private final HousingApplicationService applications;
    private final EligibilityService eligibility;
    private final CurrentUser currentUser;
    private final SittingService sittings;
    private final CotationService cotation;

    CandidatesPanelFactory(HousingApplicationService applications, EligibilityService eligibility,
            CurrentUser currentUser, SittingService sittings, CotationService cotation) {
        this.sittings = sittings;
        this.cotation = cotation;
        this.currentUser = currentUser;
        this.applications = applications;
        this.eligibility = eligibility;
    }

    /**
     * The comparison, for a reader who may read these candidates' dossiers; for a member whose seat does not sit on
     * this item (the mayor of another commune, a réservataire outside its contingent), a notice instead.
     */
    Component create(long sittingId, List<Long> applicationIds, long dwellingId, LocalDate assessmentDate) {
        boolean staff = currentUser.hasAnyRole(Role.SECRETARY, Role.ADMIN);
        if (!staff && !applicationIds.stream().allMatch(applications::mayRead)) {
            Paragraph notice = new Paragraph(notice());
            notice.setId("candidates-need-to-know");
            notice.addClassName("caleol-help");
            return notice;
        }
        CandidateComparison comparison = new CandidateComparison(applications, eligibility);
        comparison.setId("candidates");
        if (staff) {
            comparison.setLinkToDossiers(true);
        } else {
            comparison.setDossierLink(applicationId -> {
                RouterLink link = new RouterLink(comparison.getTranslation("dossier.open"), MemberDossierView.class,
                        new RouteParameters(new RouteParam("sittingId", String.valueOf(sittingId)),
                                new RouteParam("applicationId", String.valueOf(applicationId))));
                link.setId("open-dossier-" + applicationId);
                return link;
            });
        }
        Long gridId = sittings.get(sittingId).getCotationGridId();
        if (gridId == null) {
            comparison.setCotation(null, java.util.Map.of());
        } else {
            comparison.setCotation(cotation.grid(gridId), cotation.scores(applicationIds, gridId, assessmentDate));
        }
        comparison.show(dwellingId, applicationIds, assessmentDate);
        return comparison;
    }

    private static String notice() {
        return com.vaadin.flow.component.UI.getCurrent().getTranslation("dossier.needToKnow");
    }
}
