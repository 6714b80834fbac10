package fr.caleol.base.csv;

import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.QuoteMode;

/**
 * The one way CALEOL writes a CSV file for people: semicolons and CRLF as French spreadsheets expect, quoting by
 * Commons CSV, and every text cell that a spreadsheet would run as a formula (starting with {@code = + - @}, a tab or
 * a carriage return; OWASP's "CSV injection") prefixed with an apostrophe, so that a volunteer's note such as
 * {@code =HYPERLINK(...)} or {@code =cmd|' /C calc'!A0} stays text. Numbers (and texts that are plainly a number,
 * such as {@code -12,50}) are written as they are.
 */
public final class CsvWriter implements Closeable {

    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setDelimiter(';').setRecordSeparator("\r\n")
            .setQuoteMode(QuoteMode.MINIMAL).get();
    private static final Pattern NUMBER = Pattern.compile("-?\\d[\\d  ]*([.,]\\d+)?");
    private static final String FORMULA_STARTS = "=+-@\t\r";

    private final CSVPrinter printer;

    private CsvWriter(Writer out) {
        try {
            this.printer = new CSVPrinter(out, FORMAT);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes onto {@code out} (the caller closes it, or closes this writer). */
    public static CsvWriter to(Writer out) {
        return new CsvWriter(out);
    }

    /** A whole file in UTF-8 with a byte-order mark (so that Excel reads the accents), written by {@code rows}. */
    public static byte[] utf8WithBom(Consumer<CsvWriter> rows) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (Writer out = new OutputStreamWriter(bytes, StandardCharsets.UTF_8)) {
            out.write('\uFEFF');
            CsvWriter csv = new CsvWriter(out);
            rows.accept(csv);
            csv.printer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    public CsvWriter row(Object... cells) {
        return row(Arrays.asList(cells));
    }

    public CsvWriter row(List<?> cells) {
        try {
            printer.printRecord(cells.stream().map(CsvWriter::cell).toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    /** An empty line between two tables of one file. */
    public CsvWriter blankLine() {
        try {
            printer.println();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    public void flush() {
        try {
            printer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            printer.close(true);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Object cell(Object value) {
        if (value == null || value instanceof Number) {
            return value;
        }
        return neutralise(value.toString());
    }

    /** A text as a spreadsheet will show it, never run it. */
    public static String neutralise(String text) {
        if (text.isEmpty() || FORMULA_STARTS.indexOf(text.charAt(0)) < 0 || NUMBER.matcher(text).matches()) {
            return text;
        }
        return "'" + text;
    }
}
