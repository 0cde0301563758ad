package org.stroma.analysis;

import org.apache.commons.statistics.descriptive.Max;
import org.apache.commons.statistics.descriptive.Mean;
import org.apache.commons.statistics.descriptive.Min;
import org.apache.commons.statistics.descriptive.Quantile;
import org.apache.commons.statistics.descriptive.Variance;
import org.apache.commons.statistics.distribution.TDistribution;
import org.stroma.analysis.api.Column;
import org.stroma.analysis.api.ResultTable;

/**
 * Descriptive statistics of one sample. Quartiles and median follow Hyndman and Fan (1996)
 * definition 7, R's default {@code quantile(type = 7)} and Excel's QUARTILE.INC: linear
 * interpolation at position {@code 1 + p (n - 1)} of the sorted values. SD uses the n - 1
 * divisor; the confidence interval of the mean is {@code mean ± t(1 - α/2, n - 1) SEM}.
 * Statistics that need more values than there are (SD of one value) are NaN.
 *
 * @param n number of values
 * @param mean arithmetic mean
 * @param sd standard deviation (n - 1)
 * @param sem standard error of the mean, sd / sqrt(n)
 * @param median median
 * @param lowerQuartile 25th percentile (type 7)
 * @param upperQuartile 75th percentile (type 7)
 * @param min smallest value
 * @param max largest value
 * @param ciLower lower end of the confidence interval of the mean
 * @param ciUpper upper end of the confidence interval of the mean
 */
public record SampleSummary(int n, double mean, double sd, double sem, double median, double lowerQuartile,
        double upperQuartile, double min, double max, double ciLower, double ciUpper) {

    // withCopy: Commons' default partially sorts the caller's array in place
    private static final Quantile TYPE_7 = Quantile.withDefaults().withCopy(true)
            .with(Quantile.EstimationMethod.HF7);

    public static SampleSummary of(double[] values, double confidenceLevel) {
        int n = values.length;
        if (n == 0) {
            double nan = Double.NaN;
            return new SampleSummary(0, nan, nan, nan, nan, nan, nan, nan, nan, nan, nan);
        }
        double mean = Mean.of(values).getAsDouble();
        double sd = n > 1 ? Math.sqrt(Variance.of(values).getAsDouble()) : Double.NaN;
        double sem = sd / Math.sqrt(n);
        double[] quartiles = TYPE_7.evaluate(values, 0.25, 0.5, 0.75);
        double halfWidth = n > 1 ? tQuantile(confidenceLevel, n - 1) * sem : Double.NaN;
        return new SampleSummary(n, mean, sd, sem, quartiles[1], quartiles[0], quartiles[2], Min.of(values).getAsDouble(),
                Max.of(values).getAsDouble(), mean - halfWidth, mean + halfWidth);
    }

    /** The two-sided critical value t(1 - α/2, df) for this confidence level. */
    public static double tQuantile(double confidenceLevel, double df) {
        return TDistribution.of(df).inverseSurvivalProbability((1 - confidenceLevel) / 2);
    }

    public double iqr() {
        return upperQuartile - lowerQuartile;
    }

    /** Adds the summary columns, in the order {@link #cells(int)} fills them. */
    public static ResultTable.Builder addColumns(ResultTable.Builder table, String unit, double confidenceLevel) {
        String ci = percent(confidenceLevel) + " CI";
        return table.column(Column.integer("n", "n"))
                .column(Column.integer("missing", "Missing"))
                .column(Column.decimal("mean", "Mean", unit))
                .column(Column.decimal("sd", "SD", unit))
                .column(Column.decimal("sem", "SEM", unit))
                .column(Column.decimal("median", "Median", unit))
                .column(Column.decimal("q1", "Q1 (type 7)", unit))
                .column(Column.decimal("q3", "Q3 (type 7)", unit))
                .column(Column.decimal("iqr", "IQR", unit))
                .column(Column.decimal("min", "Min", unit))
                .column(Column.decimal("max", "Max", unit))
                .column(Column.decimal("ci_lower", ci + " lower", unit))
                .column(Column.decimal("ci_upper", ci + " upper", unit));
    }

    /** Cells for the columns of {@link #addColumns}. */
    public Object[] cells(int missing) {
        return new Object[] {n, missing, mean, sd, sem, median, lowerQuartile, upperQuartile, iqr(), min, max, ciLower,
            ciUpper};
    }

    /** "95%" for 0.95, "99.5%" for 0.995. */
    public static String percent(double level) {
        String text = Double.toString(Math.round(level * 1e6) / 1e4);
        return (text.endsWith(".0") ? text.substring(0, text.length() - 2) : text) + "%";
    }
}
