package org.stroma.reporting.internal;

import org.mozilla.javascript.Scriptable;
import org.stroma.reporting.api.ReportTable;

/**
 * Walks one {@link ReportTable} for a scripted data set: {@code open} takes a cursor, each
 * {@code fetch} is {@code return cursor.fetch(row);}.
 */
public final class TableCursor {

    private final ReportTable table;
    private int next;

    TableCursor(ReportTable table) {
        this.table = table;
    }

    /** Copies the next row's values into the data set row; false after the last row. */
    public boolean fetch(Scriptable row) {
        if (next >= table.size()) {
            return false;
        }
        for (int column = 0; column < table.columnCount(); column++) {
            row.put(table.column(column), row, table.value(next, column));
        }
        next++;
        return true;
    }
}
