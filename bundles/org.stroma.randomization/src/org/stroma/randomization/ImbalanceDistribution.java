package org.stroma.randomization;

import java.util.Collections;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * How an imbalance measure spread over simulated trials. Imbalance is the largest minus the
 * smallest count / arm weight over the arms: |n<sub>A</sub> &minus; n<sub>B</sub>| for 1:1,
 * 0 for 4 and 2 subjects under 2:1.
 *
 * @param mean         mean over trials
 * @param median       nearest-rank median: the smallest value with at least half the trials
 *                     at or below it
 * @param percentile95 nearest-rank 95th percentile: the smallest value with at least 95 % of
 *                     the trials at or below it
 * @param max          the largest value seen
 * @param shares       each value seen and the share of trials with it
 * @since 0.1
 */
public record ImbalanceDistribution(double mean, double median, double percentile95, double max,
        SortedMap<Double, Double> shares) {

    /** Keeps an unmodifiable copy of the shares. */
    public ImbalanceDistribution {
        shares = Collections.unmodifiableSortedMap(new TreeMap<>(shares));
    }

    /** @return the share of trials with no imbalance at all */
    public double shareBalanced() {
        return shares.getOrDefault(0.0, 0.0);
    }

    /**
     * @param trialsWithNumerator at index k, the number of trials whose imbalance is k / denominator
     * @param denominator         the least common multiple of the arm weights
     */
    static ImbalanceDistribution of(int[] trialsWithNumerator, int denominator) {
        long trials = 0;
        double sum = 0;
        for (int k = 0; k < trialsWithNumerator.length; k++) {
            trials += trialsWithNumerator[k];
            sum += (double) k * trialsWithNumerator[k];
        }
        SortedMap<Double, Double> shares = new TreeMap<>();
        double median = Double.NaN;
        double percentile95 = Double.NaN;
        double max = 0;
        long atOrBelow = 0;
        for (int k = 0; k < trialsWithNumerator.length; k++) {
            if (trialsWithNumerator[k] == 0) {
                continue;
            }
            double value = (double) k / denominator;
            shares.put(value, (double) trialsWithNumerator[k] / trials);
            atOrBelow += trialsWithNumerator[k];
            if (Double.isNaN(median) && 2 * atOrBelow >= trials) {
                median = value;
            }
            if (Double.isNaN(percentile95) && 100 * atOrBelow >= 95 * trials) {
                percentile95 = value;
            }
            max = value;
        }
        return new ImbalanceDistribution(sum / trials / denominator, median, percentile95, max, shares);
    }
}
