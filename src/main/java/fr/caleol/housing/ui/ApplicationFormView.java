package fr.caleol.housing.ui;

import static fr.caleol.base.domain.Texts.blankToNull;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder.Binding;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.validator.StringLengthValidator;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import com.vaadin.flow.router.RouteParameters;
import fr.caleol.base.domain.LandlordTime;
import fr.caleol.base.errors.BusinessException;
import fr.caleol.base.ui.ErrorNotifier;
import fr.caleol.base.ui.HasTitleKey;
import fr.caleol.base.ui.MainLayout;
import fr.caleol.housing.domain.Commune;
import fr.caleol.housing.domain.CurrentHousingType;
import fr.caleol.housing.domain.DwellingType;
import fr.caleol.housing.domain.HouseholdPerson;
import fr.caleol.housing.domain.HousingApplication;
import fr.caleol.housing.domain.NumeroUnique;
import fr.caleol.housing.domain.PriorityCategory;
import fr.caleol.housing.domain.RequestReason;
import fr.caleol.housing.domain.SupportingDocument;
import fr.caleol.housing.service.ApplicationDossier;
import fr.caleol.housing.service.ApplicationForm;
import fr.caleol.housing.service.HousingApplicationService;
import fr.caleol.security.domain.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.ConstraintViolationException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Creates or edits a housing application: the request, the household (an editable list of persons), resources,
 * current housing, priorities and documents. Saving stays disabled while anything is invalid; the service checks
 * everything again, and refuses an edit made from a version someone else has changed since.
 */
@Route(value = "demandes/nouvelle", layout = MainLayout.class)
@RouteAlias(value = "demandes/:id([0-9]+)/modifier", layout = MainLayout.class)
@RolesAllowed({Role.Names.SECRETARY, Role.Names.ADMIN})
public class ApplicationFormView extends VerticalLayout implements HasTitleKey, BeforeEnterObserver {

    /** The editable fields of the application, bound to the form. */
    static final class Fields {
        String numeroUnique = "";
        LocalDate filingDate;
        LocalDate renewalDate;
        Commune mainCommune;
        Set<Commune> otherCommunes = new HashSet<>();
        Set<DwellingType> wishedTypes = EnumSet.noneOf(DwellingType.class);
        RequestReason reason;
        String reasonDetails = "";
        boolean dalo;
        Set<PriorityCategory> priorities = EnumSet.noneOf(PriorityCategory.class);
        Set<SupportingDocument> documents = EnumSet.noneOf(SupportingDocument.class);
        Integer taxIncomeNMinus2;
        Integer taxIncomeNMinus1;
        CurrentHousingType currentHousing;
        BigDecimal currentRent;
        String currentSituation = "";
        BigDecimal estimatedHousingAid;
        String addressLine = "";
        String postalCode = "";
        String city = "";
    }

    private final HousingApplicationService service;
    private final Clock clock;
    private Binder<Fields> binder = new Binder<>();
    private HouseholdEditor household;
    private Button save = new Button();
    private final TextField numeroUnique = new TextField();
    private Long applicationId;
    private long version;

    public ApplicationFormView(HousingApplicationService service, Clock clock) {
        this.service = service;
        this.clock = clock;
        setWidthFull();
        setMaxWidth("72rem");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<String> id = event.getRouteParameters().get("id");
        Fields fields = new Fields();
        List<HouseholdPerson> persons = List.of();
        if (id.isPresent()) {
            ApplicationDossier dossier;
            try {
                dossier = service.dossier(Long.parseLong(id.get()));
            } catch (BusinessException e) {
                ErrorNotifier.show(e);
                event.forwardTo(ApplicationsView.class);
                return;
            }
            applicationId = dossier.application().getId();
            version = dossier.application().getVersion();
            fill(fields, dossier);
            persons = dossier.persons();
        }
        build(fields, persons);
    }

