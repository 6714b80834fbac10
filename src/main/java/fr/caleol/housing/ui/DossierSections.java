package fr.caleol.housing.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import fr.caleol.base.domain.Euros;
import fr.caleol.base.ui.components.Formats;
import fr.caleol.housing.domain.Commune;
import fr.caleol.housing.domain.HouseholdPerson;
import fr.caleol.housing.domain.HousingApplication;
import fr.caleol.housing.domain.SupportingDocument;
import fr.caleol.housing.domain.eligibility.ReferenceIncome;
import fr.caleol.housing.service.ApplicationDossier;
import java.time.LocalDate;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The read-only sections of an application's dossier, as both the secretary's screen and the committee member's show
 * them: the request (filing and renewal dates, wishes, reason), the household, the resources and their evolution
 * (N-2, N-1, the one retained), the current housing, the priority criteria and the documents received.
 */
public class DossierSections extends VerticalLayout {

    public DossierSections(ApplicationDossier dossier, LocalDate today) {
        setPadding(false);
        HousingApplication application = dossier.application();
        Locale locale = getLocale();
        add(section("housing.detail.request", requestFacts(dossier, locale)));
        add(section("housing.detail.household", household(dossier, today, locale)));
        add(section("housing.detail.resources", resources(application, locale)));
        add(section("housing.detail.currentHousing", currentHousing(application, locale)));
        add(section("housing.detail.priorities", priorities(application)));
        add(section("housing.detail.documents", documents(application)));
    }

    public static Section section(String titleKey, Component... content) {
        H3 heading = new H3(UI.getCurrent() == null ? titleKey : UI.getCurrent().getTranslation(titleKey));
        Section section = new Section(heading);
        section.add(content);
        section.addClassName("caleol-detail-section");
        section.setWidthFull();
        return section;
    }

    private Component requestFacts(ApplicationDossier dossier, Locale locale) {
        HousingApplication a = dossier.application();
        Facts facts = new Facts();
        fact(facts, "housing.application.filingDate", Formats.date(a.getFilingDate(), locale));
        fact(facts, "housing.application.renewalDate",
                a.getRenewalDate() == null ? getTranslation("housing.none") : Formats.date(a.getRenewalDate(), locale));
        fact(facts, "housing.application.wishedCommunes",
                dossier.wishedCommunes().stream().map(Commune::getName).collect(Collectors.joining(", ")));
        fact(facts, "housing.application.wishedTypes", a.getWishedTypes().stream()
                .map(t -> getTranslation("housing.dwellingType." + t.name())).collect(Collectors.joining(", ")));
        fact(facts, "housing.application.reason", getTranslation("housing.requestReason." + a.getReason().name())
                + (a.getReasonDetails() == null ? "" : " — " + a.getReasonDetails()));
        return facts;
    }

    private Component household(ApplicationDossier dossier, LocalDate today, Locale locale) {
        Grid<HouseholdPerson> persons = new Grid<>();
        persons.setId("household-grid");
        persons.addColumn(HouseholdPerson::getFullName).setHeader(getTranslation("housing.person.name"))
                .setFlexGrow(2);
        persons.addColumn(p -> Formats.date(p.getBirthDate(), locale))
                .setHeader(getTranslation("housing.person.birthDate")).setAutoWidth(true);
        persons.addColumn(p -> HousingFormats.age(p.getBirthDate(), today))
                .setHeader(getTranslation("housing.person.age")).setAutoWidth(true).setFlexGrow(0);
        persons.addColumn(p -> getTranslation("housing.householdRole." + p.getRole().name()))
                .setHeader(getTranslation("housing.person.role")).setAutoWidth(true);
        persons.addColumn(p -> yesNo(p.isDependant())).setHeader(getTranslation("housing.person.dependant"))
                .setAutoWidth(true).setFlexGrow(0);
        persons.addColumn(p -> yesNo(p.isDisabled())).setHeader(getTranslation("housing.person.disabled"))
                .setAutoWidth(true).setFlexGrow(0);
        persons.addColumn(p -> Euros.format(p.getMonthlyResources(), locale))
                .setHeader(getTranslation("housing.person.monthlyResources")).setAutoWidth(true);
        persons.setItems(dossier.persons());
        persons.setAllRowsVisible(true);
        return persons;
    }

