package fr.caleol.housing.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import fr.caleol.base.domain.Euros;
import fr.caleol.base.domain.LandlordTime;
import fr.caleol.base.errors.BusinessException;
import fr.caleol.base.events.EventBus;
import fr.caleol.base.events.UiEvents;
import fr.caleol.base.ui.ErrorNotifier;
import fr.caleol.base.ui.HasTitleKey;
import fr.caleol.base.ui.MainLayout;
import fr.caleol.base.ui.components.Formats;
import fr.caleol.housing.domain.Candidacy;
import fr.caleol.housing.domain.Dwelling;
import fr.caleol.housing.domain.HousingApplication;
import fr.caleol.housing.domain.NumeroUnique;
import fr.caleol.housing.service.ApplicationFilter;
import fr.caleol.housing.service.DwellingChangedEvent;
import fr.caleol.housing.service.DwellingService;
import fr.caleol.housing.service.EligibilityService;
import fr.caleol.housing.service.HousingApplicationService;
import fr.caleol.security.domain.Role;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.data.domain.PageRequest;

/**
 * One dwelling: its facts, its candidates in the order proposed, proposing a further candidate by numéro unique, and
 * the candidates compared side by side. Refreshed live when anyone changes the dwelling or its candidates.
 */
@Route(value = "logements/:id([0-9]+)", layout = MainLayout.class)
@RolesAllowed({Role.Names.SECRETARY, Role.Names.ADMIN})
public class DwellingDetailView extends VerticalLayout implements HasTitleKey, BeforeEnterObserver {

    private final DwellingService dwellingService;
    private final HousingApplicationService applicationService;
    private final Clock clock;
    private final H2 title = new H2();
    private final Span status = new Span();
    private final Facts facts = new Facts();
    private final Grid<Candidacy> candidates = new Grid<>();
    private final TextField numero = new TextField();
    private final CandidateComparison comparison;
    private long dwellingId;

    public DwellingDetailView(DwellingService dwellingService, HousingApplicationService applicationService,
            EligibilityService eligibilityService, EventBus eventBus, Clock clock) {
        this.dwellingService = dwellingService;
        this.applicationService = applicationService;
        this.clock = clock;
        this.comparison = new CandidateComparison(applicationService, eligibilityService);
        comparison.setId("candidate-comparison");
        setWidthFull();

        title.setId("dwelling-title");
        status.getElement().getThemeList().add("badge");
        RouterLink back = new RouterLink(getTranslation("housing.dwellings.back"), DwellingsView.class);
        HorizontalLayout header = new HorizontalLayout(title, status, back);
        header.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        header.setWrap(true);

        candidates.setId("candidates-grid");
        candidates.addColumn(Candidacy::getPosition).setHeader(getTranslation("housing.candidates.position"))
                .setAutoWidth(true).setFlexGrow(0);
        candidates.addColumn(LitRenderer.<Candidacy>of("<a href=\"${item.href}\">${item.numero}</a>")
                        .withProperty("href", c -> ApplicationsView.detailUrl(c.getApplication().getId()))
                        .withProperty("numero", c -> c.getApplication().getNumeroUnique().formatted()))
                .setHeader(getTranslation("housing.application.numeroUnique")).setAutoWidth(true).setFlexGrow(0);
        candidates.addColumn(c -> c.getApplication().getApplicantName())
                .setHeader(getTranslation("housing.application.applicant")).setFlexGrow(2);
        candidates.addColumn(c -> c.getApplication().getHouseholdSize())
                .setHeader(getTranslation("housing.application.householdSize")).setAutoWidth(true).setFlexGrow(0);
        candidates.addColumn(c -> getTranslation("housing.applicationStatus." + c.getApplication().getStatus().name()))
                .setHeader(getTranslation("housing.application.status")).setAutoWidth(true);
        candidates.addColumn(c -> Formats.dateTime(c.getProposedAt(), getLocale()))
                .setHeader(getTranslation("housing.candidates.proposedAt")).setAutoWidth(true);
        candidates.addColumn(Candidacy::getProposedBy).setHeader(getTranslation("housing.candidates.proposedBy"))
                .setAutoWidth(true);
        candidates.setAllRowsVisible(true);

        numero.setLabel(getTranslation("housing.candidates.propose.numero"));
        numero.setId("propose-numero");
        numero.setHelperText(getTranslation("housing.form.numeroUnique.help"));
        numero.setMinWidth("18rem");
        Button propose = new Button(getTranslation("housing.candidates.propose"), VaadinIcon.PLUS.create(),
                click -> propose());
        propose.setId("propose-candidate");
        propose.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        propose.addClickShortcut(Key.ENTER).listenOn(numero);
        HorizontalLayout proposeBar = new HorizontalLayout(numero, propose);
        proposeBar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);

