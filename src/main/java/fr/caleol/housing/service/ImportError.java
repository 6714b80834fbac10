package fr.caleol.housing.service;

import java.util.List;

/**
 * One reason why a CSV file cannot be imported.
 *
 * @param line       the line of the file (1 = the header, as a spreadsheet numbers its rows); 0 for the whole file
 * @param column     the column as named in the header (e.g. {@code date_depot}, {@code membres (2)}), empty for a
 *                   whole line or the whole file
 * @param messageKey i18n key of the message, formatted with {@code arguments}
 */
public record ImportError(int line, String column, String messageKey, List<Object> arguments) {

    public ImportError {
        column = column == null ? "" : column;
        arguments = List.copyOf(arguments);
    }

    public ImportError(int line, String column, String messageKey, Object... arguments) {
        this(line, column, messageKey, List.of(arguments));
    }
}
