package org.stroma.analysis.api;

import java.util.ArrayList;
import java.util.List;

/**
 * Counts of subjects cross-classified by two categorical variables, e.g. arm by ulcer healed.
 *
 * @param rowVariable what the rows classify, e.g. "Arm"
 * @param columnVariable what the columns classify, e.g. "Ulcer healed"
 * @param visit the visit, or empty
 * @param rows row category names (unique)
 * @param columns column category names (unique)
 * @param counts one list per row, one non-negative count per column
 * @since 1.0
 */
public record ContingencyTable(String rowVariable, String columnVariable, String visit, List<String> rows,
        List<String> columns, List<List<Long>> counts) implements AnalysisInput {

    public ContingencyTable {
        Inputs.requireText(rowVariable, "row variable");
        Inputs.requireText(columnVariable, "column variable");
        visit = Inputs.orEmpty(visit);
        rows = List.copyOf(rows);
        columns = List.copyOf(columns);
        if (rows.size() < 2 || columns.size() < 2) {
            throw new AnalysisInputException("a contingency table needs at least 2 rows and 2 columns, got "
                    + rows.size() + " x " + columns.size());
        }
        Inputs.requireUnique(rows, "row");
        Inputs.requireUnique(columns, "column");
        if (counts.size() != rows.size()) {
            throw new AnalysisInputException(rows.size() + " rows named but " + counts.size() + " rows of counts");
        }
        List<List<Long>> copy = new ArrayList<>();
        for (int r = 0; r < rows.size(); r++) {
            List<Long> row = List.copyOf(counts.get(r));
            if (row.size() != columns.size()) {
                throw new AnalysisInputException("row '" + rows.get(r) + "' has " + row.size() + " counts for "
                        + columns.size() + " columns");
            }
            for (int c = 0; c < row.size(); c++) {
                if (row.get(c) < 0) {
                    throw new AnalysisInputException("count in row '" + rows.get(r) + "', column '" + columns.get(c)
                            + "' is negative: " + row.get(c));
                }
            }
            copy.add(row);
        }
        counts = List.copyOf(copy);
    }

    /** A table from a counts matrix, rows first. */
    public static ContingencyTable of(String rowVariable, String columnVariable, List<String> rows,
            List<String> columns, long[][] counts) {
        List<List<Long>> lists = new ArrayList<>();
        for (long[] row : counts) {
            List<Long> list = new ArrayList<>();
            for (long count : row) {
                list.add(count);
            }
            lists.add(list);
        }
        return new ContingencyTable(rowVariable, columnVariable, "", rows, columns, lists);
    }

    @Override
    public String variable() {
        return rowVariable + " by " + columnVariable;
    }

    /** The counts as a fresh matrix, rows first. */
    public long[][] matrix() {
        long[][] matrix = new long[rows.size()][columns.size()];
        for (int r = 0; r < matrix.length; r++) {
            for (int c = 0; c < matrix[r].length; c++) {
                matrix[r][c] = counts.get(r).get(c);
            }
        }
        return matrix;
    }
}
