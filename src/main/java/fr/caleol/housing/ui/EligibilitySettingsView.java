package fr.caleol.housing.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.router.Route;
import fr.caleol.base.domain.Euros;
import fr.caleol.base.domain.LandlordTime;
import fr.caleol.base.errors.BusinessException;
import fr.caleol.base.ui.ErrorNotifier;
import fr.caleol.base.ui.HasTitleKey;
import fr.caleol.base.ui.MainLayout;
import fr.caleol.housing.domain.EligibilitySettings;
import fr.caleol.housing.domain.IncomeCeilingRepository.Scale;
import fr.caleol.housing.domain.eligibility.EligibilityThresholds;
import fr.caleol.housing.service.EligibilityService;
import fr.caleol.security.domain.Role;
import jakarta.annotation.security.RolesAllowed;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * The landlord's eligibility settings (ADMIN): the effort-rate and remaining-income thresholds, and the income
 * ceilings per year, to which a new year is added every January without any code change.
 */
@Route(value = "admin/eligibilite", layout = MainLayout.class)
@RolesAllowed(Role.Names.ADMIN)
public class EligibilitySettingsView extends VerticalLayout implements HasTitleKey {

    private final EligibilityService service;
    private final Clock clock;
    private final BigDecimalField maxEffortRate = new BigDecimalField();
    private final BigDecimalField minRemainingIncome = new BigDecimalField();
    private final Select<Integer> year = new Select<>();
    private final Grid<Scale> scales = new Grid<>();
    private long settingsVersion;

    public EligibilitySettingsView(EligibilityService service, Clock clock) {
        this.service = service;
        this.clock = clock;

        maxEffortRate.setLabel(getTranslation("settings.maxEffortRate"));
        maxEffortRate.setId("max-effort-rate");
        maxEffortRate.setSuffixComponent(new Span("%"));
        maxEffortRate.setHelperText(getTranslation("settings.maxEffortRate.help"));
        minRemainingIncome.setLabel(getTranslation("settings.minRemainingIncome"));
        minRemainingIncome.setId("min-remaining-income");
        minRemainingIncome.setSuffixComponent(new Span("€"));
        minRemainingIncome.setHelperText(getTranslation("settings.minRemainingIncome.help"));
        Button saveThresholds = new Button(getTranslation("action.save"), click -> saveThresholds());
        saveThresholds.setId("save-thresholds");
        saveThresholds.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        FormLayout thresholds = new FormLayout(maxEffortRate, minRemainingIncome);
        thresholds.setMaxWidth("40rem");

        year.setLabel(getTranslation("settings.ceilings.year"));
        year.setId("ceiling-year");
        year.addValueChangeListener(e -> showYear(e.getValue()));
        Button addYear = new Button(getTranslation("settings.ceilings.addYear"), VaadinIcon.PLUS.create(),
                click -> openAddYear());
        addYear.setId("add-ceiling-year");
        HorizontalLayout ceilingBar = new HorizontalLayout(year, addYear);
        ceilingBar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);

        scales.setId("ceiling-scales");
        scales.addColumn(s -> getTranslation("housing.ceilingZone." + s.zone().name()))
                .setHeader(getTranslation("settings.ceilings.zone")).setAutoWidth(true);
        scales.addColumn(s -> s.financing().name()).setHeader(getTranslation("settings.ceilings.financing"))
                .setAutoWidth(true);
        for (int category = 1; category <= 6; category++) {
            int index = category - 1;
            scales.addColumn(s -> Euros.whole(s.categoryAmounts().get(index), getLocale()))
                    .setHeader(getTranslation("settings.ceilings.category", category)).setAutoWidth(true);
        }
        scales.addColumn(s -> "+ " + Euros.whole(s.extraPersonAmount(), getLocale()))
                .setHeader(getTranslation("settings.ceilings.extraPerson")).setAutoWidth(true);
        scales.setAllRowsVisible(true);

