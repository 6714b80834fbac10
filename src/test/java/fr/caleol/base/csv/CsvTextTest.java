package fr.caleol.base.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.caleol.base.errors.BusinessException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class CsvTextTest {

    @Test
    void a_utf8_file_is_read_as_utf8_with_or_without_its_bom() {
        byte[] plain = "nom;ville\nPénélope;Créteil\n".getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[plain.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(plain, 0, withBom, 3, plain.length);

        assertThat(CsvText.decode(plain).text()).isEqualTo("nom;ville\nPénélope;Créteil\n");
        assertThat(CsvText.decode(withBom).text()).isEqualTo("nom;ville\nPénélope;Créteil\n");
        assertThat(CsvText.decode(withBom).charset()).isEqualTo(StandardCharsets.UTF_8);
    }

    @Test
    void an_excel_csv_of_a_french_windows_is_read_as_windows_1252_not_mangled() {
        byte[] excel = "nom;montant\nPénélope;12,50 €\n".getBytes(CsvText.WINDOWS_1252);

        CsvText.Decoded decoded = CsvText.decode(excel);

        assertThat(decoded.charset()).isEqualTo(CsvText.WINDOWS_1252);
        assertThat(decoded.text()).isEqualTo("nom;montant\nPénélope;12,50 €\n");
    }

    @Test
    void bytes_that_are_neither_utf8_nor_windows_1252_are_refused_with_the_position_of_the_first() {
        byte[] bytes = {'a', ';', 'b', '\n', (byte) 0x81, 'c'};

        assertThatThrownBy(() -> CsvText.decode(bytes)).isInstanceOf(BusinessException.class)
                .hasMessage("import.error.encoding")
                .satisfies(e -> assertThat(((BusinessException) e).arguments()).containsExactly(5, "0x81"));
    }

    @Test
    void a_file_announcing_utf8_by_its_bom_must_be_utf8() {
        byte[] bytes = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'a', (byte) 0xE9, 'b'};

        assertThatThrownBy(() -> CsvText.decode(bytes)).isInstanceOf(BusinessException.class)
                .satisfies(e -> assertThat(((BusinessException) e).arguments()).containsExactly(5, "0xE9"));
    }
}
