package fr.caleol.housing.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import fr.caleol.base.domain.LandlordTime;
import fr.caleol.base.errors.BusinessException;
import fr.caleol.base.ui.ErrorNotifier;
import fr.caleol.base.ui.HasTitleKey;
import fr.caleol.base.ui.MainLayout;
import fr.caleol.base.ui.components.Formats;
import fr.caleol.base.ui.components.LocalizedDatePicker;
import fr.caleol.housing.domain.ApplicationHistoryEntry;
import fr.caleol.housing.domain.Dwelling;
import fr.caleol.housing.domain.HousingApplication;
import fr.caleol.housing.domain.cotation.CotationScore;
import fr.caleol.housing.service.ApplicationDossier;
import fr.caleol.housing.service.CotationService;
import fr.caleol.housing.service.DwellingFilter;
import fr.caleol.housing.service.DwellingService;
import fr.caleol.housing.service.EligibilityService;
import fr.caleol.housing.service.HousingApplicationService;
import fr.caleol.security.domain.Role;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;

/**
 * One application's dossier: household, resources, current housing, priorities, documents, history, the dwellings it
 * was proposed for, and its eligibility figures against a chosen dwelling. Opening it is an audited read.
 */
@Route(value = "demandes/:id([0-9]+)", layout = MainLayout.class)
@RolesAllowed({Role.Names.SECRETARY, Role.Names.ADMIN})
public class ApplicationDetailView extends VerticalLayout implements HasTitleKey, BeforeEnterObserver {

    private final HousingApplicationService applicationService;
    private final DwellingService dwellingService;
    private final EligibilityService eligibilityService;
    private final CotationService cotationService;
    private final Clock clock;
    private final ComboBox<Dwelling> dwelling = new ComboBox<>();
    private final LocalizedDatePicker assessmentDate = new LocalizedDatePicker(null);
    private final EligibilityPanel eligibility = new EligibilityPanel();
    private long applicationId;

    public ApplicationDetailView(HousingApplicationService applicationService, DwellingService dwellingService,
            EligibilityService eligibilityService, CotationService cotationService, Clock clock) {
        this.cotationService = cotationService;
        this.applicationService = applicationService;
        this.dwellingService = dwellingService;
        this.eligibilityService = eligibilityService;
        this.clock = clock;
        setWidthFull();
        eligibility.setId("application-eligibility");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        applicationId = Long.parseLong(event.getRouteParameters().get("id").orElseThrow());
        ApplicationDossier dossier;
        try {
            dossier = applicationService.dossier(applicationId);
        } catch (BusinessException e) {
            ErrorNotifier.show(e);
            event.forwardTo(ApplicationsView.class);
            return;
        }
        render(dossier);
    }

    private void render(ApplicationDossier dossier) {
        removeAll();
        HousingApplication application = dossier.application();
        Locale locale = getLocale();
        LocalDate today = LandlordTime.today(clock);

        H2 title = new H2(application.getNumeroUnique().formatted() + " — " + application.getApplicantName());
        title.setId("application-title");
        Span status = new Span(getTranslation("housing.applicationStatus." + application.getStatus().name()));
        status.getElement().getThemeList().add("badge");
        Button edit = new Button(getTranslation("action.edit"), VaadinIcon.EDIT.create(),
                click -> UI.getCurrent().navigate(ApplicationFormView.class,
                        new RouteParameters("id", String.valueOf(applicationId))));
        edit.setId("application-edit");
        edit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        RouterLink back = new RouterLink(getTranslation("housing.applications.back"), ApplicationsView.class);
        HorizontalLayout header = new HorizontalLayout(title, status, edit, back);
        header.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        header.setWrap(true);
        add(header);

        DossierSections sections = new DossierSections(dossier, today);
        add(sections);
        add(DossierSections.section("housing.detail.proposals", proposals(dossier)));
        add(DossierSections.section("housing.eligibility.title", eligibilityChooser(dossier)));
        add(DossierSections.section("cotation.title", cotation(today)));
        add(DossierSections.section("housing.detail.history", history(dossier)));
    }








