package org.stroma.reporting.api;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * One table of rows handed to a report design: a design's data set named like the table reads
 * it row by row. Values are {@link String}, {@link Integer}, {@link Long}, {@link Double},
 * {@link java.util.Date} or {@code null}.
 */
public final class ReportTable {

    private final String name;
    private final List<String> columns;
    private final List<Object[]> rows = new ArrayList<>();

    public ReportTable(String name, String... columns) {
        this.name = Objects.requireNonNull(name);
        this.columns = List.of(columns);
    }

    /** Adds one row, values in column order. */
    public ReportTable add(Object... values) {
        if (values.length != columns.size()) {
            throw new IllegalArgumentException("table " + name + " has " + columns.size() + " columns " + columns
                    + ", row has " + values.length + " values");
        }
        rows.add(values.clone());
        return this;
    }

    public String name() {
        return name;
    }

    public List<String> columns() {
        return columns;
    }

    public int columnCount() {
        return columns.size();
    }

    public String column(int index) {
        return columns.get(index);
    }

    public int size() {
        return rows.size();
    }

    public Object value(int row, int column) {
        return rows.get(row)[column];
    }

    public Object value(int row, String column) {
        int index = columns.indexOf(column);
        if (index < 0) {
            throw new IllegalArgumentException("table " + name + " has no column " + column + "; columns " + columns);
        }
        return value(row, index);
    }

    /** The rows, each a fresh list in column order. */
    public List<List<Object>> rows() {
        List<List<Object>> copy = new ArrayList<>();
        for (Object[] row : rows) {
            copy.add(Collections.unmodifiableList(java.util.Arrays.asList(row.clone())));
        }
        return copy;
    }
}
