package fr.caleol.base.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class CsvWriterTest {

    @ParameterizedTest
    @ValueSource(strings = {"=1+1", "+33 6 12", "-2+3", "@SUM(A1:A2)", "\t=cmd", "\r=cmd", "=cmd|' /C calc'!A0",
            "=HYPERLINK(\"http://x\";\"clic\")"})
    void a_text_a_spreadsheet_would_run_as_a_formula_is_written_as_text(String formula) {
        assertThat(CsvWriter.neutralise(formula)).isEqualTo("'" + formula);
    }

    @ParameterizedTest
    @ValueSource(strings = {"-12,50", "-3", "1 234,56", "Dupont", "", "a=b", "Né le 01/02/1950"})
    void numbers_and_ordinary_texts_are_kept(String text) {
        assertThat(CsvWriter.neutralise(text)).isEqualTo(text);
    }

    @Test
    void cells_are_separated_by_semicolons_quoted_when_needed_and_lines_end_with_crlf() {
        StringWriter out = new StringWriter();
        try (CsvWriter csv = CsvWriter.to(out)) {
            csv.row("nom", "note", "montant").row("Zélie; B.", "dit \"bonjour\"\n=1", new BigDecimal("-12.50"));
        }
        assertThat(out.toString()).isEqualTo("nom;note;montant\r\n\"Zélie; B.\";\"dit \"\"bonjour\"\"\n=1\";-12.50\r\n");
    }

    @Test
    void a_whole_file_is_utf8_with_a_byte_order_mark() {
        byte[] file = CsvWriter.utf8WithBom(csv -> csv.row("é", "=1").blankLine().row("b"));
        assertThat(file[0]).isEqualTo((byte) 0xEF);
        assertThat(new String(file, StandardCharsets.UTF_8)).isEqualTo("\uFEFFé;'=1\r\n\r\nb\r\n");
    }
}
