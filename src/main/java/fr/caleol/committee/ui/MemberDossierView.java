package fr.caleol.committee.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import fr.caleol.base.errors.BusinessException;
import fr.caleol.base.ui.ErrorNotifier;
import fr.caleol.base.ui.HasTitleKey;
import fr.caleol.base.ui.MainLayout;
import fr.caleol.committee.domain.Sitting;
import fr.caleol.committee.service.SittingService;
import fr.caleol.housing.service.ApplicationDossier;
import fr.caleol.housing.service.CotationService;
import fr.caleol.housing.service.EligibilityService;
import fr.caleol.housing.service.HousingApplicationService;
import fr.caleol.housing.ui.CotationPanel;
import fr.caleol.housing.ui.DossierSections;
import fr.caleol.housing.ui.EligibilityPanel;
import fr.caleol.security.domain.Role;
import jakarta.annotation.security.RolesAllowed;
import java.util.Optional;
import org.springframework.security.access.AccessDeniedException;

/**
 * A candidate's full dossier as a committee member reads it, opened from the live sitting: read-only, nothing to
 * download, every opening audited by the service. Only for a member whose seat sits on an item listing the candidate
 * (need-to-know: the mayor his commune's dwellings, the réservataire its contingent, not after a conflict of
 * interest), from the convocation until the minutes are published; anyone else is refused, and the refusal audited.
 */
@Route(value = "seances/:sittingId/candidats/:applicationId", layout = MainLayout.class)
@RolesAllowed({Role.Names.COMMITTEE_MEMBER, Role.Names.SECRETARY, Role.Names.ADMIN})
public class MemberDossierView extends VerticalLayout implements BeforeEnterObserver, HasTitleKey {

    private final HousingApplicationService applications;
    private final EligibilityService eligibility;
    private final SittingService sittings;
    private final CotationService cotation;
    private String titleKey = "dossier.pageTitle.empty";
    private Object[] titleArguments = {};

    public MemberDossierView(HousingApplicationService applications, EligibilityService eligibility,
            SittingService sittings, CotationService cotation) {
        this.cotation = cotation;
        this.applications = applications;
        this.eligibility = eligibility;
        this.sittings = sittings;
        setWidthFull();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long sittingId = event.getRouteParameters().getLong("sittingId").orElse(-1L);
        long applicationId = event.getRouteParameters().getLong("applicationId").orElse(-1L);
        removeAll();
        RouterLink back = new RouterLink(getTranslation("dossier.back"), LiveSittingView.class,
                new RouteParameters("sittingId", String.valueOf(sittingId)));
        back.setId("dossier-back");
        try {
            ApplicationDossier dossier = applications.dossier(applicationId);
            Optional<SittingService.AgendaEntry> entry = sittings.agenda(sittingId).stream()
                    .filter(e -> e.candidates().stream().anyMatch(c -> c.getApplication().getId() == applicationId))
                    .findFirst();
            if (entry.isEmpty()) {
                throw new AccessDeniedException("Application " + applicationId + " is not on sitting " + sittingId);
            }
            render(dossier, entry.get(), sittings.get(sittingId), back);
        } catch (AccessDeniedException e) {
            titleKey = "dossier.refused.title";
            H2 heading = new H2(getTranslation(titleKey));
            Paragraph why = new Paragraph(getTranslation("dossier.refused"));
            why.setId("dossier-refused");
            why.addClassName("caleol-alert");
            add(heading, why, back);
        } catch (BusinessException e) {
            ErrorNotifier.show(e);
            add(back);
        }
    }

    private void render(ApplicationDossier dossier, SittingService.AgendaEntry entry, Sitting sitting,
            RouterLink back) {
        java.time.LocalDate sittingDate = sitting.getDate();
        titleKey = "dossier.pageTitle";
        titleArguments = new Object[] {dossier.application().getNumeroUnique().formatted(),
                dossier.application().getApplicantName()};
        H2 heading = new H2(getTranslation(titleKey, titleArguments));
        heading.setId("dossier-title");
        Paragraph readOnly = new Paragraph(getTranslation("dossier.readOnly",
                entry.item().getDwelling().getReference()));
        readOnly.addClassName("caleol-help");
        add(back, heading, readOnly, new DossierSections(dossier, sittingDate));
        EligibilityPanel figures = new EligibilityPanel();
        figures.setId("dossier-eligibility");
        try {
            figures.show(eligibility.report(dossier.application().getId(), entry.item().getDwelling().getId(),
                    sittingDate));
        } catch (BusinessException e) {
            figures.showMessage(ErrorNotifier.show(e));
        }
        add(DossierSections.section("housing.eligibility.title", figures));
        Div score = new Div();
        score.setId("dossier-cotation");
        Long gridId = sitting.getCotationGridId();
        long applicationId = dossier.application().getId();
        score.add(gridId == null ? CotationPanel.none() : new CotationPanel(cotation.grid(gridId),
                cotation.scores(java.util.List.of(applicationId), gridId, sittingDate).get(applicationId)));
        add(DossierSections.section("cotation.title", score));
    }

    @Override
    public String titleKey() {
        return titleKey;
    }

    @Override
    public Object[] titleArguments() {
        return titleArguments;
    }
}
