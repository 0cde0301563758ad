package org.stroma.example.analysis;

import java.util.Arrays;
import java.util.Random;

import org.stroma.analysis.api.AnalysisProgress;

/**
 * The computation proper, free of any OSGi or workbench type: resamples of the difference of two
 * means and their percentiles.
 *
 * <p>Random numbers come from {@link java.util.Random}, whose algorithm the Java specification
 * fixes (a 48-bit linear congruential generator and the documented {@code nextInt(bound)}), so a
 * seed gives the same resamples on every Java version, vendor and operating system: the
 * reproducibility a stored analysis result promises. Its statistical quality is ample for
 * drawing indices to resample.
 */
final class PercentileBootstrap {

    /** Resamples between progress reports and cancellation checks. */
    private static final int CHUNK = 1000;

    private PercentileBootstrap() {
    }

    /**
     * Means of {@code x} minus means of {@code y} over {@code resamples} resamples, each group
     * resampled with replacement on its own (the groups are independent), sorted ascending.
     */
    static double[] differences(double[] x, double[] y, int resamples, long seed, AnalysisProgress progress) {
        Random random = new Random(seed);
        double[] differences = new double[resamples];
        for (int b = 0; b < resamples; b++) {
            if (b % CHUNK == 0) {
                progress.checkCanceled();
                if (b > 0) progress.worked(CHUNK);
            }
            differences[b] = resampledMean(x, random) - resampledMean(y, random);
        }
        Arrays.sort(differences);
        return differences;
    }

    private static double resampledMean(double[] values, Random random) {
        double sum = 0;
        for (int i = 0; i < values.length; i++) {
            sum += values[random.nextInt(values.length)];
        }
        return sum / values.length;
    }

    /**
     * The {@code p} quantile of sorted values by linear interpolation between order statistics
     * (Hyndman and Fan type 7, R's default {@code quantile(x, p)}).
     */
    static double quantile(double[] sorted, double p) {
        double h = (sorted.length - 1) * p;
        int below = (int) Math.floor(h);
        int above = Math.min(below + 1, sorted.length - 1);
        return sorted[below] + (h - below) * (sorted[above] - sorted[below]);
    }

    static double mean(double[] values) {
        double sum = 0;
        for (double value : values) {
            sum += value;
        }
        return sum / values.length;
    }

    /** Sample standard deviation (n - 1 denominator). */
    static double sd(double[] values) {
        double mean = mean(values);
        double squares = 0;
        for (double value : values) {
            squares += (value - mean) * (value - mean);
        }
        return Math.sqrt(squares / (values.length - 1));
    }
}
