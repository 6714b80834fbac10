package fr.caleol.housing.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
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
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import fr.caleol.base.domain.Euros;
import fr.caleol.base.domain.LandlordTime;
import fr.caleol.base.ui.HasTitleKey;
import fr.caleol.base.ui.MainLayout;
import fr.caleol.base.ui.components.Formats;
import fr.caleol.base.ui.components.LocalizedDatePicker;
import fr.caleol.housing.domain.ApplicationStatus;
import fr.caleol.housing.domain.Commune;
import fr.caleol.housing.domain.DwellingType;
import fr.caleol.housing.domain.HousingApplication;
import fr.caleol.housing.domain.PriorityCategory;
import fr.caleol.housing.service.ApplicationFilter.CeilingPosition;
import fr.caleol.housing.service.ApplicationFilter;
import fr.caleol.housing.service.HousingApplicationService;
import fr.caleol.security.domain.Role;
import jakarta.annotation.security.RolesAllowed;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.OptionalInt;

/**
 * The housing applications (up to 100 000 rows, read a page at a time): quick search by numéro unique or name,
 * filters, creation, CSV export of the filtered list; a row opens the dossier.
 */
@Route(value = "demandes", layout = MainLayout.class)
@RolesAllowed({Role.Names.SECRETARY, Role.Names.ADMIN})
public class ApplicationsView extends VerticalLayout implements HasTitleKey {

    enum YesNo { YES, NO }

    private final HousingApplicationService service;
    private final Clock clock;
    private final Grid<HousingApplication> grid = new Grid<>();
    private final TextField search = new TextField();
    private final Select<ApplicationStatus> status = new Select<>();
    private final ComboBox<Commune> commune = new ComboBox<>();
    private final Select<DwellingType> dwellingType = new Select<>();
    private final Select<YesNo> dalo = new Select<>();
    private final Select<PriorityCategory> priority = new Select<>();
    private final Select<CeilingPosition> ceiling = new Select<>();
    private final LocalizedDatePicker filedFrom = new LocalizedDatePicker(null);
    private final LocalizedDatePicker filedTo = new LocalizedDatePicker(null);
    /** Read by the download, which runs in its own request, outside the UI lock. */
    private volatile ApplicationFilter filter = ApplicationFilter.none();

    public ApplicationsView(HousingApplicationService service, Clock clock) {
        this.service = service;
        this.clock = clock;
        setSizeFull();

        search.setLabel(getTranslation("housing.applications.search"));
        search.setPlaceholder(getTranslation("housing.applications.search.placeholder"));
        search.setId("application-search");
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setMinWidth("18rem");

        status.setLabel(getTranslation("housing.application.status"));
        status.setId("filter-status");
        allowingAll(status);
        status.setItems(ApplicationStatus.values());
        status.setItemLabelGenerator(s -> s == null ? getTranslation("filter.all")
                : getTranslation("housing.applicationStatus." + s.name()));

        commune.setLabel(getTranslation("housing.applications.wishedCommune"));
        commune.setId("filter-commune");
        commune.setClearButtonVisible(true);
        commune.setPlaceholder(getTranslation("filter.all"));
        commune.setItems(service.communes());
        commune.setItemLabelGenerator(Commune::getName);

        dwellingType.setLabel(getTranslation("housing.applications.wishedType"));
        dwellingType.setId("filter-type");
        allowingAll(dwellingType);
        dwellingType.setItems(DwellingType.values());
        dwellingType.setItemLabelGenerator(t -> t == null ? getTranslation("filter.all")
                : getTranslation("housing.dwellingType." + t.name()));

        dalo.setLabel(getTranslation("housing.dalo"));
        dalo.setId("filter-dalo");
        allowingAll(dalo);
        dalo.setItems(YesNo.values());
        dalo.setItemLabelGenerator(v -> v == null ? getTranslation("filter.all")
                : getTranslation(v == YesNo.YES ? "housing.yes" : "housing.no"));

        priority.setLabel(getTranslation("housing.application.priorities"));
        priority.setId("filter-priority");
        allowingAll(priority);
        priority.setItems(PriorityCategory.values());
        priority.setItemLabelGenerator(p -> p == null ? getTranslation("filter.all")
                : getTranslation("housing.priorityCategory." + p.name()));

        ceiling.setLabel(getTranslation("housing.applications.ceiling"));
        ceiling.setId("filter-ceiling");
        allowingAll(ceiling);
        ceiling.setItems(CeilingPosition.values());
        ceiling.setItemLabelGenerator(c -> c == null ? getTranslation("filter.all")
                : getTranslation("housing.applications.ceiling." + c.name()));
        OptionalInt ceilingYear = service.ceilingFilterYear();
        int thisYear = LandlordTime.today(clock).getYear();
        ceiling.setHelperText(ceilingYear.isEmpty() ? getTranslation("housing.applications.ceiling.noYear")
                : ceilingYear.getAsInt() == thisYear
                        ? getTranslation("housing.applications.ceiling.year", String.valueOf(thisYear))
                        : getTranslation("housing.applications.ceiling.olderYear",
                                String.valueOf(ceilingYear.getAsInt()), String.valueOf(thisYear)));

        filedFrom.setLabel(getTranslation("housing.applications.filedFrom"));
        filedFrom.setId("filter-filed-from");
        filedTo.setLabel(getTranslation("housing.applications.filedTo"));
        filedTo.setId("filter-filed-to");

        search.addValueChangeListener(e -> refresh());
        status.addValueChangeListener(e -> refresh());
        commune.addValueChangeListener(e -> refresh());
        dwellingType.addValueChangeListener(e -> refresh());
        dalo.addValueChangeListener(e -> refresh());
        priority.addValueChangeListener(e -> refresh());
        ceiling.addValueChangeListener(e -> refresh());
        filedFrom.addValueChangeListener(e -> refresh());
        filedTo.addValueChangeListener(e -> refresh());

        Button create = new Button(getTranslation("housing.applications.create"), VaadinIcon.PLUS.create(),
                click -> UI.getCurrent().navigate(ApplicationFormView.class));
        create.setId("application-create");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);

