package org.stroma.reporting.internal;

import org.stroma.reporting.api.ReportData;
import org.stroma.reporting.api.ReportTable;

/**
 * The app context entry {@value #KEY} a design's scripted data sets open their tables from:
 * {@code cursor = reportContext.getAppContext().get("stroma.data").cursor("arms");}.
 */
public final class DesignData {

    public static final String KEY = "stroma.data";

    private final ReportData data;

    DesignData(ReportData data) {
        this.data = data;
    }

    /** Rows in table {@code name}, e.g. to hide the third arm column of a two-arm study. */
    public int rows(String name) {
        return data.table(name).size();
    }

    /** One value, e.g. a column heading: {@code value("arms", 0, "arm")}; null past the last row. */
    public Object value(String name, int row, String column) {
        ReportTable table = data.table(name);
        return row < table.size() ? table.value(row, column) : null;
    }

    /** A fresh cursor over table {@code name}; an unknown name fails naming the tables there are. */
    public TableCursor cursor(String name) {
        return new TableCursor(data.table(name));
    }
}
