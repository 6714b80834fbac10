package fr.caleol.housing.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import fr.caleol.base.domain.Euros;
import fr.caleol.housing.domain.eligibility.Ceiling;
import fr.caleol.housing.domain.eligibility.CeilingCheck;
import fr.caleol.housing.domain.eligibility.EffortRate;
import fr.caleol.housing.domain.eligibility.EligibilityInput;
import fr.caleol.housing.domain.eligibility.EligibilityReport;
import fr.caleol.housing.domain.eligibility.Financing;
import fr.caleol.housing.domain.eligibility.HouseholdCategory;
import fr.caleol.housing.domain.eligibility.MonthlyHousingCost;
import fr.caleol.housing.domain.eligibility.ReferenceIncome;
import fr.caleol.housing.domain.eligibility.RemainingIncome;
import java.util.Locale;

/**
 * The four eligibility figures of one application against one dwelling, each with its inputs, its calculation and
 * its verdict, in words a committee member can check: household category and why, income against the ceiling,
 * effort rate, remaining income per person per day. Reused by the application detail and the comparison of
 * candidates (and the committee sitting).
 */
public class EligibilityPanel extends Div {

    public EligibilityPanel() {
        addClassName("caleol-eligibility");
    }

    public EligibilityPanel(EligibilityReport report) {
        this();
        show(report);
    }

    /** Shows the figures of a report, replacing what was shown. */
    public void show(EligibilityReport report) {
        removeAll();
        Locale locale = getLocale();
        EligibilityInput input = report.input();
        MonthlyHousingCost cost = input.housingCost();

        add(category(report.category()));
        add(ceiling(report.ceilingCheck(), input, locale));
        add(effortRate(report.effortRate(), cost, locale));
        add(remainingIncome(report.remainingIncome(), cost, locale));
        Paragraph aidNote = new Paragraph(getTranslation("housing.eligibility.aidNote"));
        aidNote.addClassName("caleol-help");
        add(aidNote);
    }

    /** Replaces the figures by a message (no dwelling chosen, not allowed...). */
    public void showMessage(String message) {
        removeAll();
        Paragraph text = new Paragraph(message);
        text.addClassName("caleol-help");
        add(text);
    }

    private Div category(HouseholdCategory category) {
        Div section = section("housing.eligibility.category", "eligibility-category");
        String value = category.extraPersons() == 0
                ? getTranslation("housing.eligibility.category.value", category.category())
                : getTranslation("housing.eligibility.category.valueExtra", category.category(),
                        category.extraPersons());
        section.add(verdict(value, null));
        section.add(line(getTranslation("housing.categoryReason." + category.reason().name(), category.persons())));
        return section;
    }

    private Div ceiling(CeilingCheck check, EligibilityInput input, Locale locale) {
        Div section = section("housing.eligibility.ceiling", "eligibility-ceiling");
        ReferenceIncome income = check.income();
        CeilingCheck.Verdict verdict = check.verdict();
        String verdictText = switch (verdict) {
            case WITHIN -> getTranslation("housing.eligibility.ceiling.WITHIN");
            case ABOVE -> getTranslation("housing.eligibility.ceiling.ABOVE",
                    Euros.format(check.excessEuros(), locale));
            case MISSING_INCOME -> getTranslation("housing.eligibility.ceiling.MISSING_INCOME");
            case NO_CEILING_TABLE -> getTranslation("housing.eligibility.ceiling.NO_CEILING_TABLE",
                    String.valueOf(input.ceilingYear()));
        };
        section.add(verdict(verdictText, verdict == CeilingCheck.Verdict.WITHIN));
        if (income.amount().isPresent()) {
            section.add(line(getTranslation("housing.eligibility.income.value",
                    Euros.format(income.amount().getAsLong(), locale),
                    getTranslation("housing.referenceIncomeRule." + income.rule().name()))));
        }
        section.add(line(getTranslation("housing.eligibility.income.inputs",
                income.taxIncomeNMinus2() == null ? getTranslation("housing.notProvided")
                        : Euros.format(income.taxIncomeNMinus2(), locale),
                income.taxIncomeNMinus1() == null ? getTranslation("housing.notProvided")
                        : Euros.format(income.taxIncomeNMinus1(), locale))));
        Financing financing = input.dwelling().financing();
        if (check.ceiling().isPresent()) {
            Ceiling ceiling = check.ceiling().get();
            section.add(line(getTranslation("housing.eligibility.ceiling.scale",
                    getTranslation("housing.financing." + financing.name()), String.valueOf(ceiling.year()),
                    getTranslation("housing.ceilingZone." + ceiling.zone().name()), ceiling.category())));
            section.add(formula(ceiling.extraPersons() == 0
                    ? getTranslation("housing.eligibility.ceiling.formula",
                            Euros.format(ceiling.amount(), locale))
                    : getTranslation("housing.eligibility.ceiling.formulaExtra",
                            Euros.format(ceiling.categoryAmount(), locale), ceiling.extraPersons(),
                            Euros.format(ceiling.extraPersonAmount(), locale),
                            Euros.format(ceiling.amount(), locale))));
            if (financing == Financing.PLS) {
                section.add(line(getTranslation("housing.eligibility.ceiling.pls")));
            }
            if (ceiling.year() != input.ceilingYear()) {
                Paragraph older = line(getTranslation("housing.eligibility.ceiling.olderYear",
                        String.valueOf(input.ceilingYear()), String.valueOf(ceiling.year())));
                older.addClassName("caleol-alert");
                older.setId("eligibility-ceiling-older-year");
                section.add(older);
            }
        } else {
            section.add(line(getTranslation("housing.eligibility.ceiling.scaleMissing",
                    getTranslation("housing.financing." + financing.name()), String.valueOf(input.ceilingYear()),
                    getTranslation("housing.ceilingZone." + input.dwelling().zone().name()))));
        }
        return section;
    }

