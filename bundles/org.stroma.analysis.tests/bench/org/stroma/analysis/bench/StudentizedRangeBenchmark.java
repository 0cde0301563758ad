package org.stroma.analysis.bench;

import org.stroma.analysis.distribution.StudentizedRange;

/**
 * The studentized range CDF (Tukey's HSD p-values) at 100,000 points: groups 2 to 20, degrees of
 * freedom from 1 to infinity, q spread over (0, 12] in a fixed low-discrepancy order. The 190
 * distributions are made first; the timed passes call only {@code cdf}, after a warm-up pass on
 * the first points while the JIT compiles. Then the time per point for each df, since finite df
 * integrate over the law of S and infinite df do not.
 */
final class StudentizedRangeBenchmark {

    static final int POINTS = 100_000;
    private static final int WARM_UP_POINTS = 5_000;
    private static final int PER_DF = 300;
    private static final double[] DF = {1, 2, 3, 5, 10, 20, 60, 120, 1000, Double.POSITIVE_INFINITY};
    private static final int MIN_GROUPS = 2, MAX_GROUPS = 20;
    private static final double GOLDEN = 0.6180339887498949;

    private StudentizedRangeBenchmark() {
    }

    static void run() {
        int kinds = MAX_GROUPS - MIN_GROUPS + 1;
        StudentizedRange[][] ranges = new StudentizedRange[kinds][DF.length];
        for (int g = 0; g < kinds; g++) {
            for (int d = 0; d < DF.length; d++) {
                ranges[g][d] = new StudentizedRange(MIN_GROUPS + g, DF[d]);
            }
        }
        StudentizedRange[] at = new StudentizedRange[POINTS];
        double[] q = new double[POINTS];
        for (int i = 0; i < POINTS; i++) {
            at[i] = ranges[i % kinds][(i / kinds) % DF.length];
            q[i] = 0.05 + 11.95 * ((i * GOLDEN) % 1.0);
        }
        System.out.printf("studentized range CDF at %,d points (groups %d-%d, df 1, 2, 3, 5, 10, 20, 60, 120, 1000,"
                + " infinity; q in (0, 12]):%n", POINTS, MIN_GROUPS, MAX_GROUPS);
        double warmUp = pass(at, q, WARM_UP_POINTS);
        System.out.printf("  warm-up, first %,d points (JIT compiling): %.2f s%n", WARM_UP_POINTS, warmUp);
        double seconds = pass(at, q, POINTS);
        System.out.printf("  %,d points: %.2f s total, %.1f \u00B5s per point%n", POINTS, seconds, seconds * 1e6 / POINTS);
        StringBuilder byDf = new StringBuilder("  per point by df (" + PER_DF + " points each, all group counts):");
        for (int d = 0; d < DF.length; d++) {
            StudentizedRange[] same = new StudentizedRange[PER_DF];
            double[] qs = new double[PER_DF];
            for (int i = 0; i < PER_DF; i++) {
                same[i] = ranges[i % kinds][d];
                qs[i] = q[i];
            }
            byDf.append(String.format(" %s %.1f \u00B5s%s", DF[d] == Double.POSITIVE_INFINITY ? "inf" : (int) DF[d],
                    pass(same, qs, PER_DF) * 1e6 / PER_DF, d < DF.length - 1 ? "," : ""));
        }
        System.out.println(byDf);
    }

    /** Seconds to evaluate the CDF at the first {@code n} points. */
    private static double pass(StudentizedRange[] at, double[] q, int n) {
        double sum = 0;
        long start = System.nanoTime();
        for (int i = 0; i < n; i++) {
            sum += at[i].cdf(q[i]);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        if (!(sum > 0)) throw new IllegalStateException("the CDF summed to " + sum);
        return seconds;
    }
}
