package fr.caleol.housing.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.validator.StringLengthValidator;
import fr.caleol.base.errors.BusinessException;
import fr.caleol.base.ui.ErrorNotifier;
import fr.caleol.base.ui.components.LocalizedDatePicker;
import fr.caleol.housing.domain.Commune;
import fr.caleol.housing.domain.Dwelling;
import fr.caleol.housing.domain.DwellingType;
import fr.caleol.housing.domain.Reservataire;
import fr.caleol.housing.domain.eligibility.Financing;
import fr.caleol.housing.service.DwellingForm;
import fr.caleol.housing.service.DwellingService;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;

/** Adds a dwelling to the stock (vacant); save stays disabled until every field is valid. */
class DwellingDialog extends Dialog {

    /** The editable fields, bound to the form. */
    static final class Fields {
        String reference = "";
        String address = "";
        Commune commune;
        DwellingType type;
        BigDecimal surface;
        Integer floor = 0;
        boolean lift;
        boolean reducedMobility;
        BigDecimal monthlyRent;
        BigDecimal monthlyCharges;
        Financing financing;
        Reservataire reservataire;
        boolean qpv;
        LocalDate vacantSince;
    }

    private static final BigDecimal SURFACE_MIN = new BigDecimal(Dwelling.SURFACE_MIN);
    private static final BigDecimal SURFACE_MAX = new BigDecimal(Dwelling.SURFACE_MAX);

    private final Binder<Fields> binder = new Binder<>();
    private final Button save = new Button();