    private Component proposals(ApplicationDossier dossier) {
        if (dossier.proposals().isEmpty()) {
            return new Paragraph(getTranslation("housing.detail.proposals.none"));
        }
        UnorderedList list = new UnorderedList();
        list.setId("application-proposals");
        for (ApplicationDossier.Proposal proposal : dossier.proposals()) {
            list.add(new ListItem(new RouterLink(proposal.dwellingReference() + " — " + proposal.communeName(),
                    DwellingDetailView.class, new RouteParameters("id", String.valueOf(proposal.dwellingId())))));
        }
        return list;
    }

    private Component eligibilityChooser(ApplicationDossier dossier) {
        dwelling.setLabel(getTranslation("housing.detail.dwellingForFigures"));
        dwelling.setHelperText(getTranslation("housing.detail.dwellingForFigures.help"));
        dwelling.setId("eligibility-dwelling");
        dwelling.setMinWidth("24rem");
        dwelling.setItemLabelGenerator(this::dwellingLabel);
        dwelling.setItems(query -> dwellingService.list(
                new DwellingFilter(query.getFilter().orElse(null), null, null, null, null, null),
                VaadinSpringDataHelpers.toSpringPageRequest(query)).stream());
        assessmentDate.setLabel(getTranslation("housing.detail.assessmentDate"));
        assessmentDate.setId("eligibility-date");
        assessmentDate.setValue(LandlordTime.today(clock));
        if (!dossier.proposals().isEmpty()) {
            try {
                dwelling.setValue(dwellingService.get(dossier.proposals().getFirst().dwellingId()));
            } catch (BusinessException e) {
                ErrorNotifier.show(e);
            }
        }
        dwelling.addValueChangeListener(e -> refreshFigures());
        assessmentDate.addValueChangeListener(e -> refreshFigures());
        refreshFigures();
        HorizontalLayout choice = new HorizontalLayout(dwelling, assessmentDate);
        choice.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        choice.setWrap(true);
        return new Div(choice, eligibility);
    }

    private String dwellingLabel(Dwelling d) {
        return d.getReference() + " — " + d.getCommune().getName() + " ("
                + getTranslation("housing.dwellingType." + d.getType().name()) + ", "
                + getTranslation("housing.financing." + d.getFinancing().name()) + ")";
    }

    private void refreshFigures() {
        Dwelling chosen = dwelling.getValue();
        if (chosen == null) {
            eligibility.showMessage(getTranslation("housing.detail.chooseDwelling"));
            return;
        }
        try {
            eligibility.show(eligibilityService.report(applicationId, chosen.getId(),
                    assessmentDate.getValue() == null ? LandlordTime.today(clock) : assessmentDate.getValue()));
        } catch (BusinessException e) {
            eligibility.showMessage(ErrorNotifier.show(e));
        }
    }

    private Component history(ApplicationDossier dossier) {
        Grid<ApplicationHistoryEntry> history = new Grid<>();
        history.setId("history-grid");
        history.addColumn(h -> Formats.dateTime(h.getOccurredAt(), getLocale()))
                .setHeader(getTranslation("housing.history.when")).setAutoWidth(true);
        history.addColumn(ApplicationHistoryEntry::getActor).setHeader(getTranslation("housing.history.actor"))
                .setAutoWidth(true);
        history.addColumn(h -> getTranslation("housing.history." + h.getKind().name()))
                .setHeader(getTranslation("housing.history.what")).setAutoWidth(true);
        history.addColumn(h -> h.getStatus() == null ? ""
                        : getTranslation("housing.applicationStatus." + h.getStatus().name()))
                .setHeader(getTranslation("housing.application.status")).setAutoWidth(true);
        history.addColumn(h -> h.getDetails() == null ? "" : h.getDetails())
                .setHeader(getTranslation("housing.history.details")).setFlexGrow(1);
        history.setItems(dossier.history());
        history.setAllRowsVisible(true);
        return history;
    }




    @Override
    public String titleKey() {
        return "housing.detail.title";
    }

    /** The application's score under the current grid of each territory, today. */
    private Div cotation(LocalDate today) {
        Div scores = new Div();
        scores.setId("application-cotation");
        Map<CotationService.Grid, CotationScore> byGrid = cotationService.currentScores(applicationId, today);
        if (byGrid.isEmpty()) {
            scores.add(CotationPanel.none());
        }
        byGrid.forEach((grid, score) -> scores.add(new CotationPanel(grid, score)));
        return scores;
    }
}
