package org.stroma.analysis.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.stroma.analysis.api.AnalysisProgress;
import org.stroma.analysis.api.ResultTable;

/** Assertions with relative tolerance, and shared test plumbing. */
final class Close {

    static final AnalysisProgress NO_PROGRESS = AnalysisProgress.none();

    private Close() {
    }

    /** |actual - expected| <= tolerance * max(1, |expected|). */
    static void close(double expected, double actual, double tolerance, String what) {
        if (Double.isInfinite(expected) || Double.isNaN(expected)) {
            assertEquals(expected, actual, what);
            return;
        }
        double limit = tolerance * Math.max(1, Math.abs(expected));
        assertTrue(Math.abs(actual - expected) <= limit,
                () -> what + ": expected " + expected + " but was " + actual + " (tolerance " + limit + ")");
    }

    /** |actual - expected| <= tolerance * |expected|, for small values such as p-values. */
    static void relative(double expected, double actual, double tolerance, String what) {
        assertTrue(Math.abs(actual - expected) <= tolerance * Math.abs(expected),
                () -> what + ": expected " + expected + " but was " + actual + " (relative tolerance " + tolerance + ")");
    }

    /** Every named column of {@code row} against expected values, in order. */
    static void row(ResultTable table, int row, String[] keys, double[] expected, double tolerance) {
        for (int i = 0; i < keys.length; i++) {
            close(expected[i], table.number(row, keys[i]), tolerance, table.name() + "[" + row + "]." + keys[i]);
        }
    }
}
