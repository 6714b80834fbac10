package fr.caleol.housing.service;

import java.time.Duration;
import java.util.List;

/**
 * The outcome of an import: either every line was imported ({@code errors} is empty), or none was and
 * {@code errors} says which lines are wrong and why.
 *
 * @param lines         data lines read (the header excluded)
 * @param imported      lines imported: {@code lines} on success, 0 otherwise
 * @param errors        the errors, in file order (at most {@link #MAX_ERRORS})
 * @param errorCount    how many errors were found in all
 * @param linesInError  how many lines have at least one error
 */
public record ImportReport(Kind kind, String fileName, int lines, int imported, List<ImportError> errors,
        int errorCount, int linesInError, Duration duration) {

    /** What the file holds. */
    public enum Kind { APPLICATIONS, DWELLINGS }

    /** Beyond this many errors, only the count is kept: the file is plainly not in the expected format. */
    public static final int MAX_ERRORS = 10_000;

    public ImportReport {
        errors = List.copyOf(errors);
    }

    public boolean succeeded() {
        return errorCount == 0;
    }
}
