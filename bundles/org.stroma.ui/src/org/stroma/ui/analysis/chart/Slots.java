package org.stroma.ui.analysis.chart;

import java.util.ArrayList;
import java.util.List;

import org.stroma.analysis.api.ResultTable;

/**
 * Where each row of a result table is drawn: its category is a whole number on the x axis, and
 * rows of different series share the category's width side by side. Categories and series keep
 * the order in which the table first names them.
 *
 * @param categories category names, from the hint's category column
 * @param series series names, from its series column; one empty name when it has none
 */
record Slots(List<String> categories, List<String> series, ResultTable table, String categoryColumn,
        String seriesColumn) {

    /** Part of a category's width that its series share; the rest separates categories. */
    static final double BAND = 0.8;

    static Slots of(ResultTable table, String categoryColumn, String seriesColumn) {
        List<String> categories = new ArrayList<>(), series = new ArrayList<>();
        for (int row = 0; row < table.rowCount(); row++) {
            add(categories, text(table, row, categoryColumn));
            add(series, text(table, row, seriesColumn));
        }
        return new Slots(List.copyOf(categories), List.copyOf(series), table, categoryColumn, seriesColumn);
    }

    private static void add(List<String> names, String name) {
        if (!names.contains(name)) names.add(name);
    }

    /** A cell as text; empty for an empty cell or when the column is not named. */
    static String text(ResultTable table, int row, String column) {
        if (column == null || column.isEmpty()) return "";
        Object value = table.value(row, column);
        return value == null ? "" : value.toString();
    }

    int category(int row) {
        return categories.indexOf(text(table, row, categoryColumn));
    }

    int seriesOf(int row) {
        return series.indexOf(text(table, row, seriesColumn));
    }

    /** Width of one series within a category, in x axis units. */
    double width() {
        return BAND / series.size();
    }

    /** The x of the row's centre. */
    double x(int row) {
        return category(row) + (seriesOf(row) - (series.size() - 1) / 2.0) * width();
    }

    boolean hasSeries() {
        return series.size() > 1 || !series.get(0).isEmpty();
    }

    /** The rows of series {@code s}, in the order of their x. */
    List<Integer> rowsOf(int s) {
        List<Integer> rows = new ArrayList<>();
        for (int row = 0; row < table.rowCount(); row++) {
            if (seriesOf(row) == s) rows.add(row);
        }
        rows.sort((a, b) -> Double.compare(x(a), x(b)));
        return rows;
    }
}