    private Component resources(HousingApplication a, Locale locale) {
        Facts facts = new Facts();
        fact(facts, "housing.application.taxIncomeNMinus2", amountOrMissing(a.getTaxIncomeNMinus2(), locale));
        fact(facts, "housing.application.taxIncomeNMinus1", amountOrMissing(a.getTaxIncomeNMinus1(), locale));
        ReferenceIncome income = ReferenceIncome.select(a.getTaxIncomeNMinus2(), a.getTaxIncomeNMinus1());
        fact(facts, "housing.application.referenceIncome", income.amount().isEmpty()
                ? getTranslation("housing.notProvided")
                : Euros.format(income.amount().getAsLong(), locale) + " ("
                        + getTranslation("housing.referenceIncomeRule." + income.rule().name()) + ")");
        fact(facts, "housing.application.monthlyResources", Euros.format(a.getMonthlyResources(), locale));
        fact(facts, "housing.application.category", a.getExtraPersons() == 0
                ? String.valueOf(a.getHouseholdCategory())
                : a.getHouseholdCategory() + " + " + a.getExtraPersons());
        fact(facts, "housing.application.estimatedHousingAid", a.getEstimatedHousingAid() == null
                ? getTranslation("housing.notProvided") : Euros.format(a.getEstimatedHousingAid(), locale));
        return facts;
    }

    private Component currentHousing(HousingApplication a, Locale locale) {
        Facts facts = new Facts();
        fact(facts, "housing.application.currentHousing",
                getTranslation("housing.currentHousingType." + a.getCurrentHousing().name()));
        fact(facts, "housing.application.currentRent", a.getCurrentRent() == null ? getTranslation("housing.none")
                : Euros.format(a.getCurrentRent(), locale));
        fact(facts, "housing.application.currentSituation",
                a.getCurrentSituation() == null ? getTranslation("housing.none") : a.getCurrentSituation());
        String town = ((a.getPostalCode() == null ? "" : a.getPostalCode()) + " "
                + (a.getCity() == null ? "" : a.getCity())).trim();
        fact(facts, "housing.application.address", a.getAddressLine() == null && town.isEmpty()
                ? getTranslation("housing.notProvided")
                : (a.getAddressLine() == null ? "" : a.getAddressLine() + ", ") + town);
        return facts;
    }

    private Component priorities(HousingApplication a) {
        Facts facts = new Facts();
        fact(facts, "housing.dalo", yesNo(a.isDalo()));
        fact(facts, "housing.application.priorities", a.getPriorities().isEmpty()
                ? getTranslation("housing.priorities.none")
                : a.getPriorities().stream().map(p -> getTranslation("housing.priorityCategory." + p.name()))
                        .collect(Collectors.joining(", ")));
        return facts;
    }

    private Component documents(HousingApplication a) {
        UnorderedList list = new UnorderedList();
        list.setId("documents-checklist");
        list.addClassName("caleol-checklist");
        for (SupportingDocument document : SupportingDocument.values()) {
            boolean present = a.getPresentDocuments().contains(document);
            Icon icon = (present ? VaadinIcon.CHECK : VaadinIcon.CLOSE_SMALL).create();
            icon.getElement().setAttribute("aria-hidden", "true");
            Span state = new Span(getTranslation(present ? "housing.document.present" : "housing.document.missing"));
            state.addClassName(present ? "caleol-ok" : "caleol-alert");
            list.add(new ListItem(icon,
                    new Span(getTranslation("housing.supportingDocument." + document.name()) + " : "), state));
        }
        return list;
    }

    private void fact(Facts facts, String labelKey, String value) {
        facts.add(getTranslation(labelKey), value);
    }

    private String amountOrMissing(Long amount, Locale locale) {
        return amount == null ? getTranslation("housing.notProvided") : Euros.format(amount, locale);
    }

    private String yesNo(boolean value) {
        return getTranslation(value ? "housing.yes" : "housing.no");
    }
}
