package fr.caleol.base.db;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Consumer;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Multi-row INSERTs for bulk loads (CSV import, demo and benchmark data): rows are buffered and written
 * {@code rowsPerStatement} at a time as one {@code INSERT ... VALUES (...), (...), ...} statement, which MariaDB
 * executes far faster than one statement per row. It runs on the caller's connection, hence in its transaction.
 *
 * <p>Entities with database-generated ids cannot use Hibernate's JDBC batching (Hibernate must read each id back),
 * which is why bulk paths write rows this way. Call {@link #flush()} at the end.
 */
public final class BatchInsert {

    /** Rows per statement: about 10 000 placeholders for a 20-column table, far below MariaDB's limits. */
    public static final int DEFAULT_ROWS = 500;

    private final JdbcTemplate jdbc;
    private final String head;
    private final String rowPlaceholders;
    private final int columns;
    private final int rowsPerStatement;
    private final List<Object> values = new ArrayList<>();
    private final Consumer<Integer> afterFlush;
    private int bufferedRows;
    private long writtenRows;

    private BatchInsert(JdbcTemplate jdbc, String table, int rowsPerStatement, Consumer<Integer> afterFlush,
            String... columns) {
        this.jdbc = jdbc;
        this.columns = columns.length;
        this.rowsPerStatement = rowsPerStatement;
        this.afterFlush = afterFlush;
        this.head = "INSERT INTO " + table + " (" + String.join(", ", columns) + ") VALUES ";
        this.rowPlaceholders = "(" + String.join(", ", Collections.nCopies(columns.length, "?")) + ")";
    }

    public static BatchInsert into(JdbcTemplate jdbc, String table, String... columns) {
        return new BatchInsert(jdbc, table, DEFAULT_ROWS, rows -> {}, columns);
    }

    /** Same, calling {@code afterFlush} with the number of rows of each statement written. */
    public static BatchInsert into(JdbcTemplate jdbc, String table, int rowsPerStatement,
            Consumer<Integer> afterFlush, String... columns) {
        return new BatchInsert(jdbc, table, rowsPerStatement, afterFlush, columns);
    }

    /** Adds one row (one value per column, in order); writes the buffer when it is full. */
    public BatchInsert add(Object... row) {
        if (row.length != columns) {
            throw new IllegalArgumentException("Expected " + columns + " values, got " + row.length);
        }
        Collections.addAll(values, row);
        if (++bufferedRows >= rowsPerStatement) {
            flush();
        }
        return this;
    }

    /** Writes the buffered rows, if any. */
    public void flush() {
        if (bufferedRows == 0) {
            return;
        }
        StringBuilder sql = new StringBuilder(head.length() + bufferedRows * (rowPlaceholders.length() + 2));
        sql.append(head);
        for (int i = 0; i < bufferedRows; i++) {
            sql.append(i == 0 ? "" : ", ").append(rowPlaceholders);
        }
        jdbc.update(sql.toString(), values.toArray());
        int written = bufferedRows;
        writtenRows += written;
        values.clear();
        bufferedRows = 0;
        afterFlush.accept(written);
    }

    public long writtenRows() {
        return writtenRows;
    }

    /** {@code count} row placeholders for a custom multi-row statement, e.g. an INSERT ... RETURNING. */
    public static String placeholders(int count, int columns) {
        String row = "(" + String.join(", ", Collections.nCopies(columns, "?")) + ")";
        return String.join(", ", Collections.nCopies(count, row));
    }
}
