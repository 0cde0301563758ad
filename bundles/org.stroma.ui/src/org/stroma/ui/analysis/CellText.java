package org.stroma.ui.analysis;

import java.util.Locale;

import org.stroma.analysis.api.Column;
import org.stroma.analysis.api.ColumnType;

/**
 * Result cells as the part shows them: estimates to four decimals (scientific notation when very
 * small or large), p-values to four significant digits and "&lt; 0.0001" below that, counts as
 * whole numbers, and a dash for a cell that could not be estimated. The CSV export keeps full
 * precision instead.
 */
final class CellText {

    static final String EMPTY = "\u2014";
    static final double SMALLEST_P_SHOWN = 1e-4;

    private CellText() {
    }

    static String of(Column column, Object value) {
        if (value == null) return EMPTY;
        return switch (column.type()) {
            case TEXT -> (String) value;
            case INTEGER -> value.toString();
            case DECIMAL -> decimal(((Number) value).doubleValue());
            case P_VALUE -> pValue(((Number) value).doubleValue());
        };
    }

    static String decimal(double value) {
        double magnitude = Math.abs(value);
        if (value == 0 || (magnitude >= 1e-3 && magnitude < 1e9)) return String.format(Locale.ROOT, "%.4f", value);
        return String.format(Locale.ROOT, "%.4e", value);
    }

    static String pValue(double p) {
        return p < SMALLEST_P_SHOWN ? "< 0.0001" : String.format(Locale.ROOT, "%.4g", p);
    }

    /** A column's heading: its label, with its unit when it has one. */
    static String heading(Column column) {
        return column.unit().isEmpty() ? column.label() : column.label() + " (" + column.unit() + ")";
    }

    static boolean isNumber(Column column) {
        return column.type() != ColumnType.TEXT;
    }
}