    private Div effortRate(EffortRate effort, MonthlyHousingCost cost, Locale locale) {
        Div section = section("housing.eligibility.effort", "eligibility-effort");
        EffortRate.Verdict verdict = effort.verdict();
        String value = effort.ratePercent().map(rate -> HousingFormats.percent(rate, locale) + " — ").orElse("")
                + getTranslation("housing.eligibility.effort." + verdict.name());
        section.add(verdict(value, verdict == EffortRate.Verdict.NOT_COMPUTABLE ? null
                : verdict == EffortRate.Verdict.ACCEPTABLE));
        section.add(formula(getTranslation("housing.eligibility.effort.formula",
                Euros.format(cost.rent(), locale), Euros.format(cost.charges(), locale),
                Euros.format(cost.expectedAid(), locale), resources(effort.monthlyResources(), locale),
                effort.ratePercent().map(rate -> HousingFormats.percent(rate, locale)).orElse("?"))));
        section.add(line(getTranslation("housing.eligibility.effort.threshold",
                HousingFormats.percent(effort.thresholdPercent(), locale))));
        return section;
    }

    private Div remainingIncome(RemainingIncome remaining, MonthlyHousingCost cost, Locale locale) {
        Div section = section("housing.eligibility.remaining", "eligibility-remaining");
        RemainingIncome.Verdict verdict = remaining.verdict();
        String value = remaining.perPersonPerDay().map(amount -> Euros.format(amount, locale) + " — ")
                .orElse("") + getTranslation("housing.eligibility.remaining." + verdict.name());
        section.add(verdict(value, verdict == RemainingIncome.Verdict.NOT_COMPUTABLE ? null
                : verdict == RemainingIncome.Verdict.SUFFICIENT));
        section.add(formula(getTranslation("housing.eligibility.remaining.formula",
                resources(remaining.monthlyResources(), locale), Euros.format(cost.rent(), locale),
                Euros.format(cost.charges(), locale), Euros.format(cost.expectedAid(), locale),
                remaining.persons(),
                remaining.perPersonPerDay().map(amount -> Euros.format(amount, locale)).orElse("?"))));
        section.add(line(getTranslation("housing.eligibility.remaining.threshold",
                Euros.format(remaining.thresholdPerPersonPerDay(), locale))));
        return section;
    }

    private String resources(java.math.BigDecimal monthlyResources, Locale locale) {
        return monthlyResources == null ? getTranslation("housing.notProvided")
                : Euros.format(monthlyResources, locale);
    }

    private Div section(String titleKey, String className) {
        Div section = new Div(new H4(getTranslation(titleKey)));
        section.addClassNames("caleol-figure", className);
        return section;
    }

    /** The verdict line; green when favourable, red when not, neutral when {@code favourable} is null. */
    private static Paragraph verdict(String text, Boolean favourable) {
        Span value = new Span(text);
        if (favourable != null) {
            value.addClassName(favourable ? "caleol-ok" : "caleol-alert");
        }
        Paragraph paragraph = new Paragraph(value);
        paragraph.addClassName("caleol-verdict");
        return paragraph;
    }

    private static Paragraph line(String text) {
        Paragraph paragraph = new Paragraph(text);
        paragraph.addClassName("caleol-help");
        return paragraph;
    }

    private static Paragraph formula(String text) {
        Paragraph paragraph = new Paragraph(text);
        paragraph.addClassName("caleol-formula");
        return paragraph;
    }
}
