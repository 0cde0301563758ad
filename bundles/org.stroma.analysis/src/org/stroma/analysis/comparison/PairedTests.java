package org.stroma.analysis.comparison;

import java.util.Arrays;

import org.apache.commons.statistics.descriptive.Mean;
import org.apache.commons.statistics.descriptive.Variance;
import org.apache.commons.statistics.inference.ContinuityCorrection;
import org.apache.commons.statistics.inference.PValueMethod;
import org.apache.commons.statistics.inference.TTest;
import org.apache.commons.statistics.inference.WilcoxonSignedRankTest;
import org.stroma.analysis.PairedSample;
import org.stroma.analysis.SampleSummary;
import org.stroma.analysis.api.AnalysisInputException;

/**
 * The paired t-test and the Wilcoxon signed-rank test on {@code second - first}, shared by the
 * paired analyses and change from baseline. Both delegate to Commons Statistics.
 */
public final class PairedTests {

    /** Exact signed-rank p-values are computed up to this many non-zero differences (Commons' limit). */
    private static final int EXACT_LIMIT = 1023;
    /** R's {@code wilcox.test} uses the exact distribution below this n by default. */
    private static final int AUTO_EXACT_BELOW = 50;

    /**
     * @param n number of pairs
     * @param meanDifference mean of second - first
     * @param sdDifference SD of the differences
     * @param se standard error of the mean difference
     * @param t t statistic
     * @param df n - 1
     * @param p two-sided p-value
     * @param lower lower end of the confidence interval of the mean difference
     * @param upper upper end
     */
    public record PairedT(int n, double meanDifference, double sdDifference, double se, double t, double df, double p,
            double lower, double upper) {
    }

    /**
     * @param n non-zero differences ranked
     * @param zeros zero differences dropped before ranking
     * @param v sum of the ranks of positive differences (R's V)
     * @param p two-sided p-value, at most 1
     * @param exact whether p is exact
     * @param ties whether absolute differences were tied
     */
    public record SignedRank(int n, int zeros, double v, double p, boolean exact, boolean ties) {
        public String method() {
            return exact ? "exact" : "normal approximation with tie correction";
        }
    }

    private PairedTests() {
    }

    /** @throws AnalysisInputException if the differences have zero variance */
    public static PairedT pairedT(PairedSample sample, double confidenceLevel) {
        double[] d = sample.differences();
        double sd = Math.sqrt(Variance.of(d).getAsDouble());
        if (!(sd > 0)) {
            throw new AnalysisInputException("all " + d.length + " differences " + sample.input().secondLabel()
                    + " - " + sample.input().firstLabel() + " of " + sample.input().variable()
                    + " are equal: zero variance, so the paired t statistic is undefined");
        }
        TTest.Result test = TTest.withDefaults().pairedTest(sample.second(), sample.first());
        double mean = Mean.of(d).getAsDouble(), se = sd / Math.sqrt(d.length);
        double half = SampleSummary.tQuantile(confidenceLevel, d.length - 1) * se;
        return new PairedT(d.length, mean, sd, se, test.getStatistic(), test.getDegreesOfFreedom(), test.getPValue(),
                mean - half, mean + half);
    }

    /**
     * Wilcoxon signed-rank test of the differences. Zero differences are dropped before ranking
     * (Wilcoxon's original procedure and R's {@code wilcox.test}); with zeros or tied absolute
     * differences the exact distribution does not apply and the normal approximation with tie
     * correction is used.
     *
     * @throws AnalysisInputException if every difference is zero
     */
    public static SignedRank wilcoxon(double[] differences, RankTestSettings settings, String what) {
        double[] nonZero = Arrays.stream(differences).filter(d -> d != 0).toArray();
        int zeros = differences.length - nonZero.length;
        if (nonZero.length == 0) {
            throw new AnalysisInputException("all " + differences.length + " differences of " + what
                    + " are zero: the signed-rank test has nothing to rank");
        }
        int n = nonZero.length;
        boolean exactWanted = switch (settings.method()) {
            case AUTO -> n < AUTO_EXACT_BELOW;
            case EXACT -> true;
            case NORMAL_APPROXIMATION -> false;
        };
        boolean exactAsked = exactWanted && zeros == 0 && n <= EXACT_LIMIT;
        WilcoxonSignedRankTest.Result result = WilcoxonSignedRankTest.withDefaults()
                .with(exactAsked ? PValueMethod.EXACT : PValueMethod.ASYMPTOTIC)
                .with(settings.continuityCorrection() ? ContinuityCorrection.ENABLED : ContinuityCorrection.DISABLED)
                .test(nonZero);
        // Commons falls back to the normal approximation by itself when ranks are tied.
        boolean exact = exactAsked && !result.hasTiedValues();
        return new SignedRank(n, zeros, result.getStatistic(), Math.min(1, result.getPValue()), exact,
                result.hasTiedValues());
    }
}
