package org.stroma.analysis.table;

import java.util.function.DoubleUnaryOperator;

import org.apache.commons.math3.analysis.solvers.BrentSolver;
import org.apache.commons.math3.util.CombinatoricsUtils;

/**
 * The conditional maximum-likelihood estimate of the odds ratio of a 2 x 2 table and its exact
 * confidence interval, as R's {@code fisher.test} reports them: with the margins fixed, the
 * top-left count follows Fisher's noncentral hypergeometric distribution with parameter ψ (the
 * odds ratio); the estimate solves E[X; ψ] = a, and the interval ends solve
 * P(X >= a; ψ) = α/2 and P(X <= a; ψ) = α/2 (Cornfield 1956). Roots are found on log ψ with
 * Brent's method to 1e-12, tighter than R's {@code uniroot} default (about 1e-4).
 *
 * @param estimate conditional MLE; 0 or +∞ when a is at the end of its support
 * @param lower lower end of the interval (0 when a is at its minimum)
 * @param upper upper end (+∞ when a is at its maximum)
 */
public record ConditionalOddsRatio(double estimate, double lower, double upper) {

    private static final double LOG_BOUND = 700;

    /** For the table {@code [[a, b], [c, d]]}. */
    public static ConditionalOddsRatio of(long a, long b, long c, long d, double confidenceLevel) {
        long m = a + c, n = b + d, k = a + b;
        int lo = (int) Math.max(0, k - n), hi = (int) Math.min(k, m);
        int x = (int) a;
        double[] logWeights = new double[hi - lo + 1];
        for (int s = lo; s <= hi; s++) {
            logWeights[s - lo] = CombinatoricsUtils.binomialCoefficientLog((int) m, s)
                    + CombinatoricsUtils.binomialCoefficientLog((int) n, (int) (k - s));
        }
        Noncentral law = new Noncentral(lo, logWeights);
        double alpha = (1 - confidenceLevel) / 2;
        double estimate = x == lo ? 0 : x == hi ? Double.POSITIVE_INFINITY
                : Math.exp(root(t -> law.mean(t) - x));
        double lower = x == lo ? 0 : Math.exp(root(t -> law.upperTail(x, t) - alpha));
        double upper = x == hi ? Double.POSITIVE_INFINITY : Math.exp(root(t -> alpha - law.lowerTail(x, t)));
        return new ConditionalOddsRatio(estimate, lower, upper);
    }

    /** Root in log ψ of a function increasing in log ψ. */
    private static double root(DoubleUnaryOperator increasing) {
        double a = -1, b = 1;
        while (increasing.applyAsDouble(a) > 0 && a > -LOG_BOUND) a *= 2;
        while (increasing.applyAsDouble(b) < 0 && b < LOG_BOUND) b *= 2;
        return new BrentSolver(1e-12, 1e-12).solve(10_000, increasing::applyAsDouble, a, b);
    }

    /** Fisher's noncentral hypergeometric law on lo..hi, as a function of t = log ψ. */
    private record Noncentral(int lo, double[] logWeights) {

        private double[] probabilities(double t) {
            double[] p = new double[logWeights.length];
            double max = Double.NEGATIVE_INFINITY;
            for (int i = 0; i < p.length; i++) {
                p[i] = logWeights[i] + t * (lo + i);
                max = Math.max(max, p[i]);
            }
            double sum = 0;
            for (int i = 0; i < p.length; i++) {
                p[i] = Math.exp(p[i] - max);
                sum += p[i];
            }
            for (int i = 0; i < p.length; i++) p[i] /= sum;
            return p;
        }

        double mean(double t) {
            double[] p = probabilities(t);
            double mean = 0;
            for (int i = 0; i < p.length; i++) mean += (lo + i) * p[i];
            return mean;
        }

        /** P(X >= x); increasing in t. */
        double upperTail(int x, double t) {
            double[] p = probabilities(t);
            double sum = 0;
            for (int i = x - lo; i < p.length; i++) sum += p[i];
            return sum;
        }

        /** P(X <= x); decreasing in t. */
        double lowerTail(int x, double t) {
            double[] p = probabilities(t);
            double sum = 0;
            for (int i = 0; i <= x - lo; i++) sum += p[i];
            return sum;
        }
    }
}