    private void build(Fields fields, List<HouseholdPerson> persons) {
        removeAll();
        binder = new Binder<>();
        household = new HouseholdEditor(clock, this::refreshSave);
        save = new Button();
        List<Commune> communes = service.communes();

        // The request
        numeroUnique.setLabel(getTranslation("housing.application.numeroUnique"));
        numeroUnique.setId("numero-unique");
        numeroUnique.setHelperText(getTranslation("housing.form.numeroUnique.help"));
        numeroUnique.setMaxLength(NumeroUnique.LENGTH + 8);
        numeroUnique.setReadOnly(applicationId != null);
        binder.forField(numeroUnique).asRequired(getTranslation("validation.required"))
                .withValidator(text -> NumeroUnique.parse(text).isPresent(),
                        getTranslation("housing.form.numeroUnique.invalid"))
                .bind(f -> f.numeroUnique, (f, v) -> f.numeroUnique = v);
        var filingDate = new fr.caleol.base.ui.components.LocalizedDatePicker(
                getTranslation("housing.application.filingDate"));
        filingDate.setId("filing-date");
        binder.forField(filingDate).asRequired(getTranslation("validation.required"))
                .withValidator(d -> !d.isAfter(LandlordTime.today(clock)), getTranslation("housing.form.date.future"))
                .bind(f -> f.filingDate, (f, v) -> f.filingDate = v);
        var renewalDate = new fr.caleol.base.ui.components.LocalizedDatePicker(
                getTranslation("housing.application.renewalDate"));
        renewalDate.setId("renewal-date");
        Binding<Fields, LocalDate> renewalBinding = binder.forField(renewalDate)
                .withValidator(d -> d == null || !d.isAfter(LandlordTime.today(clock)),
                        getTranslation("housing.form.date.future"))
                .withValidator(d -> d == null || filingDate.getValue() == null || !d.isBefore(filingDate.getValue()),
                        getTranslation("housing.error.renewalBeforeFiling"))
                .bind(f -> f.renewalDate, (f, v) -> f.renewalDate = v);
        filingDate.addValueChangeListener(e -> {
            if (renewalDate.getValue() != null) {
                renewalBinding.validate();
            }
        });

        ComboBox<Commune> mainCommune = new ComboBox<>(getTranslation("housing.form.mainCommune"));
        mainCommune.setId("main-commune");
        mainCommune.setItems(communes);
        mainCommune.setItemLabelGenerator(Commune::getName);
        mainCommune.setHelperText(getTranslation("housing.form.mainCommune.help"));
        binder.forField(mainCommune).asRequired(getTranslation("housing.form.communes.required"))
                .bind(f -> f.mainCommune, (f, v) -> f.mainCommune = v);
        MultiSelectComboBox<Commune> otherCommunes = new MultiSelectComboBox<>(
                getTranslation("housing.form.otherCommunes"));
        otherCommunes.setId("other-communes");
        otherCommunes.setItems(communes);
        otherCommunes.setItemLabelGenerator(Commune::getName);
        binder.forField(otherCommunes).bind(f -> f.otherCommunes, (f, v) -> f.otherCommunes = new HashSet<>(v));

        CheckboxGroup<DwellingType> wishedTypes = new CheckboxGroup<>(getTranslation("housing.application.wishedTypes"));
        wishedTypes.setId("wished-types");
        wishedTypes.setItems(DwellingType.values());
        wishedTypes.setItemLabelGenerator(t -> getTranslation("housing.dwellingType." + t.name()));
        binder.forField(wishedTypes).asRequired(getTranslation("housing.form.types.required"))
                .bind(f -> f.wishedTypes, (f, v) -> f.wishedTypes = v.isEmpty() ? EnumSet.noneOf(DwellingType.class)
                        : EnumSet.copyOf(v));

        Select<RequestReason> reason = new Select<>();
        reason.setLabel(getTranslation("housing.application.reason"));
        reason.setId("reason");
        reason.setItems(RequestReason.values());
        reason.setItemLabelGenerator(r -> r == null ? "" : getTranslation("housing.requestReason." + r.name()));
        binder.forField(reason).asRequired(getTranslation("validation.required"))
                .bind(f -> f.reason, (f, v) -> f.reason = v);
        TextArea reasonDetails = new TextArea(getTranslation("housing.application.reasonDetails"));
        reasonDetails.setId("reason-details");
        reasonDetails.setMaxLength(HousingApplication.TEXT_MAX);
        binder.forField(reasonDetails)
                .withValidator(new StringLengthValidator(
                        getTranslation("validation.maxLength", HousingApplication.TEXT_MAX), 0,
                        HousingApplication.TEXT_MAX))
                .bind(f -> f.reasonDetails, (f, v) -> f.reasonDetails = v);

        FormLayout request = new FormLayout(numeroUnique, filingDate, renewalDate, mainCommune, otherCommunes,
                wishedTypes, reason, reasonDetails);
        request.setColspan(wishedTypes, 2);
        request.setColspan(reasonDetails, 2);

        // Resources
        IntegerField taxN2 = amountField("housing.application.taxIncomeNMinus2", "tax-income-n2");
        taxN2.setHelperText(getTranslation("housing.form.taxIncome.help"));
        binder.forField(taxN2).withValidator(v -> v == null || v >= 0, getTranslation("housing.form.amount.negative"))
                .bind(f -> f.taxIncomeNMinus2, (f, v) -> f.taxIncomeNMinus2 = v);
        IntegerField taxN1 = amountField("housing.application.taxIncomeNMinus1", "tax-income-n1");
        taxN1.setHelperText(getTranslation("housing.form.taxIncomeNMinus1.help"));
        binder.forField(taxN1).withValidator(v -> v == null || v >= 0, getTranslation("housing.form.amount.negative"))
                .bind(f -> f.taxIncomeNMinus1, (f, v) -> f.taxIncomeNMinus1 = v);
        BigDecimalField aid = euroField("housing.form.estimatedHousingAid", "estimated-housing-aid");
        aid.setHelperText(getTranslation("housing.form.estimatedHousingAid.help"));
        binder.forField(aid).withValidator(HouseholdEditor::notNegative, getTranslation("housing.form.amount.negative"))
                .bind(f -> f.estimatedHousingAid, (f, v) -> f.estimatedHousingAid = v);
        FormLayout resources = new FormLayout(taxN2, taxN1, aid);

        // Current housing
        Select<CurrentHousingType> currentHousing = new Select<>();
        currentHousing.setLabel(getTranslation("housing.application.currentHousing"));
        currentHousing.setId("current-housing");
        currentHousing.setItems(CurrentHousingType.values());
        currentHousing.setItemLabelGenerator(t -> t == null ? ""
                : getTranslation("housing.currentHousingType." + t.name()));
        binder.forField(currentHousing).asRequired(getTranslation("validation.required"))
                .bind(f -> f.currentHousing, (f, v) -> f.currentHousing = v);
        BigDecimalField currentRent = euroField("housing.application.currentRent", "current-rent");
        binder.forField(currentRent).withValidator(HouseholdEditor::notNegative,
                        getTranslation("housing.form.amount.negative"))
                .bind(f -> f.currentRent, (f, v) -> f.currentRent = v);
        TextArea currentSituation = new TextArea(getTranslation("housing.application.currentSituation"));
        currentSituation.setId("current-situation");
        currentSituation.setMaxLength(HousingApplication.TEXT_MAX);
        binder.forField(currentSituation)
                .withValidator(new StringLengthValidator(
                        getTranslation("validation.maxLength", HousingApplication.TEXT_MAX), 0,
                        HousingApplication.TEXT_MAX))
                .bind(f -> f.currentSituation, (f, v) -> f.currentSituation = v);
        TextField addressLine = new TextField(getTranslation("housing.application.addressLine"));
        addressLine.setId("address-line");
        addressLine.setMaxLength(HousingApplication.ADDRESS_MAX);
        addressLine.setHelperText(getTranslation("housing.form.address.help"));
        binder.forField(addressLine).bind(f -> f.addressLine, (f, v) -> f.addressLine = v);
        TextField postalCode = new TextField(getTranslation("housing.application.postalCode"));
        postalCode.setId("postal-code");
        postalCode.setMaxLength(5);
        binder.forField(postalCode)
                .withValidator(v -> v == null || v.isBlank() || v.trim().matches("\\d{5}"),
                        getTranslation("housing.form.postalCode.invalid"))
                .bind(f -> f.postalCode, (f, v) -> f.postalCode = v);
        TextField city = new TextField(getTranslation("housing.application.city"));
        city.setId("city");
        city.setMaxLength(HousingApplication.CITY_MAX);
        binder.forField(city).bind(f -> f.city, (f, v) -> f.city = v);
        FormLayout housing = new FormLayout(currentHousing, currentRent, currentSituation, addressLine, postalCode,
                city);
        housing.setColspan(currentSituation, 2);
        housing.setColspan(addressLine, 2);

        // Priorities and documents
        Checkbox dalo = new Checkbox(getTranslation("housing.form.dalo"));
        dalo.setId("dalo");
        binder.forField(dalo).bind(f -> f.dalo, (f, v) -> f.dalo = v);
        CheckboxGroup<PriorityCategory> priorities = new CheckboxGroup<>(
                getTranslation("housing.application.priorities"));
        priorities.setId("priorities");
        priorities.setItems(PriorityCategory.values());
        priorities.setItemLabelGenerator(p -> getTranslation("housing.priorityCategory." + p.name()));
        binder.forField(priorities).bind(f -> f.priorities, (f, v) -> f.priorities = new HashSet<>(v));
        CheckboxGroup<SupportingDocument> documents = new CheckboxGroup<>(getTranslation("housing.form.documents"));
        documents.setId("documents");
        documents.setItems(SupportingDocument.values());
        documents.setItemLabelGenerator(d -> getTranslation("housing.supportingDocument." + d.name()));
        binder.forField(documents).bind(f -> f.documents, (f, v) -> f.documents = new HashSet<>(v));
        FormLayout flags = new FormLayout(dalo, priorities, documents);
        flags.setColspan(dalo, 2);
        flags.setColspan(priorities, 2);
        flags.setColspan(documents, 2);

        binder.readBean(fields);
        binder.addStatusChangeListener(status -> refreshSave());
        household.setPersons(persons);

        save.setText(getTranslation("action.save"));
        save.setId("application-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> save());
        Button cancel = new Button(getTranslation("action.cancel"), click -> leave());
        cancel.setId("application-cancel");
        Paragraph saveHint = new Paragraph(getTranslation("housing.form.saveHint"));
        saveHint.addClassName("caleol-help");

        add(section("housing.form.section.request", request),
                section("housing.detail.household", household),
                section("housing.detail.resources", resources),
                section("housing.detail.currentHousing", housing),
                section("housing.form.section.flags", flags),
                saveHint, new HorizontalLayout(save, cancel));
        refreshSave();
    }

    private void fill(Fields fields, ApplicationDossier dossier) {
        HousingApplication a = dossier.application();
        fields.numeroUnique = a.getNumeroUnique().formatted();
        fields.filingDate = a.getFilingDate();
        fields.renewalDate = a.getRenewalDate();
        List<Commune> wished = dossier.wishedCommunes();
        fields.mainCommune = wished.isEmpty() ? null : wished.getFirst();
        fields.otherCommunes = wished.size() < 2 ? new HashSet<>() : new HashSet<>(wished.subList(1, wished.size()));
        fields.wishedTypes = a.getWishedTypes();
        fields.reason = a.getReason();
        fields.reasonDetails = a.getReasonDetails() == null ? "" : a.getReasonDetails();
        fields.dalo = a.isDalo();
        fields.priorities = a.getPriorities();
        fields.documents = a.getPresentDocuments();
        fields.taxIncomeNMinus2 = a.getTaxIncomeNMinus2() == null ? null : Math.toIntExact(a.getTaxIncomeNMinus2());
        fields.taxIncomeNMinus1 = a.getTaxIncomeNMinus1() == null ? null : Math.toIntExact(a.getTaxIncomeNMinus1());
        fields.currentHousing = a.getCurrentHousing();
        fields.currentRent = a.getCurrentRent();
        fields.currentSituation = a.getCurrentSituation() == null ? "" : a.getCurrentSituation();
        fields.estimatedHousingAid = a.getEstimatedHousingAid();
        fields.addressLine = a.getAddressLine() == null ? "" : a.getAddressLine();
        fields.postalCode = a.getPostalCode() == null ? "" : a.getPostalCode();
        fields.city = a.getCity() == null ? "" : a.getCity();
    }

    private Section section(String titleKey, com.vaadin.flow.component.Component content) {
        Section section = new Section(new H3(getTranslation(titleKey)), content);
        section.setWidthFull();
        return section;
    }

    private IntegerField amountField(String labelKey, String id) {
        IntegerField field = new IntegerField(getTranslation(labelKey));
        field.setId(id);
        field.setSuffixComponent(new Span("€"));
        return field;
    }

    private BigDecimalField euroField(String labelKey, String id) {
        BigDecimalField field = new BigDecimalField(getTranslation(labelKey));
        field.setId(id);
        field.setSuffixComponent(new Span("€"));
        return field;
    }

    private void refreshSave() {
        save.setEnabled(binder.isValid() && household.isValid());
    }

    private void save() {
        Fields f = new Fields();
        if (!binder.writeBeanIfValid(f) || !household.isValid()) {
            return;
        }
        List<String> communes = new ArrayList<>();
        communes.add(f.mainCommune.getInseeCode());
        f.otherCommunes.stream().filter(c -> !c.equals(f.mainCommune)).sorted(Comparator.comparing(Commune::getName))
                .forEach(c -> communes.add(c.getInseeCode()));
        ApplicationForm form = new ApplicationForm(f.numeroUnique, f.filingDate, f.renewalDate, communes,
                f.wishedTypes, f.reason, f.reasonDetails, f.dalo, f.priorities, f.documents, household.persons(),
                f.taxIncomeNMinus2 == null ? null : f.taxIncomeNMinus2.longValue(),
                f.taxIncomeNMinus1 == null ? null : f.taxIncomeNMinus1.longValue(), f.currentHousing,
                f.currentRent, f.currentSituation, f.estimatedHousingAid, blankToNull(f.addressLine),
                blankToNull(f.postalCode), blankToNull(f.city));
        try {
            HousingApplication saved = applicationId == null ? service.create(form)
                    : service.update(applicationId, version, form);
            Notification.show(getTranslation(applicationId == null ? "housing.form.created" : "housing.form.updated",
                            saved.getNumeroUnique().formatted()), 4000, Notification.Position.TOP_CENTER)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            UI.getCurrent().navigate(ApplicationDetailView.class,
                    new RouteParameters("id", String.valueOf(saved.getId())));
        } catch (BusinessException e) {
            ErrorNotifier.show(e);
        } catch (ConstraintViolationException e) {
            Notification.show(getTranslation("housing.form.invalid"), 8000, Notification.Position.MIDDLE)
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
    }

    private void leave() {
        if (applicationId == null) {
            UI.getCurrent().navigate(ApplicationsView.class);
        } else {
            UI.getCurrent().navigate(ApplicationDetailView.class,
                    new RouteParameters("id", String.valueOf(applicationId)));
        }
    }

    @Override
    public String titleKey() {
        return applicationId == null ? "housing.form.title.create" : "housing.form.title.edit";
    }
}
