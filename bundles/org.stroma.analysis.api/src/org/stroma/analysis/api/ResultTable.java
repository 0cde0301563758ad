package org.stroma.analysis.api;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * A named table of typed columns. Cells hold the {@linkplain ColumnType#cellType() type of their
 * column} or {@code null} when empty (not estimable, e.g. an SD of one value); {@code NaN} is
 * stored as empty.
 *
 * @param name stable name, e.g. {@code "tukey"}
 * @param title caption shown to users
 * @param columns the columns; keys unique
 * @param rows the rows, each with one cell per column
 * @since 1.0
 */
public record ResultTable(String name, String title, List<Column> columns, List<List<Object>> rows) {

    public ResultTable {
        Inputs.requireText(name, "table name");
        Objects.requireNonNull(title, "title");
        columns = List.copyOf(columns);
        Inputs.requireUnique(columns.stream().map(Column::key).toList(), "column");
        List<List<Object>> checked = new ArrayList<>();
        for (List<Object> row : rows) {
            if (row.size() != columns.size()) {
                throw new IllegalArgumentException("table " + name + ": a row has " + row.size() + " cells for "
                        + columns.size() + " columns");
            }
            List<Object> cells = new ArrayList<>();
            for (int c = 0; c < row.size(); c++) {
                cells.add(cell(name, columns.get(c), row.get(c)));
            }
            checked.add(Collections.unmodifiableList(cells));
        }
        rows = Collections.unmodifiableList(checked);
    }

    private static Object cell(String table, Column column, Object value) {
        if (value == null) return null;
        Object cell = switch (column.type()) {
            case TEXT -> value instanceof String ? value : null;
            case INTEGER -> value instanceof Integer || value instanceof Long ? ((Number) value).longValue() : null;
            case DECIMAL, P_VALUE -> value instanceof Number n ? n.doubleValue() : null;
        };
        if (cell == null) {
            throw new IllegalArgumentException("table " + table + ", column " + column.key() + ": "
                    + value.getClass().getSimpleName() + " is not a " + column.type());
        }
        return cell instanceof Double d && d.isNaN() ? null : cell;
    }

    public static Builder builder(String name, String title) {
        return new Builder(name, title);
    }

    public int rowCount() {
        return rows.size();
    }

    /** @throws IllegalArgumentException if there is no such column */
    public int columnIndex(String key) {
        for (int c = 0; c < columns.size(); c++) {
            if (columns.get(c).key().equals(key)) return c;
        }
        throw new IllegalArgumentException("table " + name + " has no column " + key);
    }

    public boolean hasColumn(String key) {
        return columns.stream().anyMatch(column -> column.key().equals(key));
    }

    public Object value(int row, String key) {
        return rows.get(row).get(columnIndex(key));
    }

    /** A numeric cell; {@code NaN} when empty. */
    public double number(int row, String key) {
        Object value = value(row, key);
        return value == null ? Double.NaN : ((Number) value).doubleValue();
    }

    public String text(int row, String key) {
        return (String) value(row, key);
    }

    /**
     * Index of the first row whose text column {@code key} equals {@code text}.
     *
     * @throws IllegalArgumentException if there is none
     */
    public int rowOf(String key, String text) {
        int c = columnIndex(key);
        for (int r = 0; r < rows.size(); r++) {
            if (text.equals(rows.get(r).get(c))) return r;
        }
        throw new IllegalArgumentException("table " + name + " has no row with " + key + " = " + text);
    }

    /** Collects columns and rows; rows are checked against the column types on {@link #build()}. */
    public static final class Builder {
        private final String name;
        private final String title;
        private final List<Column> columns = new ArrayList<>();
        private final List<List<Object>> rows = new ArrayList<>();

        private Builder(String name, String title) {
            this.name = name;
            this.title = title;
        }

        public Builder column(Column column) {
            columns.add(column);
            return this;
        }

        public Builder row(Object... cells) {
            rows.add(new ArrayList<>(java.util.Arrays.asList(cells)));
            return this;
        }

        public ResultTable build() {
            return new ResultTable(name, title, columns, rows);
        }
    }
}
