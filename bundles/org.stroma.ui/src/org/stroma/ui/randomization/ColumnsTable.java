package org.stroma.ui.randomization;

import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;

/** A read-only table whose columns are given with its rows: measures down, schemes across. */
final class ColumnsTable {

    private final Table table;

    ColumnsTable(Composite parent, String key) {
        table = new Table(parent, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL);
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        table.setData(Keys.TABLE, key);
    }

    Table table() {
        return table;
    }

    /** Shows the rows under these column titles; the first column left-aligned, the others right. */
    void show(List<String> headers, List<List<String>> rows) {
        table.setRedraw(false);
        try {
            table.removeAll();
            for (TableColumn column : table.getColumns()) {
                column.dispose();
            }
            for (int c = 0; c < headers.size(); c++) {
                TableColumn column = new TableColumn(table, c == 0 ? SWT.LEFT : SWT.RIGHT);
                column.setText(headers.get(c));
            }
            for (List<String> row : rows) {
                new TableItem(table, SWT.NONE).setText(row.toArray(String[]::new));
            }
            for (TableColumn column : table.getColumns()) {
                column.pack();
            }
        } finally {
            table.setRedraw(true);
        }
    }

    void clear() {
        show(List.of(), List.of());
    }
}