        Button exportButton = new Button(getTranslation("housing.applications.export"), VaadinIcon.DOWNLOAD.create());
        exportButton.setTabIndex(-1);
        Anchor export = new Anchor(csvDownload(), "");
        export.add(exportButton);
        export.setId("application-export");
        export.getElement().setAttribute("aria-label", getTranslation("housing.applications.export.help"));
        export.getElement().setAttribute("title", getTranslation("housing.applications.export.help"));

        HorizontalLayout filters = new HorizontalLayout(search, status, commune, dwellingType, dalo, priority,
                ceiling, filedFrom, filedTo);
        filters.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        filters.setWrap(true);
        filters.setWidthFull();
        HorizontalLayout actions = new HorizontalLayout(create, export);

        grid.setId("applications-grid");
        grid.addColumn(LitRenderer.<HousingApplication>of("<a href=\"${item.href}\">${item.numero}</a>")
                        .withProperty("href", a -> detailUrl(a.getId()))
                        .withProperty("numero", a -> a.getNumeroUnique().formatted()))
                .setHeader(getTranslation("housing.application.numeroUnique")).setSortProperty("numeroUnique")
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(HousingApplication::getApplicantName).setHeader(getTranslation("housing.application.applicant"))
                .setSortProperty("applicantName").setFlexGrow(2).setWidth("14rem");
        grid.addColumn(HousingApplication::getHouseholdSize)
                .setHeader(getTranslation("housing.application.householdSize")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(a -> getTranslation("housing.applicationStatus." + a.getStatus().name()))
                .setHeader(getTranslation("housing.application.status")).setAutoWidth(true);
        grid.addColumn(a -> Formats.date(a.getFilingDate(), getLocale()))
                .setHeader(getTranslation("housing.application.filingDate")).setSortProperty("filingDate")
                .setAutoWidth(true);
        grid.addColumn(a -> a.getReferenceIncome() == null ? getTranslation("housing.notProvided")
                        : Euros.format(a.getReferenceIncome(), getLocale()))
                .setHeader(getTranslation("housing.application.referenceIncome")).setAutoWidth(true);
        grid.addColumn(a -> a.getExtraPersons() == 0 ? String.valueOf(a.getHouseholdCategory())
                        : a.getHouseholdCategory() + " + " + a.getExtraPersons())
                .setHeader(getTranslation("housing.application.category")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(a -> a.isDalo() ? getTranslation("housing.yes") : getTranslation("housing.no"))
                .setHeader(getTranslation("housing.dalo")).setAutoWidth(true).setFlexGrow(0);
        grid.setItems(query -> service.list(filter, VaadinSpringDataHelpers.toSpringPageRequest(query)).stream(),
                query -> (int) service.count(filter));
        grid.addItemClickListener(click -> UI.getCurrent().navigate(ApplicationDetailView.class,
                new RouteParameters("id", String.valueOf(click.getItem().getId()))));
        grid.setSizeFull();

        add(filters, actions, grid);
    }

    private DownloadHandler csvDownload() {
        return event -> {
            event.setFileName("demandes-" + LandlordTime.today(clock) + ".csv");
            event.setContentType("text/csv; charset=UTF-8");
            Writer out = new OutputStreamWriter(event.getOutputStream(), StandardCharsets.UTF_8);
            out.write('\uFEFF'); // lets spreadsheets read the file as UTF-8
            service.exportCsv(filter, out);
            out.flush();
        };
    }

    private static <T> void allowingAll(Select<T> select) {
        select.setEmptySelectionAllowed(true);
    }

    private ApplicationFilter currentFilter() {
        return new ApplicationFilter(search.getValue(), status.getValue(),
                commune.getValue() == null ? null : commune.getValue().getId(), dwellingType.getValue(),
                dalo.getValue() == null ? null : dalo.getValue() == YesNo.YES, priority.getValue(),
                ceiling.getValue(), filedFrom.getValue(), filedTo.getValue());
    }

    private void refresh() {
        filter = currentFilter();
        grid.getDataProvider().refreshAll();
    }

    static String detailUrl(long applicationId) {
        return RouteConfiguration.forSessionScope().getUrl(ApplicationDetailView.class,
                new RouteParameters("id", String.valueOf(applicationId)));
    }

    @Override
    public String titleKey() {
        return "housing.applications.title";
    }
}
