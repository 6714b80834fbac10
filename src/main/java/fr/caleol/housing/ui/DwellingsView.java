package fr.caleol.housing.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import fr.caleol.base.domain.Euros;
import fr.caleol.base.events.EventBus;
import fr.caleol.base.events.UiEvents;
import fr.caleol.base.ui.HasTitleKey;
import fr.caleol.base.ui.MainLayout;
import fr.caleol.housing.domain.Commune;
import fr.caleol.housing.domain.Dwelling;
import fr.caleol.housing.domain.DwellingStatus;
import fr.caleol.housing.domain.DwellingType;
import fr.caleol.housing.domain.Reservataire;
import fr.caleol.housing.domain.eligibility.Financing;
import fr.caleol.housing.service.DwellingChangedEvent;
import fr.caleol.housing.service.DwellingFilter;
import fr.caleol.housing.service.DwellingService;
import fr.caleol.housing.service.HousingApplicationService;
import fr.caleol.security.domain.Role;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;

/** The landlord's dwellings (read a page at a time, with their communes): filters, creation; a row opens it. */
@Route(value = "logements", layout = MainLayout.class)
@RolesAllowed({Role.Names.SECRETARY, Role.Names.ADMIN})
public class DwellingsView extends VerticalLayout implements HasTitleKey {

    private final DwellingService service;
    private final Grid<Dwelling> grid = new Grid<>();
    private final TextField search = new TextField();
    private final Select<DwellingStatus> status = new Select<>();
    private final ComboBox<Commune> commune = new ComboBox<>();
    private final Select<DwellingType> type = new Select<>();
    private final Select<Financing> financing = new Select<>();
    private final Select<Reservataire> reservataire = new Select<>();
    private DwellingFilter filter = DwellingFilter.none();

    public DwellingsView(DwellingService service, HousingApplicationService applicationService, EventBus eventBus) {
        this.service = service;
        setSizeFull();
        List<Commune> communes = applicationService.communes();

        search.setLabel(getTranslation("housing.dwellings.search"));
        search.setPlaceholder(getTranslation("housing.dwellings.search.placeholder"));
        search.setId("dwelling-search");
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        enumFilter(status, "housing.dwelling.status", "filter-dwelling-status", DwellingStatus.values(),
                "housing.dwellingStatus.");
        commune.setLabel(getTranslation("housing.dwelling.commune"));
        commune.setId("filter-dwelling-commune");
        commune.setClearButtonVisible(true);
        commune.setPlaceholder(getTranslation("filter.all"));
        commune.setItems(communes);
        commune.setItemLabelGenerator(Commune::getName);
        enumFilter(type, "housing.dwelling.type", "filter-dwelling-type", DwellingType.values(),
                "housing.dwellingType.");
        enumFilter(financing, "housing.dwelling.financing", "filter-dwelling-financing", Financing.values(),
                "housing.financing.");
        enumFilter(reservataire, "housing.dwelling.reservataire", "filter-dwelling-reservataire",
                Reservataire.values(), "housing.reservataire.");
        search.addValueChangeListener(e -> refresh());
        status.addValueChangeListener(e -> refresh());
        commune.addValueChangeListener(e -> refresh());
        type.addValueChangeListener(e -> refresh());
        financing.addValueChangeListener(e -> refresh());
        reservataire.addValueChangeListener(e -> refresh());

        Button create = new Button(getTranslation("housing.dwellings.create"), VaadinIcon.PLUS.create(),
                click -> new DwellingDialog(service, communes, created -> UI.getCurrent().navigate(
                        DwellingDetailView.class, new RouteParameters("id", String.valueOf(created.getId()))))
                        .open());
        create.setId("dwelling-create");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);

        HorizontalLayout filters = new HorizontalLayout(search, status, commune, type, financing, reservataire,
                create);
        filters.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        filters.setWrap(true);
        filters.setWidthFull();

        grid.setId("dwellings-grid");
        grid.addColumn(LitRenderer.<Dwelling>of("<a href=\"${item.href}\">${item.reference}</a>")
                        .withProperty("href", d -> RouteConfiguration.forSessionScope().getUrl(
                                DwellingDetailView.class, new RouteParameters("id", String.valueOf(d.getId()))))
                        .withProperty("reference", Dwelling::getReference))
                .setHeader(getTranslation("housing.dwelling.reference")).setSortProperty("reference")
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(Dwelling::getAddress).setHeader(getTranslation("housing.dwelling.address"))
                .setSortProperty("address").setFlexGrow(2).setWidth("14rem");
        grid.addColumn(d -> d.getCommune().getName()).setHeader(getTranslation("housing.dwelling.commune"))
                .setAutoWidth(true);
        grid.addColumn(d -> getTranslation("housing.dwellingType." + d.getType().name()))
                .setHeader(getTranslation("housing.dwelling.type")).setSortProperty("type").setAutoWidth(true);
        grid.addColumn(d -> HousingFormats.decimal(d.getSurface(), getLocale()) + " m²")
                .setHeader(getTranslation("housing.dwelling.surface")).setSortProperty("surface").setAutoWidth(true);
        grid.addColumn(d -> Euros.format(d.getMonthlyRent(), getLocale()))
                .setHeader(getTranslation("housing.dwelling.rent")).setSortProperty("monthlyRent").setAutoWidth(true);
        grid.addColumn(d -> Euros.format(d.getMonthlyCharges(), getLocale()))
                .setHeader(getTranslation("housing.dwelling.charges")).setAutoWidth(true);
        grid.addColumn(d -> getTranslation("housing.financing." + d.getFinancing().name()))
                .setHeader(getTranslation("housing.dwelling.financing")).setAutoWidth(true);
        grid.addColumn(d -> getTranslation("housing.reservataire." + d.getReservataire().name()))
                .setHeader(getTranslation("housing.dwelling.reservataire")).setAutoWidth(true);
        grid.addColumn(d -> getTranslation("housing.dwellingStatus." + d.getStatus().name()))
                .setHeader(getTranslation("housing.dwelling.status")).setSortProperty("status").setAutoWidth(true);
        grid.setItems(query -> service.list(filter, VaadinSpringDataHelpers.toSpringPageRequest(query)).stream(),
                query -> (int) service.count(filter));
        grid.addItemClickListener(click -> UI.getCurrent().navigate(DwellingDetailView.class,
                new RouteParameters("id", String.valueOf(click.getItem().getId()))));
        grid.setSizeFull();

        add(filters, grid);
        UiEvents.subscribe(this, eventBus, DwellingChangedEvent.class, event -> grid.getDataProvider().refreshAll());
    }

    private <E extends Enum<E>> void enumFilter(Select<E> select, String labelKey, String id, E[] values,
            String itemKeyPrefix) {
        select.setLabel(getTranslation(labelKey));
        select.setId(id);
        select.setEmptySelectionAllowed(true);
        select.setItems(values);
        select.setItemLabelGenerator(v -> v == null ? getTranslation("filter.all")
                : getTranslation(itemKeyPrefix + v.name()));
    }

    private void refresh() {
        filter = new DwellingFilter(search.getValue(), status.getValue(),
                commune.getValue() == null ? null : commune.getValue().getId(), type.getValue(),
                financing.getValue(), reservataire.getValue());
        grid.getDataProvider().refreshAll();
    }

    @Override
    public String titleKey() {
        return "housing.dwellings.title";
    }
}
