package fr.caleol.socialcell.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class TeamFiguresCsvTest {

    @Test
    void the_export_is_utf8_with_a_bom_semicolons_and_quoted_cells_when_needed() {
        byte[] csv = TeamFiguresService.csv(List.of(List.of("conseiller", "taux"), List.of("Zélie; B.", "13,2")));
        assertThat(csv[0]).isEqualTo((byte) 0xEF);
        assertThat(new String(csv, StandardCharsets.UTF_8)).isEqualTo("\uFEFFconseiller;taux\r\n\"Zélie; B.\";13,2\r\n");
    }

    @Test
    void an_adviser_name_that_looks_like_a_formula_stays_text() {
        byte[] csv = TeamFiguresService.csv(List.of(List.of("=HYPERLINK(\"x\")", "-12,5")));
        assertThat(new String(csv, StandardCharsets.UTF_8)).isEqualTo("\uFEFF\"'=HYPERLINK(\"\"x\"\")\";-12,5\r\n");
    }
}
