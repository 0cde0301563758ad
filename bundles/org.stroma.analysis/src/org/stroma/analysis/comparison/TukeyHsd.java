package org.stroma.analysis.comparison;

import java.util.ArrayList;
import java.util.List;

import org.stroma.analysis.distribution.StudentizedRange;

/**
 * Tukey's honestly significant difference: all pairwise differences of group means with
 * simultaneous confidence intervals and adjusted p-values from the studentized range
 * distribution. For unequal group sizes the Tukey-Kramer standard error
 * {@code sqrt(MSE/2 (1/n_i + 1/n_j))} is used, as R's {@code TukeyHSD} does.
 *
 * <p>Tukey JW (1949), Comparing individual means in the analysis of variance, Biometrics 5:99-114;
 * Kramer CY (1956), Extension of multiple range tests to group means with unequal numbers of
 * replications, Biometrics 12:307-310.
 */
public final class TukeyHsd {

    /**
     * One pairwise comparison, {@code second - first}, as R's "second-first" rows.
     *
     * @param first name of the first group
     * @param second name of the second group
     * @param difference mean of second minus mean of first
     * @param lower lower end of the simultaneous interval
     * @param upper upper end of the simultaneous interval
     * @param q studentized range statistic |difference| / SE
     * @param adjustedP P(Q > q) for all k groups
     */
    public record Comparison(String first, String second, double difference, double lower, double upper, double q,
            double adjustedP) {
        public String label() {
            return second + " - " + first;
        }
    }

    private TukeyHsd() {
    }

    /**
     * @param names group names
     * @param means group means
     * @param sizes group sizes
     * @param meanSquareError within-group mean square of the ANOVA
     * @param df its degrees of freedom
     * @param confidenceLevel family-wise coverage of the intervals
     */
    public static List<Comparison> compare(List<String> names, double[] means, int[] sizes, double meanSquareError,
            double df, double confidenceLevel) {
        StudentizedRange range = new StudentizedRange(names.size(), df);
        double critical = range.quantile(confidenceLevel);
        List<Comparison> comparisons = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            for (int j = i + 1; j < names.size(); j++) {
                double difference = means[j] - means[i];
                double se = Math.sqrt(meanSquareError / 2 * (1.0 / sizes[i] + 1.0 / sizes[j]));
                double q = Math.abs(difference) / se;
                comparisons.add(new Comparison(names.get(i), names.get(j), difference, difference - critical * se,
                        difference + critical * se, q, range.survival(q)));
            }
        }
        return comparisons;
    }
}
