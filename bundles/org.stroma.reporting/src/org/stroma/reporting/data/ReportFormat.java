package org.stroma.reporting.data;

import java.util.Locale;

import org.apache.commons.math3.stat.descriptive.DescriptiveStatistics;
import org.apache.commons.math3.stat.descriptive.rank.Percentile;
import org.apache.commons.math3.stat.descriptive.rank.Percentile.EstimationType;

/**
 * How figures are printed in tables: one decimal, a dot as decimal separator whatever the
 * machine's locale. Quartiles are Hyndman and Fan's type 7 (R's and Excel's default).
 */
public final class ReportFormat {

    private ReportFormat() {
    }

    /** "52.3 ± 8.1" (sample SD, n - 1); "52.3" for one value; "-" for none. */
    public static String meanSd(double[] values) {
        if (values.length == 0) {
            return "-";
        }
        DescriptiveStatistics statistics = new DescriptiveStatistics(values);
        if (values.length == 1) {
            return one(statistics.getMean());
        }
        return one(statistics.getMean()) + " ± " + one(statistics.getStandardDeviation());
    }

    /** "14.0 [8.0, 30.0]": median [first quartile, third quartile]; "-" for none. */
    public static String medianIqr(double[] values) {
        if (values.length == 0) {
            return "-";
        }
        return one(quantile(values, 50)) + " [" + one(quantile(values, 25)) + ", " + one(quantile(values, 75)) + "]";
    }

    /** The {@code percent}th percentile, type 7. */
    public static double quantile(double[] values, double percent) {
        return new Percentile().withEstimationType(EstimationType.R_7).evaluate(values, percent);
    }

    /** "7 (58.3%)"; "0" when the denominator is 0. */
    public static String countPercent(int count, int of) {
        return of == 0 ? Integer.toString(count) : count + " (" + one(100.0 * count / of) + "%)";
    }

    /** One decimal place, dot separator. */
    public static String one(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }

    /** An enumeration literal in words: "SYSTEMIC_SCLEROSIS" as "Systemic sclerosis". */
    public static String words(String literal) {
        String text = literal.replace('_', ' ').toLowerCase(Locale.ROOT);
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