        add(new H2(getTranslation("settings.thresholds")), new Paragraph(getTranslation("settings.thresholds.intro")),
                thresholds, saveThresholds,
                new H2(getTranslation("settings.ceilings")), new Paragraph(getTranslation("settings.ceilings.intro")),
                ceilingBar, scales);
        loadThresholds();
        loadYears(null);
    }

    private void loadThresholds() {
        EligibilitySettings settings = service.settings();
        settingsVersion = settings.getVersion();
        maxEffortRate.setValue(settings.getMaxEffortRatePercent());
        minRemainingIncome.setValue(settings.getMinRemainingIncomePerPersonPerDay());
    }

    private void saveThresholds() {
        BigDecimal effort = maxEffortRate.getValue();
        BigDecimal remaining = minRemainingIncome.getValue();
        if (effort == null || remaining == null || effort.signum() < 0 || remaining.signum() < 0) {
            ErrorNotifier.show(new BusinessException("settings.error.outOfRange"));
            return;
        }
        try {
            service.updateThresholds(settingsVersion, new EligibilityThresholds(effort, remaining));
            loadThresholds();
            notifySaved();
        } catch (BusinessException e) {
            ErrorNotifier.show(e);
        }
    }

    private void loadYears(Integer selected) {
        List<Integer> years = service.ceilingYears();
        year.setItems(years);
        if (!years.isEmpty()) {
            year.setValue(selected != null ? selected : years.getFirst());
        }
    }

    private void showYear(Integer value) {
        scales.setItems(value == null ? List.of() : service.ceilingScales(value));
    }

    /** A dialog with the six scales of a new year, prefilled with the latest year's figures to be revised. */
    private void openAddYear() {
        List<Scale> template = year.getValue() == null ? List.of() : service.ceilingScales(year.getValue());
        Dialog dialog = new Dialog(getTranslation("settings.ceilings.addYear"));
        dialog.setWidth("min(70rem, 95vw)");
        IntegerField newYear = new IntegerField(getTranslation("settings.ceilings.year"));
        newYear.setId("new-ceiling-year");
        newYear.setValue(year.getValue() == null ? LandlordTime.today(clock).getYear() : year.getValue() + 1);
        dialog.add(new Paragraph(getTranslation("settings.ceilings.addYear.help")), newYear);
        List<ScaleRow> rows = new ArrayList<>();
        for (Scale scale : template) {
            ScaleRow row = new ScaleRow(scale);
            rows.add(row);
            dialog.add(row);
        }
        Button save = new Button(getTranslation("action.save"), click -> {
            if (newYear.getValue() == null) {
                newYear.setInvalid(true);
                newYear.setErrorMessage(getTranslation("validation.required"));
                return;
            }
            try {
                int y = newYear.getValue();
                service.addCeilingYear(y, rows.stream().map(r -> r.scale(y)).toList());
                dialog.close();
                loadYears(y);
                notifySaved();
            } catch (BusinessException e) {
                ErrorNotifier.show(e);
            }
        });
        save.setId("save-ceiling-year");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), click -> dialog.close()), save);
        dialog.open();
    }

    private void notifySaved() {
        Notification.show(getTranslation("settings.saved"), 4000, Notification.Position.TOP_CENTER)
                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }


    /** The seven amounts of one scale (categories 1 to 6 and per extra person), editable. */
    private final class ScaleRow extends HorizontalLayout {
        private final Scale template;
        private final List<IntegerField> amounts = new ArrayList<>();
        private final IntegerField extra = new IntegerField();

        ScaleRow(Scale template) {
            this.template = template;
            setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
            setWrap(true);
            add(new Span(getTranslation("housing.ceilingZone." + template.zone().name()) + " · "
                    + template.financing().name()));
            for (int category = 1; category <= 6; category++) {
                IntegerField field = new IntegerField(getTranslation("settings.ceilings.category", category));
                field.setValue(template.categoryAmounts().get(category - 1).intValue());
                field.setMin(1);
                field.setWidth("7.5rem");
                amounts.add(field);
                add(field);
            }
            extra.setLabel(getTranslation("settings.ceilings.extraPerson"));
            extra.setValue((int) template.extraPersonAmount());
            extra.setMin(1);
            extra.setWidth("7.5rem");
            add(extra);
        }

        Scale scale(int year) {
            return new Scale(year, template.zone(), template.financing(),
                    amounts.stream().map(f -> f.getValue() == null ? null : f.getValue().longValue()).toList(),
                    extra.getValue() == null ? 0 : extra.getValue());
        }
    }

    @Override
    public String titleKey() {
        return "settings.title";
    }
}