        add(header, section("housing.dwelling.facts", facts),
                section("housing.candidates.title", candidates, proposeBar),
                section("housing.comparison.title", comparison));
        UiEvents.subscribe(this, eventBus, DwellingChangedEvent.class, event -> {
            if (event.dwellingId() == dwellingId) {
                refresh();
            }
        });
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        dwellingId = Long.parseLong(event.getRouteParameters().get("id").orElseThrow());
        try {
            refresh();
        } catch (BusinessException e) {
            ErrorNotifier.show(e);
            event.forwardTo(DwellingsView.class);
        }
    }

    /** Reads everything again from the database: the truth, whatever event brought us here. */
    private void refresh() {
        Dwelling dwelling = dwellingService.get(dwellingId);
        Locale locale = getLocale();
        title.setText(dwelling.getReference() + " — " + dwelling.getAddress() + ", " + dwelling.getCommune().getName());
        status.setText(getTranslation("housing.dwellingStatus." + dwelling.getStatus().name()));
        facts.removeAll();
        facts.add(getTranslation("housing.dwelling.commune"), dwelling.getCommune().getName() + " ("
                        + getTranslation("housing.ceilingZone." + dwelling.getCommune().getCeilingZone().name()) + ")")
                .add(getTranslation("housing.dwelling.type"),
                        getTranslation("housing.dwellingType." + dwelling.getType().name()))
                .add(getTranslation("housing.dwelling.surface"),
                        HousingFormats.decimal(dwelling.getSurface(), locale) + " m²")
                .add(getTranslation("housing.dwelling.floor"), floor(dwelling))
                .add(getTranslation("housing.dwelling.reducedMobility"),
                        getTranslation(dwelling.isReducedMobility() ? "housing.yes" : "housing.no"))
                .add(getTranslation("housing.dwelling.rent"), Euros.format(dwelling.getMonthlyRent(), locale))
                .add(getTranslation("housing.dwelling.charges"),
                        Euros.format(dwelling.getMonthlyCharges(), locale))
                .add(getTranslation("housing.dwelling.financing"),
                        getTranslation("housing.financing." + dwelling.getFinancing().name()))
                .add(getTranslation("housing.dwelling.reservataire"),
                        getTranslation("housing.reservataire." + dwelling.getReservataire().name()));
        List<Candidacy> list = dwellingService.candidates(dwellingId);
        candidates.setItems(list);
        comparison.show(dwellingId, list.stream().map(c -> c.getApplication().getId()).toList(),
                LandlordTime.today(clock));
    }

    private String floor(Dwelling dwelling) {
        return getTranslation("housing.dwelling.floor.value", dwelling.getFloor())
                + " · " + getTranslation(dwelling.hasLift() ? "housing.dwelling.withLift" : "housing.dwelling.noLift");
    }

    private void propose() {
        Optional<NumeroUnique> parsed = NumeroUnique.parse(numero.getValue());
        if (parsed.isEmpty()) {
            numero.setInvalid(true);
            numero.setErrorMessage(getTranslation("housing.form.numeroUnique.invalid"));
            return;
        }
        numero.setInvalid(false);
        try {
            List<HousingApplication> found = applicationService.list(new ApplicationFilter(parsed.get().value(), null,
                    null, null, null, null, null, null, null), PageRequest.of(0, 1));
            if (found.isEmpty()) {
                throw new BusinessException("housing.error.numeroUnknown", parsed.get().formatted());
            }
            dwellingService.propose(dwellingId, found.getFirst().getId());
            numero.clear();
            Notification.show(getTranslation("housing.candidates.proposed", parsed.get().formatted()), 4000,
                    Notification.Position.TOP_CENTER).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            refresh();
        } catch (BusinessException e) {
            ErrorNotifier.show(e);
        }
    }

    private Section section(String titleKey, Component... content) {
        Section section = new Section(new H3(getTranslation(titleKey)));
        section.add(content);
        section.setWidthFull();
        return section;
    }

    @Override
    public String titleKey() {
        return "housing.dwelling.title";
    }
}
