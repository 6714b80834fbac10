package fr.caleol.housing.ui;

import static org.assertj.core.api.Assertions.assertThat;

import fr.caleol.base.i18n.CaleolI18nProvider;
import fr.caleol.housing.domain.ApplicationHistoryEntry;
import fr.caleol.housing.domain.ApplicationStatus;
import fr.caleol.housing.domain.CurrentHousingType;
import fr.caleol.housing.domain.DwellingStatus;
import fr.caleol.housing.domain.DwellingType;
import fr.caleol.housing.domain.PriorityCategory;
import fr.caleol.housing.domain.RequestReason;
import fr.caleol.housing.domain.Reservataire;
import fr.caleol.housing.domain.SupportingDocument;
import fr.caleol.housing.domain.eligibility.CategoryReason;
import fr.caleol.housing.domain.eligibility.CeilingCheck;
import fr.caleol.housing.domain.eligibility.CeilingZone;
import fr.caleol.housing.domain.eligibility.EffortRate;
import fr.caleol.housing.domain.eligibility.Financing;
import fr.caleol.housing.domain.eligibility.HouseholdRole;
import fr.caleol.housing.domain.eligibility.ReferenceIncome;
import fr.caleol.housing.domain.eligibility.RemainingIncome;
import fr.caleol.housing.service.ApplicationFilter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class HousingLabelsTest {

    private final CaleolI18nProvider provider = new CaleolI18nProvider();

    private static Stream<String> keys(String prefix, Enum<?>[] values) {
        return Arrays.stream(values).map(value -> prefix + value.name());
    }

    private void assertLabelled(Stream<String> keys) {
        keys.forEach(key -> {
            assertThat(provider.getTranslation(key, Locale.FRENCH)).as(key).doesNotStartWith("!");
            assertThat(provider.getTranslation(key, Locale.ENGLISH)).as(key).doesNotStartWith("!");
        });
    }

    @Test
    void every_value_the_housing_screens_show_has_a_french_and_an_english_label() {
        Map<String, Enum<?>[]> enums = Map.ofEntries(
                Map.entry("housing.dwellingType.", DwellingType.values()),
                Map.entry("housing.dwellingStatus.", DwellingStatus.values()),
                Map.entry("housing.applicationStatus.", ApplicationStatus.values()),
                Map.entry("housing.reservataire.", Reservataire.values()),
                Map.entry("housing.priorityCategory.", PriorityCategory.values()),
                Map.entry("housing.requestReason.", RequestReason.values()),
                Map.entry("housing.currentHousingType.", CurrentHousingType.values()),
                Map.entry("housing.supportingDocument.", SupportingDocument.values()),
                Map.entry("housing.householdRole.", HouseholdRole.values()),
                Map.entry("housing.financing.", Financing.values()),
                Map.entry("housing.ceilingZone.", CeilingZone.values()),
                Map.entry("housing.history.", ApplicationHistoryEntry.Kind.values()),
                Map.entry("housing.categoryReason.", CategoryReason.values()),
                Map.entry("housing.referenceIncomeRule.", ReferenceIncome.Rule.values()),
                Map.entry("housing.eligibility.ceiling.", CeilingCheck.Verdict.values()),
                Map.entry("housing.eligibility.effort.", EffortRate.Verdict.values()),
                Map.entry("housing.eligibility.remaining.", RemainingIncome.Verdict.values()),
                Map.entry("housing.applications.ceiling.", ApplicationFilter.CeilingPosition.values()));
        enums.forEach((prefix, values) -> assertLabelled(keys(prefix, values)));
    }

    @Test
    void every_refusal_the_housing_services_can_throw_has_a_message() throws IOException {
        Pattern thrown = Pattern.compile("\"(housing\\.error\\.[A-Za-z]+)\"");
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java/fr/caleol/housing"))) {
            assertLabelled(sources.filter(p -> p.toString().endsWith(".java")).flatMap(p -> {
                try {
                    Matcher m = thrown.matcher(Files.readString(p));
                    return m.results().map(r -> r.group(1)).toList().stream();
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).distinct());
        }
    }

    @Test
    void the_missing_ceiling_message_names_the_year_and_what_to_do() {
        assertThat(provider.getTranslation("housing.eligibility.ceiling.NO_CEILING_TABLE", Locale.FRENCH, "2026"))
                .isEqualTo("aucun barème de plafonds pour 2026 : demandez à un administrateur de l’ajouter");
        assertThat(provider.getTranslation("housing.age", Locale.FRENCH, 1)).isEqualTo("1 an");
        assertThat(provider.getTranslation("housing.dwelling.floor.value", Locale.FRENCH, 0))
                .isEqualTo("rez-de-chaussée");
        assertThat(provider.getTranslation("housing.dwelling.floor.value", Locale.FRENCH, 4)).isEqualTo("4e étage");
    }
}
