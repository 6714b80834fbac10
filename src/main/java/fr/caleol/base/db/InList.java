package fr.caleol.base.db;

import java.util.Collections;
import java.util.List;
import java.util.function.Consumer;

/**
 * SQL {@code IN (...)} lists with bound parameters: the placeholders, and the values cut in chunks that one statement
 * holds comfortably.
 */
public final class InList {

    /** Values per statement. */
    public static final int CHUNK = 1000;

    private InList() {}

    /** {@code ?,?,?} for {@code n} values. */
    public static String marks(int n) {
        return String.join(",", Collections.nCopies(n, "?"));
    }

    /** Runs {@code action} on consecutive sublists of at most {@link #CHUNK} values, in order. */
    public static <T> void chunks(List<T> values, Consumer<List<T>> action) {
        for (int from = 0; from < values.size(); from += CHUNK) {
            action.accept(values.subList(from, Math.min(values.size(), from + CHUNK)));
        }
    }
}
