package fr.caleol.housing.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.validator.StringLengthValidator;
import fr.caleol.base.domain.LandlordTime;
import fr.caleol.base.ui.components.LocalizedDatePicker;
import fr.caleol.housing.domain.HouseholdPerson;
import fr.caleol.housing.domain.eligibility.HouseholdRole;
import fr.caleol.housing.service.ApplicationForm;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The household of an application as an editable list: one line per person, added and removed freely, each with
 * its own field checks, and the rules on the whole household (at least one person, exactly one applicant, at most
 * one spouse or partner, neither of them a dependant) shown as one message under the list.
 */
class HouseholdEditor extends Div {

    /** The editable fields of one person. */
    static final class PersonFields {
        String lastName = "";
        String firstName = "";
        LocalDate birthDate;
        HouseholdRole role;
        boolean dependant;
        boolean disabled;
        BigDecimal monthlyResources = BigDecimal.ZERO;
    }

    private final Clock clock;
    private final Runnable onChange;
    private final Div rows = new Div();
    private final Span householdError = new Span();
    private final List<PersonRow> personRows = new ArrayList<>();
    private int nextRowNumber;

    HouseholdEditor(Clock clock, Runnable onChange) {
        this.clock = clock;
        this.onChange = onChange;
        setWidthFull();
        rows.addClassName("caleol-household-rows");
        householdError.setId("household-error");
        householdError.addClassName("caleol-alert");
        householdError.getElement().setAttribute("role", "alert");
        Button addPerson = new Button(getTranslation("housing.form.addPerson"), VaadinIcon.PLUS.create(),
                click -> addRow(null, HouseholdRole.CHILD));
        addPerson.setId("person-add");
        add(rows, householdError, addPerson);
    }

    /** Shows these persons; a new household starts with one line for the applicant. */
    void setPersons(List<HouseholdPerson> persons) {
        rows.removeAll();
        personRows.clear();
        if (persons.isEmpty()) {
            addRow(null, HouseholdRole.APPLICANT);
        } else {
            persons.forEach(p -> addRow(p, p.getRole()));
        }
        refresh();
    }

    boolean isValid() {
        return householdRuleBroken().isEmpty() && personRows.stream().allMatch(row -> row.binder.isValid());
    }

    /** The persons as the service expects them; call only when {@link #isValid()}. */
    List<ApplicationForm.Person> persons() {
        List<ApplicationForm.Person> persons = new ArrayList<>();
        for (PersonRow row : personRows) {
            PersonFields f = new PersonFields();
            row.binder.writeBeanIfValid(f);
            persons.add(new ApplicationForm.Person(f.lastName.trim(), f.firstName.trim(), f.birthDate, f.role,
                    f.dependant, f.disabled, f.monthlyResources));
        }
        return persons;
    }

    private void addRow(HouseholdPerson person, HouseholdRole role) {
        PersonRow row = new PersonRow(nextRowNumber++);
        PersonFields fields = new PersonFields();
        fields.role = role;
        if (person != null) {
            fields.lastName = person.getLastName();
            fields.firstName = person.getFirstName();
            fields.birthDate = person.getBirthDate();
            fields.dependant = person.isDependant();
            fields.disabled = person.isDisabled();
            fields.monthlyResources = person.getMonthlyResources();
        }
        row.binder.readBean(fields);
        row.roleChanged();
        personRows.add(row);
        rows.add(row);
        refresh();
    }

    private void removeRow(PersonRow row) {
        personRows.remove(row);
        rows.remove(row);
        refresh();
    }

    private void refresh() {
        Optional<String> broken = householdRuleBroken();
        householdError.setText(broken.orElse(""));
        householdError.setVisible(broken.isPresent());
        onChange.run();
    }

    private Optional<String> householdRuleBroken() {
        if (personRows.isEmpty()) {
            return Optional.of(getTranslation("housing.form.household.empty"));
        }
        long applicants = personRows.stream().filter(r -> r.role.getValue() == HouseholdRole.APPLICANT).count();
        if (applicants != 1) {
            return Optional.of(getTranslation("housing.form.household.applicant", applicants));
        }
        if (personRows.stream().filter(r -> r.role.getValue() == HouseholdRole.SPOUSE_OR_PARTNER).count() > 1) {
            return Optional.of(getTranslation("housing.form.household.spouse"));
        }
        if (personRows.stream().anyMatch(r -> r.dependant.getValue() && !mayBeDependant(r.role.getValue()))) {
            return Optional.of(getTranslation("housing.form.household.dependantRole"));
        }
        return Optional.empty();
    }

