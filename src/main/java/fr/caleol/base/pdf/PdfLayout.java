package fr.caleol.base.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * A sober A4 layout on PDFBox: wrapped paragraphs, headings, automatic page breaks, a footer with page numbers.
 * Fonts are DejaVu Sans (embedded, subset) so that French accents and typographic quotes print.
 */
public final class PdfLayout implements AutoCloseable {

    private static final byte[] REGULAR = font("/fonts/DejaVuSans.ttf");
    private static final byte[] BOLD = font("/fonts/DejaVuSans-Bold.ttf");
    /**
     * The parsed fonts, one pair per thread (a parsed TrueType font is not thread-safe): parsing DejaVu for each
     * of 120 letters cost most of their time and heap. PDFBox subsets them per document and does not close them.
     */
    private static final ThreadLocal<TrueTypeFont[]> PARSED = ThreadLocal.withInitial(() -> new TrueTypeFont[] {
            parse(REGULAR), parse(BOLD)});
    private static final float MARGIN = 56;
    private static final float FOOTER = 40;

    private final PDDocument document = new PDDocument();
    private final PDFont regular;
    private final PDFont bold;
    private final PDRectangle size = PDRectangle.A4;
    private PDPageContentStream stream;
    private float y;

    public PdfLayout(String title) {
        try {
            TrueTypeFont[] fonts = PARSED.get();
            regular = PDType0Font.load(document, fonts[0], true);
            bold = PDType0Font.load(document, fonts[1], true);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        PDDocumentInformation info = document.getDocumentInformation();
        info.setTitle(title);
        info.setProducer("CALEOL");
        newPage();
    }

    private static byte[] font(String path) {
        try (InputStream in = PdfLayout.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("Missing font " + path);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static TrueTypeFont parse(byte[] font) {
        try {
            return new TTFParser().parse(new RandomAccessReadBuffer(font));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void newPage() {
        try {
            if (stream != null) {
                stream.close();
            }
            PDPage page = new PDPage(size);
            document.addPage(page);
            stream = new PDPageContentStream(document, page);
            y = size.getHeight() - MARGIN;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private float width() {
        return size.getWidth() - 2 * MARGIN;
    }

    public void title(String text) {
        write(text, bold, 15, 0, 8);
    }

    /** A heading, kept on the same page as at least the two lines that follow it. */
    public void heading(String text) {
        space(6);
        ensure(12 * 1.35f + 4 + 2 * 10 * 1.6f);
        write(text, bold, 12, 0, 4);
    }

    public void subheading(String text) {
        write(text, bold, 10, 0, 2);
    }

    public void text(String text) {
        write(text, regular, 10, 0, 2);
    }

    public void indented(String text) {
        write(text, regular, 9.5f, 14, 1);
    }

    public void small(String text) {
        write(text, regular, 8.5f, 0, 1);
    }

    public void rightAligned(String text) {
        float fontSize = 10;
        float w = textWidth(regular, clean(text), fontSize);
        ensure(fontSize * 1.35f);
        show(regular, fontSize, MARGIN + width() - w, y - fontSize, clean(text));
        y -= fontSize * 1.35f;
    }

    public void space(float points) {
        y -= points;
        if (y < MARGIN + FOOTER) {
            newPage();
        }
    }

    public void rule() {
        ensure(8);
        try {
            stream.setLineWidth(0.5f);
            stream.moveTo(MARGIN, y - 3);
            stream.lineTo(MARGIN + width(), y - 3);
            stream.stroke();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        y -= 8;
    }

    /**
     * A bar chart that is also its table: one row per entry with its label, its figure printed, and a bar of a length
     * proportional to {@code value / max} (no bar when max is 0). The figures stay readable without the bars.
     */
    public void barRow(String label, String figure, double value, double max) {
        float fontSize = 9;
        float leading = fontSize * 1.6f;
        float labelWidth = width() * 0.45f;
        float figureWidth = width() * 0.17f;
        float barSpace = width() - labelWidth - figureWidth;
        List<String> lines = wrap(clean(label), regular, fontSize, labelWidth - 6);
        ensure(leading * lines.size());
        float top = y;
        for (String line : lines) {
            show(regular, fontSize, MARGIN, y - fontSize, line);
            y -= leading;
        }
        String shown = clean(figure);
        show(bold, fontSize, MARGIN + labelWidth + figureWidth - 6 - textWidth(bold, shown, fontSize),
                top - fontSize, shown);
        if (max > 0 && value > 0) {
            try {
                stream.setNonStrokingColor(0.25f, 0.42f, 0.62f);
                stream.addRect(MARGIN + labelWidth + figureWidth, top - fontSize - 1,
                        (float) (barSpace * Math.min(1, value / max)), fontSize);
                stream.fill();
                stream.setNonStrokingColor(0f, 0f, 0f);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** Writes a text, one paragraph per line break, wrapped to the page width. */
    private void write(String text, PDFont font, float fontSize, float indent, float after) {
        if (text == null) {
            return;
        }
        float leading = fontSize * 1.35f;
        for (String paragraph : text.replace("\r", "").split("\n", -1)) {
            for (String line : wrap(clean(paragraph), font, fontSize, width() - indent)) {
                ensure(leading);
                show(font, fontSize, MARGIN + indent, y - fontSize, line);
                y -= leading;
            }
        }
        y -= after;
    }

    private void ensure(float height) {
        if (y - height < MARGIN + FOOTER) {
            newPage();
        }
    }

    private void show(PDFont font, float fontSize, float x, float baseline, String line) {
        try {
            stream.beginText();
            stream.setFont(font, fontSize);
            stream.newLineAtOffset(x, baseline);
            stream.showText(line);
            stream.endText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<String> wrap(String paragraph, PDFont font, float fontSize, float maxWidth) {
        List<String> lines = new ArrayList<>();
        if (paragraph.isEmpty()) {
            lines.add("");
            return lines;
        }
        StringBuilder line = new StringBuilder();
        for (String word : paragraph.split(" ")) {
            String candidate = line.isEmpty() ? word : line + " " + word;
            if (textWidth(font, candidate, fontSize) <= maxWidth) {
                line.setLength(0);
                line.append(candidate);
                continue;
            }
            if (!line.isEmpty()) {
                lines.add(line.toString());
                line.setLength(0);
            }
            // A word longer than the line (a hash, a long reference, a pasted blob) is cut where the widths of its
            // characters add up to the line: one pass over the word, however long.
            int start = 0;
            float width = 0;
            for (int i = 0; i < word.length(); ) {
                int next = i + Character.charCount(word.codePointAt(i));
                float advance = textWidth(font, word.substring(i, next), fontSize);
                if (width + advance > maxWidth && i > start) {
                    lines.add(word.substring(start, i));
                    start = i;
                    width = 0;
                }
                width += advance;
                i = next;
            }
            line.append(word, start, word.length());
        }
        lines.add(line.toString());
        return lines;
    }

    static float textWidth(PDFont font, String text, float fontSize) {
        try {
            return font.getStringWidth(text) / 1000 * fontSize;
        } catch (IOException | IllegalArgumentException e) {
            return text.length() * fontSize * 0.6f;
        }
    }

    /** Keeps printable characters the font has; tabs and control characters become spaces, others '?'. */
    private String clean(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            if (Character.isISOControl(cp)) {
                out.append(' ');
            } else if (cp < 128 || printable(cp)) {
                out.appendCodePoint(cp);
            } else {
                out.append('?');
            }
        });
        return out.toString();
    }

    private boolean printable(int codePoint) {
        try {
            regular.encode(new String(Character.toChars(codePoint)));
            return true;
        } catch (IOException | IllegalArgumentException e) {
            return false;
        }
    }

    /** Closes the content and stamps each page's footer: the given text and "Page i / n". */
    public byte[] finish(String footer) {
        try {
            stream.close();
            stream = null;
            int count = document.getNumberOfPages();
            for (int i = 0; i < count; i++) {
                PDPage page = document.getPage(i);
                try (PDPageContentStream footerStream = new PDPageContentStream(document, page,
                        PDPageContentStream.AppendMode.APPEND, true, true)) {
                    float fontSize = 7.5f;
                    String pageText = "Page " + (i + 1) + " / " + count;
                    float pageWidth = textWidth(regular, pageText, fontSize);
                    footerStream.beginText();
                    footerStream.setFont(regular, fontSize);
                    footerStream.newLineAtOffset(MARGIN + width() - pageWidth, MARGIN / 2);
                    footerStream.showText(pageText);
                    footerStream.endText();
                    if (footer != null && !footer.isBlank()) {
                        List<String> lines = wrap(clean(footer), regular, fontSize, width() - pageWidth - 12);
                        float lineY = MARGIN / 2 + (lines.size() - 1) * fontSize * 1.2f;
                        for (String line : lines) {
                            footerStream.beginText();
                            footerStream.setFont(regular, fontSize);
                            footerStream.newLineAtOffset(MARGIN, lineY);
                            footerStream.showText(line);
                            footerStream.endText();
                            lineY -= fontSize * 1.2f;
                        }
                    }
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            document.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
