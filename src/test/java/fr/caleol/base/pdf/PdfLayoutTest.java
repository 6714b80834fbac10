package fr.caleol.base.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

class PdfLayoutTest {

    private static final PDFont FONT = new PDType1Font(Standard14Fonts.FontName.HELVETICA);

    @Test
    void a_word_longer_than_the_line_is_cut_into_lines_that_fit_and_lose_nothing() {
        String word = "ab0123456789".repeat(1_700); // 20 400 characters without a space
        List<String> lines = PdfLayout.wrap("Note : " + word + " fin", FONT, 10, 400);
        assertThat(lines).allSatisfy(line -> assertThat(PdfLayout.textWidth(FONT, line, 10)).isLessThanOrEqualTo(400));
        assertThat(String.join("", lines).replace(" ", "")).isEqualTo("Note:" + word + "fin");
        assertThat(lines.size()).isGreaterThan(200);
    }

    @Test
    void a_note_of_twenty_thousand_characters_without_a_space_makes_a_readable_pdf() throws IOException {
        String word = "x".repeat(20_000);
        byte[] pdf;
        try (PdfLayout layout = new PdfLayout("Long")) {
            layout.text(word);
            pdf = layout.finish("pied de page");
        }
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text.chars().filter(c -> c == 'x').count()).as("every character printed").isEqualTo(20_000);
        }
    }
}
