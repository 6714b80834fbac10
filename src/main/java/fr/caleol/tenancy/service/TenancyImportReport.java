package fr.caleol.tenancy.service;

import java.util.List;

/**
 * The outcome of a tenants-and-leases import: every line imported ({@code errors} empty), or none and the errors.
 *
 * @param lines    data lines read (header excluded)
 * @param imported lines imported: {@code lines} on success, 0 otherwise
 */
public record TenancyImportReport(int lines, int imported, int households, List<LineError> errors) {

    /** One reason to refuse the file; {@code line} as a spreadsheet numbers rows (header = 1), 0 for the file. */
    public record LineError(int line, String column, String messageKey, List<Object> arguments) {
        public LineError {
            arguments = List.copyOf(arguments);
        }
    }

    public TenancyImportReport {
        errors = List.copyOf(errors);
    }

    public boolean succeeded() {
        return errors.isEmpty();
    }
}
