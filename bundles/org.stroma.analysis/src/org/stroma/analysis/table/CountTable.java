package org.stroma.analysis.table;

import java.util.List;

import org.stroma.analysis.api.AnalysisInputException;
import org.stroma.analysis.api.Column;
import org.stroma.analysis.api.ContingencyTable;
import org.stroma.analysis.api.DataUsed;
import org.stroma.analysis.api.ResultTable;

/**
 * The counts of a {@link ContingencyTable} with their margins; refuses empty rows and columns,
 * which the tests cannot use (a zero expected count).
 *
 * @param input the table as given
 * @param counts the counts, rows first
 * @param rowTotals row sums
 * @param columnTotals column sums
 * @param total grand total
 */
record CountTable(ContingencyTable input, long[][] counts, long[] rowTotals, long[] columnTotals, long total) {

    static CountTable of(ContingencyTable input) {
        long[][] counts = input.matrix();
        long[] rows = new long[counts.length], columns = new long[counts[0].length];
        long total = 0;
        for (int r = 0; r < counts.length; r++) {
            for (int c = 0; c < counts[r].length; c++) {
                rows[r] = Math.addExact(rows[r], counts[r][c]);
                columns[c] = Math.addExact(columns[c], counts[r][c]);
                total = Math.addExact(total, counts[r][c]);
            }
        }
        for (int r = 0; r < rows.length; r++) {
            if (rows[r] == 0) {
                throw new AnalysisInputException(input.rowVariable() + " '" + input.rows().get(r)
                        + "' has no counts; remove the empty row");
            }
        }
        for (int c = 0; c < columns.length; c++) {
            if (columns[c] == 0) {
                throw new AnalysisInputException(input.columnVariable() + " '" + input.columns().get(c)
                        + "' has no counts; remove the empty column");
            }
        }
        return new CountTable(input, counts, rows, columns, total);
    }

    boolean isTwoByTwo() {
        return counts.length == 2 && counts[0].length == 2;
    }

    /** Observed counts with margins, as a result table. */
    ResultTable observedTable() {
        ResultTable.Builder table = ResultTable.builder("observed", "Observed counts")
                .column(Column.text("row", input.rowVariable()));
        for (int c = 0; c < columnTotals.length; c++) {
            table.column(Column.integer("c" + (c + 1), input.columns().get(c)));
        }
        table.column(Column.integer("total", "Total"));
        for (int r = 0; r < counts.length; r++) {
            Object[] cells = new Object[columnTotals.length + 2];
            cells[0] = input.rows().get(r);
            for (int c = 0; c < columnTotals.length; c++) cells[c + 1] = counts[r][c];
            cells[cells.length - 1] = rowTotals[r];
            table.row(cells);
        }
        Object[] totals = new Object[columnTotals.length + 2];
        totals[0] = "Total";
        for (int c = 0; c < columnTotals.length; c++) totals[c + 1] = columnTotals[c];
        totals[totals.length - 1] = total;
        return table.row(totals).build();
    }

    DataUsed dataUsed() {
        return new DataUsed(input.variable(), input.rows(), input.visit(), List.of(), total, List.of());
    }
}