    DwellingDialog(DwellingService service, List<Commune> communes, Consumer<Dwelling> onCreated) {
        setHeaderTitle(getTranslation("housing.dwellings.create"));
        setWidth("min(48rem, 95vw)");

        TextField reference = new TextField(getTranslation("housing.dwelling.reference"));
        reference.setId("dwelling-reference");
        reference.setMaxLength(Dwelling.REFERENCE_MAX);
        binder.forField(reference).asRequired(getTranslation("validation.required"))
                .withValidator(new StringLengthValidator(getTranslation("validation.maxLength", Dwelling.REFERENCE_MAX),
                        1, Dwelling.REFERENCE_MAX))
                .bind(f -> f.reference, (f, v) -> f.reference = v);
        TextField address = new TextField(getTranslation("housing.dwelling.address"));
        address.setId("dwelling-address");
        address.setMaxLength(Dwelling.ADDRESS_MAX);
        binder.forField(address).asRequired(getTranslation("validation.required"))
                .withValidator(new StringLengthValidator(getTranslation("validation.maxLength", Dwelling.ADDRESS_MAX),
                        1, Dwelling.ADDRESS_MAX))
                .bind(f -> f.address, (f, v) -> f.address = v);
        ComboBox<Commune> commune = new ComboBox<>(getTranslation("housing.dwelling.commune"));
        commune.setId("dwelling-commune");
        commune.setItems(communes);
        commune.setItemLabelGenerator(c -> c.getName() + " (" + c.getInseeCode() + ")");
        binder.forField(commune).asRequired(getTranslation("validation.required"))
                .bind(f -> f.commune, (f, v) -> f.commune = v);
        Select<DwellingType> type = select("housing.dwelling.type", "dwelling-type", DwellingType.values(),
                "housing.dwellingType.");
        binder.forField(type).asRequired(getTranslation("validation.required")).bind(f -> f.type, (f, v) -> f.type = v);
        BigDecimalField surface = new BigDecimalField(getTranslation("housing.dwelling.surface"));
        surface.setId("dwelling-surface");
        surface.setSuffixComponent(new Span("m²"));
        binder.forField(surface).asRequired(getTranslation("validation.required"))
                .withValidator(s -> s.compareTo(SURFACE_MIN) >= 0 && s.compareTo(SURFACE_MAX) <= 0,
                        getTranslation("housing.form.surface.range",
                                HousingFormats.decimal(SURFACE_MIN, getLocale()),
                                HousingFormats.decimal(SURFACE_MAX, getLocale())))
                .bind(f -> f.surface, (f, v) -> f.surface = v);
        IntegerField floor = new IntegerField(getTranslation("housing.dwelling.floor"));
        floor.setId("dwelling-floor");
        binder.forField(floor).asRequired(getTranslation("validation.required"))
                .withValidator(v -> v >= Dwelling.FLOOR_MIN && v <= Dwelling.FLOOR_MAX,
                        getTranslation("housing.form.floor.range", Dwelling.FLOOR_MIN, Dwelling.FLOOR_MAX))
                .bind(f -> f.floor, (f, v) -> f.floor = v);
        Checkbox lift = new Checkbox(getTranslation("housing.dwelling.lift"));
        binder.forField(lift).bind(f -> f.lift, (f, v) -> f.lift = v);
        Checkbox reducedMobility = new Checkbox(getTranslation("housing.dwelling.reducedMobility"));
        binder.forField(reducedMobility).bind(f -> f.reducedMobility, (f, v) -> f.reducedMobility = v);
        BigDecimalField rent = eurosField("housing.dwelling.rent", "dwelling-rent");
        binder.forField(rent).asRequired(getTranslation("validation.required"))
                .withValidator(HouseholdEditor::notNegative, getTranslation("housing.form.amount.negative"))
                .bind(f -> f.monthlyRent, (f, v) -> f.monthlyRent = v);
        BigDecimalField charges = eurosField("housing.dwelling.charges", "dwelling-charges");
        binder.forField(charges).asRequired(getTranslation("validation.required"))
                .withValidator(HouseholdEditor::notNegative, getTranslation("housing.form.amount.negative"))
                .bind(f -> f.monthlyCharges, (f, v) -> f.monthlyCharges = v);
        Select<Financing> financing = select("housing.dwelling.financing", "dwelling-financing", Financing.values(),
                "housing.financing.");
        binder.forField(financing).asRequired(getTranslation("validation.required"))
                .bind(f -> f.financing, (f, v) -> f.financing = v);
        Select<Reservataire> reservataire = select("housing.dwelling.reservataire", "dwelling-reservataire",
                Reservataire.values(), "housing.reservataire.");
        binder.forField(reservataire).asRequired(getTranslation("validation.required"))
                .bind(f -> f.reservataire, (f, v) -> f.reservataire = v);

        Checkbox qpv = new Checkbox(getTranslation("housing.dwelling.qpv"));
        qpv.setId("dwelling-qpv");
        binder.forField(qpv).bind(f -> f.qpv, (f, v) -> f.qpv = v);
        LocalizedDatePicker vacantSince = new LocalizedDatePicker(getTranslation("housing.dwelling.vacantSince"));
        vacantSince.setId("dwelling-vacant-since");
        vacantSince.setHelperText(getTranslation("housing.dwelling.vacantSince.help"));
        binder.forField(vacantSince).bind(f -> f.vacantSince, (f, v) -> f.vacantSince = v);

        binder.readBean(new Fields());
        binder.addStatusChangeListener(status -> save.setEnabled(binder.isValid()));
        add(new FormLayout(reference, address, commune, type, surface, floor, rent, charges, financing, reservataire,
                vacantSince, lift, reducedMobility, qpv));

        save.setText(getTranslation("action.save"));
        save.setId("dwelling-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setEnabled(false);
        save.addClickListener(click -> {
            Fields f = new Fields();
            if (!binder.writeBeanIfValid(f)) {
                return;
            }
            try {
                Dwelling created = service.create(new DwellingForm(f.reference, f.address, f.commune.getInseeCode(),
                        f.type, f.surface, f.floor, f.lift, f.reducedMobility, f.monthlyRent, f.monthlyCharges,
                        f.financing, f.reservataire, f.qpv, f.vacantSince));
                close();
                onCreated.accept(created);
            } catch (BusinessException e) {
                ErrorNotifier.show(e);
            }
        });
        getFooter().add(new Button(getTranslation("action.cancel"), click -> close()), save);
    }

    private <E extends Enum<E>> Select<E> select(String labelKey, String id, E[] values, String itemKeyPrefix) {
        Select<E> select = new Select<>();
        select.setLabel(getTranslation(labelKey));
        select.setId(id);
        select.setItems(values);
        select.setItemLabelGenerator(v -> v == null ? "" : getTranslation(itemKeyPrefix + v.name()));
        return select;
    }

    private BigDecimalField eurosField(String labelKey, String id) {
        BigDecimalField field = new BigDecimalField(getTranslation(labelKey));
        field.setId(id);
        field.setSuffixComponent(new Span("€"));
        return field;
    }
}
