package org.stroma.analysis.table;

import org.apache.commons.math3.util.CombinatoricsUtils;
import org.stroma.analysis.api.AnalysisInputException;
import org.stroma.analysis.api.AnalysisProgress;

/**
 * Two-sided p-value of Fisher's exact test for an r x c table by full enumeration of every table
 * with the observed margins: the sum of the probabilities {@code Π R_i! Π C_j! / (N! Π x_ij!)}
 * of all tables no more probable than the observed one, with R's relative tolerance of 1e-7 for
 * ties in probability (Freeman and Halton 1951). The enumeration fills column by column, each
 * cell between the bounds its row and column remainders allow, so every visited branch ends in a
 * valid table.
 *
 * <p>Limit: at most {@link #MAX_TABLES} tables (about 5 s at the 20 million tables per second
 * measured on a 2-core laptop; progress is checked for cancellation every 2^20 tables); larger
 * problems are refused (the network algorithm of Mehta and Patel 1983, as in R's
 * {@code fisher.test}, reaches further). Balanced tables within the limit: 3 x 3 with N up to
 * about 300 (N = 300: 13 million tables), 2 x 5 with N = 200 (1.7 million), 4 x 4 with N up to
 * about 45 (N = 46: 14 million; N = 64: 193 million, refused). Sparse or unbalanced margins allow
 * more.
 */
public final class FisherEnumeration {

    /** Largest number of tables enumerated before refusing. */
    public static final long MAX_TABLES = 100_000_000L;
    /** R's {@code fisher.test}: tables within this relative distance of the observed probability count as ties. */
    private static final double LOG_TOLERANCE = 1e-7;

    /**
     * @param p two-sided p-value, at most 1
     * @param tables number of tables with the observed margins
     */
    public record Result(double p, long tables) {
    }

    private final int rows;
    private final int columns;
    private final int[] columnTotals;
    private final double[] logFactorial;
    private final double logConstant;
    private final double logObserved;
    private final long limit;
    private final AnalysisProgress progress;
    private final int[] rowRemaining;
    private double sum;
    private double compensation;
    private long tables;

    private FisherEnumeration(long[][] counts, long limit, AnalysisProgress progress) {
        rows = counts.length;
        columns = counts[0].length;
        int[] rowTotals = new int[rows];
        columnTotals = new int[columns];
        long total = 0;
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < columns; c++) {
                if (counts[r][c] < 0) throw new AnalysisInputException("negative count " + counts[r][c]);
                total += counts[r][c];
            }
        }
        if (total > 10_000_000) {
            throw new AnalysisInputException("Fisher's exact test by enumeration takes at most 10,000,000 "
                    + "subjects; this table has " + total);
        }
        logFactorial = new double[(int) total + 1];
        for (int i = 0; i <= total; i++) logFactorial[i] = CombinatoricsUtils.factorialLog(i);
        double observed = 0, constant = -logFactorial[(int) total];
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < columns; c++) {
                rowTotals[r] += (int) counts[r][c];
                columnTotals[c] += (int) counts[r][c];
                observed += logFactorial[(int) counts[r][c]];
            }
        }
        for (int t : rowTotals) constant += logFactorial[t];
        for (int t : columnTotals) constant += logFactorial[t];
        this.logConstant = constant;
        this.logObserved = constant - observed;
        this.rowRemaining = rowTotals.clone();
        this.limit = limit;
        this.progress = progress;
    }

    /**
     * @param counts an r x c table of non-negative counts
     * @param limit most tables to enumerate, e.g. {@link #MAX_TABLES}
     * @throws AnalysisInputException if more than {@code limit} tables share the margins
     */
    public static Result pValue(long[][] counts, long limit, AnalysisProgress progress) {
        FisherEnumeration enumeration = new FisherEnumeration(counts, limit, progress);
        enumeration.fill(0, 0, enumeration.columnTotals[0], 0);
        return new Result(Math.min(1, enumeration.sum - enumeration.compensation), enumeration.tables);
    }

    /** Fills cell (row, column) given the column's remaining count and Σ log x! of the cells so far. */
    private void fill(int column, int row, int columnRemaining, double logCells) {
        if (column == columns - 1) {
            double cells = logCells;
            for (int r = 0; r < rows; r++) cells += logFactorial[rowRemaining[r]];
            leaf(logConstant - cells);
            return;
        }
        if (row == rows - 1) {
            rowRemaining[row] -= columnRemaining;
            fill(column + 1, 0, columnTotals[column + 1], logCells + logFactorial[columnRemaining]);
            rowRemaining[row] += columnRemaining;
            return;
        }
        int below = 0;
        for (int r = row + 1; r < rows; r++) below += rowRemaining[r];
        int lo = Math.max(0, columnRemaining - below), hi = Math.min(rowRemaining[row], columnRemaining);
        for (int x = lo; x <= hi; x++) {
            rowRemaining[row] -= x;
            fill(column, row + 1, columnRemaining - x, logCells + logFactorial[x]);
            rowRemaining[row] += x;
        }
    }

    private void leaf(double logProbability) {
        if (++tables > limit) {
            throw new AnalysisInputException("Fisher's exact test: more than " + limit + " tables share these "
                    + "margins, too many to enumerate; merge sparse categories or use the chi-square test");
        }
        if ((tables & 0xFFFFF) == 0) progress.checkCanceled();
        if (logProbability <= logObserved + LOG_TOLERANCE) {
            // Kahan summation: millions of small terms
            double term = Math.exp(logProbability) - compensation;
            double next = sum + term;
            compensation = (next - sum) - term;
            sum = next;
        }
    }
}
