package fr.caleol.housing.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import fr.caleol.housing.domain.HouseholdPerson;
import fr.caleol.housing.domain.SupportingDocument;
import fr.caleol.housing.domain.cotation.CotationScore;
import fr.caleol.housing.domain.eligibility.EligibilityReport;
import fr.caleol.housing.service.CandidateSummary;
import fr.caleol.housing.service.CotationService;
import fr.caleol.housing.service.EligibilityService;
import fr.caleol.housing.service.HousingApplicationService;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The candidates of one dwelling side by side, one card each: household, priority flags, missing documents and the
 * four eligibility figures against that dwelling. Reused by the committee sitting, whose members see it for the
 * dwelling under discussion (the services check that they may read each dossier, and each read is audited).
 */
public class CandidateComparison extends Div {

    private final HousingApplicationService applicationService;
    private final EligibilityService eligibilityService;
    private java.util.function.LongFunction<Component> dossierLink = applicationId -> null;
    private boolean linkToDossiers = true;
    private boolean scored;
    private CotationService.Grid grid;
    private java.util.Map<Long, CotationScore> scores = java.util.Map.of();

    public CandidateComparison(HousingApplicationService applicationService, EligibilityService eligibilityService) {
        this.applicationService = applicationService;
        this.eligibilityService = eligibilityService;
        addClassName("caleol-comparison");
        setWidthFull();
    }

    /** Whether each card links to the full dossier (off where the reader may not open the application screens). */
    public void setLinkToDossiers(boolean linkToDossiers) {
        this.linkToDossiers = linkToDossiers;
    }

    /**
     * Links each card to another screen of the dossier (the committee member's read-only one), given the
     * application's id; a null link shows the number alone.
     */
    public void setDossierLink(java.util.function.LongFunction<Component> dossierLink) {
        this.linkToDossiers = false;
        this.dossierLink = dossierLink;
    }

    /**
     * Shows each candidate's score under this grid version (null: none, said so), as the sitting was convened with.
     */
    public void setCotation(CotationService.Grid grid, java.util.Map<Long, CotationScore> scores) {
        this.scored = true;
        this.grid = grid;
        this.scores = scores;
    }

    /**
     * Shows the given applications as candidates for the dwelling, in the given order, with the figures assessed
     * on the given date (the committee sitting's, or today).
     */
    public void show(long dwellingId, List<Long> applicationIds, LocalDate assessmentDate) {
        removeAll();
        if (applicationIds.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("housing.comparison.none"));
            none.addClassName("caleol-help");
            add(none);
            return;
        }
        List<CandidateSummary> summaries = applicationService.candidateSummaries(applicationIds);
        List<EligibilityReport> reports = eligibilityService.reports(applicationIds, dwellingId, assessmentDate);
        Div cards = new Div();
        cards.addClassNames("caleol-cards", "caleol-comparison-cards");
        // The cards may scroll sideways (live sitting): a keyboard user reaches and scrolls them (WCAG 2.1.1).
        cards.getElement().setAttribute("tabindex", "0");
        cards.getElement().setAttribute("role", "region");
        cards.getElement().setAttribute("aria-label", getTranslation("housing.comparison.title"));
        for (int i = 0; i < summaries.size(); i++) {
            cards.add(card(i + 1, summaries.get(i), reports.get(i), assessmentDate));
        }
        add(cards);
    }

    private Section card(int rank, CandidateSummary candidate, EligibilityReport report, LocalDate date) {
        Section card = new Section();
        card.addClassNames("caleol-card", "caleol-candidate");
        String title = getTranslation("housing.comparison.candidate", rank, candidate.applicantName());
        card.getElement().setAttribute("aria-label", title);
        H3 heading = new H3(title);
        card.add(heading);
        if (linkToDossiers) {
            card.add(new Paragraph(new RouterLink(candidate.numeroUnique().formatted(), ApplicationDetailView.class,
                    new RouteParameters("id", String.valueOf(candidate.applicationId())))));
        } else {
            Component link = dossierLink.apply(candidate.applicationId());
            card.add(new Paragraph(link != null ? link : new Span(candidate.numeroUnique().formatted())));
        }
        card.add(new Paragraph(getTranslation("housing.applicationStatus." + candidate.status().name())));

        card.add(new H4(getTranslation("housing.comparison.household",
                getTranslation("housing.persons", candidate.persons().size()))));
        UnorderedList persons = new UnorderedList();
        for (HouseholdPerson person : candidate.persons()) {
            persons.add(new ListItem(personSummary(person, date)));
        }
        card.add(persons);

        card.add(new H4(getTranslation("housing.comparison.priorities")));
        Paragraph priorities = new Paragraph();
        if (candidate.dalo()) {
            Span dalo = new Span(getTranslation("housing.dalo.badge"));
            dalo.addClassName("caleol-alert");
            priorities.add(dalo);
        }
        String categories = candidate.priorities().stream()
                .map(p -> getTranslation("housing.priorityCategory." + p.name())).collect(Collectors.joining(", "));
        if (!categories.isEmpty()) {
            priorities.add(new Span((candidate.dalo() ? " · " : "") + categories));
        }
        if (!candidate.dalo() && candidate.priorities().isEmpty()) {
            priorities.setText(getTranslation("housing.priorities.none"));
        }
        card.add(priorities);

        card.add(new H4(getTranslation("housing.comparison.missingDocuments")));
        if (candidate.missingDocuments().isEmpty()) {
            Paragraph complete = new Paragraph(getTranslation("housing.documents.complete"));
            complete.addClassName("caleol-ok");
            card.add(complete);
        } else {
            UnorderedList missing = new UnorderedList();
            missing.addClassName("caleol-missing-documents");
            for (SupportingDocument document : candidate.missingDocuments()) {
                missing.add(new ListItem(getTranslation("housing.supportingDocument." + document.name())));
            }
            card.add(missing);
        }

        if (scored) {
            card.add(new H4(getTranslation("cotation.title")));
            CotationScore score = grid == null ? null : scores.get(candidate.applicationId());
            card.add(score == null ? CotationPanel.none() : new CotationPanel(grid, score));
        }

        card.add(new H4(getTranslation("housing.eligibility.title")));
        card.add(new EligibilityPanel(report));
        return card;
    }

    private String personSummary(HouseholdPerson person, LocalDate date) {
        StringBuilder text = new StringBuilder(getTranslation("housing.householdRole." + person.getRole().name()))
                .append(", ").append(getTranslation("housing.age", HousingFormats.age(person.getBirthDate(), date)));
        if (person.isDependant()) {
            text.append(", ").append(getTranslation("housing.person.dependant.short"));
        }
        if (person.isDisabled()) {
            text.append(", ").append(getTranslation("housing.person.disabled.short"));
        }
        return text.toString();
    }
}
