package org.stroma.analysis.api;

import java.util.Objects;

/**
 * A typed result column.
 *
 * @param key stable name used by chart hints and reports, e.g. {@code "mean"}
 * @param label heading shown to users, e.g. "Mean"
 * @param type what the cells hold
 * @param unit unit of the values, e.g. "%", or empty
 * @since 1.0
 */
public record Column(String key, String label, ColumnType type, String unit) {

    public Column {
        Inputs.requireText(key, "column key");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(type, "type");
        unit = Inputs.orEmpty(unit);
    }

    public static Column text(String key, String label) {
        return new Column(key, label, ColumnType.TEXT, "");
    }

    public static Column integer(String key, String label) {
        return new Column(key, label, ColumnType.INTEGER, "");
    }

    public static Column decimal(String key, String label) {
        return new Column(key, label, ColumnType.DECIMAL, "");
    }

    public static Column decimal(String key, String label, String unit) {
        return new Column(key, label, ColumnType.DECIMAL, unit);
    }

    public static Column pValue(String key, String label) {
        return new Column(key, label, ColumnType.P_VALUE, "");
    }
}