    private static boolean mayBeDependant(HouseholdRole role) {
        return role != HouseholdRole.APPLICANT && role != HouseholdRole.SPOUSE_OR_PARTNER;
    }

    static boolean notNegative(BigDecimal amount) {
        return amount == null || amount.signum() >= 0;
    }

    /** One person of the household, with its own checks. */
    private final class PersonRow extends HorizontalLayout {

        final Binder<PersonFields> binder = new Binder<>();
        final Select<HouseholdRole> role = new Select<>();
        final Checkbox dependant = new Checkbox(getTranslation("housing.person.dependant"));

        PersonRow(int number) {
            addClassName("caleol-person-row");
            setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
            setWrap(true);
            setWidthFull();
            getElement().setAttribute("role", "group");
            getElement().setAttribute("aria-label", getTranslation("housing.form.person", number + 1));
            String prefix = "person-" + number + "-";

            TextField lastName = new TextField(getTranslation("housing.person.lastName"));
            lastName.setId(prefix + "last-name");
            lastName.setMaxLength(HouseholdPerson.NAME_MAX);
            binder.forField(lastName).asRequired(getTranslation("validation.required"))
                    .withValidator(new StringLengthValidator(
                            getTranslation("validation.maxLength", HouseholdPerson.NAME_MAX), 1,
                            HouseholdPerson.NAME_MAX))
                    .bind(f -> f.lastName, (f, v) -> f.lastName = v);
            TextField firstName = new TextField(getTranslation("housing.person.firstName"));
            firstName.setId(prefix + "first-name");
            firstName.setMaxLength(HouseholdPerson.NAME_MAX);
            binder.forField(firstName).asRequired(getTranslation("validation.required"))
                    .withValidator(new StringLengthValidator(
                            getTranslation("validation.maxLength", HouseholdPerson.NAME_MAX), 1,
                            HouseholdPerson.NAME_MAX))
                    .bind(f -> f.firstName, (f, v) -> f.firstName = v);
            LocalizedDatePicker birthDate = new LocalizedDatePicker(getTranslation("housing.person.birthDate"));
            birthDate.setId(prefix + "birth-date");
            binder.forField(birthDate).asRequired(getTranslation("validation.required"))
                    .withValidator(d -> !d.isAfter(LandlordTime.today(clock)),
                            getTranslation("housing.form.birthDate.future"))
                    .bind(f -> f.birthDate, (f, v) -> f.birthDate = v);
            role.setLabel(getTranslation("housing.person.role"));
            role.setId(prefix + "role");
            role.setItems(HouseholdRole.values());
            role.setItemLabelGenerator(r -> r == null ? "" : getTranslation("housing.householdRole." + r.name()));
            binder.forField(role).asRequired(getTranslation("validation.required"))
                    .bind(f -> f.role, (f, v) -> f.role = v);
            dependant.setId(prefix + "dependant");
            binder.forField(dependant).bind(f -> f.dependant, (f, v) -> f.dependant = v);
            Checkbox disabled = new Checkbox(getTranslation("housing.person.disabled"));
            disabled.setId(prefix + "disabled");
            binder.forField(disabled).bind(f -> f.disabled, (f, v) -> f.disabled = v);
            BigDecimalField resources = new BigDecimalField(getTranslation("housing.person.monthlyResources"));
            resources.setId(prefix + "monthly-resources");
            resources.setSuffixComponent(new Span("€"));
            binder.forField(resources).asRequired(getTranslation("validation.required"))
                    .withValidator(HouseholdEditor::notNegative, getTranslation("housing.form.amount.negative"))
                    .bind(f -> f.monthlyResources, (f, v) -> f.monthlyResources = v);
            Button remove = new Button(VaadinIcon.TRASH.create(), click -> removeRow(this));
            remove.setId(prefix + "remove");
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            remove.setAriaLabel(getTranslation("housing.form.removePerson", number + 1));
            remove.setTooltipText(getTranslation("housing.form.removePerson", number + 1));

            role.addValueChangeListener(e -> {
                roleChanged();
                refresh();
            });
            dependant.addValueChangeListener(e -> refresh());
            binder.addStatusChangeListener(e -> onChange.run());
            add(lastName, firstName, birthDate, role, dependant, disabled, resources, remove);
        }

        /** The applicant and a spouse or partner are never dependants. */
        void roleChanged() {
            boolean may = mayBeDependant(role.getValue());
            if (!may && dependant.getValue()) {
                dependant.setValue(false);
            }
            dependant.setEnabled(may);
        }
    }
}
