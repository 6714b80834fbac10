package fr.caleol.committee.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class LetterPlaceholdersTest {

    @Test
    void known_placeholders_are_filled_and_spaces_inside_braces_are_tolerated() {
        assertThat(LetterPlaceholders.fill("Madame {{nom}}, logement {{ logement }} le {{date_limite}}.",
                Map.of("nom", "DUPONT Anne", "logement", "MTR-1", "date_limite", "16 novembre 2026")))
                .isEqualTo("Madame DUPONT Anne, logement MTR-1 le 16 novembre 2026.");
    }

    @Test
    void a_value_with_dollar_signs_or_backslashes_is_copied_as_is() {
        assertThat(LetterPlaceholders.fill("{{motif}}", Map.of("motif", "a $1 \\ b"))).isEqualTo("a $1 \\ b");
    }

    @Test
    void unknown_placeholders_are_reported_in_order() {
        assertThat(LetterPlaceholders.unknown("{{nom}} {{prenom}} {{date_limite}} {{ville}} {{prenom}}"))
                .containsExactly("prenom", "ville");
        assertThat(LetterPlaceholders.unknown("Aucun champ")).isEmpty();
    }
}
