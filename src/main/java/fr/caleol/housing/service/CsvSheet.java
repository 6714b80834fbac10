package fr.caleol.housing.service;

import fr.caleol.base.csv.CsvText;
import fr.caleol.base.errors.BusinessException;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * A CSV file as a landlord's spreadsheet saves it: UTF-8 (with or without BOM) or Windows-1252 ({@link CsvText}), semicolons, a header row, decimal
 * commas, dates as dd/MM/yyyy. Lines are numbered as the spreadsheet numbers its rows (the header is line 1).
 * Every problem becomes an {@link ImportError}; parsing goes on so that one pass reports them all.
 */
final class CsvSheet {

    static final char DELIMITER = ';';
    static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setDelimiter(DELIMITER)
            .setIgnoreEmptyLines(false).setIgnoreSurroundingSpaces(true).get();
    private static final DateTimeFormatter FRENCH_DATE = DateTimeFormatter.ofPattern("d/M/uuuu")
            .withResolverStyle(ResolverStyle.STRICT);
    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0\\u202F]");
    private static final Map<String, Boolean> FLAGS = Map.ofEntries(Map.entry("1", true), Map.entry("0", false),
            Map.entry("oui", true), Map.entry("non", false), Map.entry("o", true), Map.entry("n", false),
            Map.entry("vrai", true), Map.entry("faux", false), Map.entry("x", true), Map.entry("true", true),
            Map.entry("false", false), Map.entry("yes", true), Map.entry("no", false));

    private final List<ImportError> errors = new ArrayList<>();
    private final Set<Integer> linesInError = new HashSet<>();
    private int errorCount;
    private final Map<String, Integer> columns = new LinkedHashMap<>();
    private final List<Line> lines = new ArrayList<>();

    private CsvSheet() {}

    /**
     * Reads the whole file and checks its header against the expected columns. Data lines are then read one by one
     * with {@link #lines()}.
     */
    static CsvSheet read(InputStream in, List<String> requiredColumns, List<String> optionalColumns) {
        CsvSheet sheet = new CsvSheet();
        String text;
        try {
            text = CsvText.decode(in.readAllBytes()).text();
        } catch (BusinessException e) {
            sheet.error(0, "", e.messageKey(), e.arguments());
            return sheet;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<CSVRecord> records;
        try (CSVParser parser = CSVParser.parse(new StringReader(text), FORMAT)) {
            records = parser.getRecords();
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            sheet.error(0, "", "import.error.unreadable", String.valueOf(e.getMessage()));
            return sheet;
        }
        if (records.isEmpty() || isBlank(records.getFirst())) {
            sheet.error(1, "", "import.error.noHeader", String.join(";", requiredColumns));
            return sheet;
        }
        if (!sheet.readHeader(records.getFirst(), requiredColumns, optionalColumns)) {
            return sheet;
        }
        for (int i = 1; i < records.size(); i++) {
            CSVRecord record = records.get(i);
            int number = i + 1;
            if (isBlank(record)) {
                continue;
            }
            Line line = sheet.new Line(number, record);
            if (record.size() != sheet.columns.size() && !line.onlyBlankBeyondHeader()) {
                sheet.error(number, "", "import.error.columnCount", record.size(), sheet.columns.size());
                line.unreadable = true;
            }
            sheet.lines.add(line);
        }
        if (sheet.lines.isEmpty()) {
            sheet.error(0, "", "import.error.noLines");
        }
        return sheet;
    }

    private boolean readHeader(CSVRecord header, List<String> required, List<String> optional) {
        if (header.size() == 1 && (header.get(0).contains(",") || header.get(0).contains("\t"))) {
            error(1, "", "import.error.separator");
            return false;
        }
        Set<String> known = new HashSet<>(required);
        known.addAll(optional);
        for (int i = 0; i < header.size(); i++) {
            String name = normalize(header.get(i));
            if (name.isEmpty() && i == header.size() - 1 && i > 0) {
                continue; // a trailing separator after the last column
            }
            if (!known.contains(name)) {
                error(1, header.get(i), "import.error.unknownColumn", header.get(i),
                        String.join(", ", required) + ", " + String.join(", ", optional));
            } else if (columns.putIfAbsent(name, i) != null) {
                error(1, header.get(i), "import.error.duplicateColumn", header.get(i));
            }
        }
        for (String column : required) {
            if (!columns.containsKey(column)) {
                error(1, column, "import.error.missingColumn", column);
            }
        }
        return errorCount == 0;
    }

    /** "Numéro unique " → "numero_unique": accents, case and spaces do not matter in headers. */
    static String normalize(String header) {
        String plain = Normalizer.normalize(header.trim(), Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return plain.toLowerCase(Locale.ROOT).replaceAll("[\\s-]+", "_");
    }

    private static boolean isBlank(CSVRecord record) {
        for (String value : record) {
            if (!value.isBlank()) {
                return false;
            }
        }
        return true;
    }

    List<Line> lines() {
        return lines;
    }

    void error(int line, String column, String key, Object... arguments) {
        errorCount++;
        linesInError.add(line);
        if (errors.size() < ImportReport.MAX_ERRORS) {
            errors.add(new ImportError(line, column, key, arguments));
        }
    }

    List<ImportError> errors() {
        return errors;
    }

    int errorCount() {
        return errorCount;
    }

    int linesInError() {
        return linesInError.size();
    }

    /** One data line; its getters parse a column and record an error when the value is not readable. */
    final class Line {

        private final int number;
        private final CSVRecord record;
        private final Set<String> failedColumns = new HashSet<>();
        private boolean unreadable;

        private Line(int number, CSVRecord record) {
            this.number = number;
            this.record = record;
        }

        int number() {
            return number;
        }

        /** Whether the line could not be split into the header's columns (nothing else is reported then). */
        boolean unreadable() {
            return unreadable;
        }

        /** Whether a value of this column could not be read (its other errors would only repeat it). */
        boolean failed(String column) {
            return failedColumns.contains(column);
        }

        /** Other errors of this column would only repeat one already reported. */
        void markFailed(String column) {
            failedColumns.add(column);
        }

        void error(String column, String key, Object... arguments) {
            failedColumns.add(column);
            CsvSheet.this.error(number, column, key, arguments);
        }

        private boolean onlyBlankBeyondHeader() {
            if (record.size() < columns.size()) {
                return false;
            }
            for (int i = columns.size(); i < record.size(); i++) {
                if (!record.get(i).isBlank()) {
                    return false;
                }
            }
            return true;
        }

        /** The trimmed value, or null when the column is absent or the cell empty. */
        String text(String column) {
            Integer index = columns.get(column);
            if (index == null || index >= record.size()) {
                return null;
            }
            String value = record.get(index).trim();
            return value.isEmpty() ? null : value;
        }

        LocalDate date(String column) {
            String value = text(column);
            return value == null ? null : parseDate(value, column, column);
        }

        LocalDate parseDate(String value, String column, String errorColumn) {
            try {
                return ISO_DATE.matcher(value).matches() ? LocalDate.parse(value)
                        : LocalDate.parse(value, FRENCH_DATE);
            } catch (DateTimeParseException e) {
                error(errorColumn, "import.error.date", value);
                return null;
            }
        }

        BigDecimal decimal(String column) {
            String value = text(column);
            return value == null ? null : parseDecimal(value, column);
        }

        /** 1 234,56 / 1234.56 / 1.234,56 / 1 234,56 € are all 1234.56. */
        BigDecimal parseDecimal(String value, String errorColumn) {
            String compact = SPACES.matcher(value).replaceAll("").replace("€", "");
            if (compact.contains(",")) {
                compact = compact.replace(".", "").replace(',', '.');
            }
            try {
                return new BigDecimal(compact);
            } catch (NumberFormatException e) {
                error(errorColumn, "import.error.number", value);
                return null;
            }
        }

        Long wholeNumber(String column) {
            BigDecimal value = decimal(column);
            if (value == null) {
                return null;
            }
            try {
                return value.stripTrailingZeros().longValueExact();
            } catch (ArithmeticException e) {
                error(column, "import.error.wholeNumber", text(column));
                return null;
            }
        }

        boolean flag(String column) {
            String value = text(column);
            return value != null && parseFlag(value, column);
        }

        boolean parseFlag(String value, String errorColumn) {
            Boolean flag = FLAGS.get(value.toLowerCase(Locale.ROOT));
            if (flag == null) {
                error(errorColumn, "import.error.flag", value);
                return false;
            }
            return flag;
        }

        <E extends Enum<E>> E code(String column, Class<E> type) {
            String value = text(column);
            return value == null ? null : parseCode(value, type, Map.of(), column);
        }

        /** A code of the enum (any case), or one of its French aliases. */
        <E extends Enum<E>> E parseCode(String value, Class<E> type, Map<String, E> aliases, String errorColumn) {
            String key = value.trim().toUpperCase(Locale.ROOT).replace(' ', '_');
            for (E constant : type.getEnumConstants()) {
                if (constant.name().equals(key)) {
                    return constant;
                }
            }
            E alias = aliases.get(normalize(value).toUpperCase(Locale.ROOT));
            if (alias != null) {
                return alias;
            }
            Set<String> allowed = new TreeSet<>(aliases.keySet());
            Arrays.stream(type.getEnumConstants()).map(Enum::name).forEach(allowed::add);
            error(errorColumn, "import.error.code", value, String.join(", ", allowed));
            return null;
        }

        /** A comma-separated list of codes; null when the cell is empty. */
        <E extends Enum<E>> Set<E> codes(String column, Class<E> type) {
            List<String> values = list(column);
            if (values == null) {
                return null;
            }
            Set<E> codes = EnumSet.noneOf(type);
            for (String value : values) {
                E code = parseCode(value, type, Map.of(), column);
                if (code != null) {
                    codes.add(code);
                }
            }
            return codes;
        }

        /** A comma-separated list; null when the cell is empty. */
        List<String> list(String column) {
            String value = text(column);
            if (value == null) {
                return null;
            }
            return Arrays.stream(value.split(",")).map(String::trim).filter(s -> !s.isEmpty())
                    .collect(Collectors.toList());
        }
    }
}
