package org.stroma.analysis.agreement;

import org.apache.commons.statistics.distribution.NormalDistribution;
import org.stroma.analysis.api.AnalysisInputException;

/**
 * Cohen's kappa, weighted or not, from a c x c table of two raters' categories, with the
 * large-sample standard errors of Fleiss, Cohen and Everitt (1969): the non-null one for the
 * confidence interval, the one under kappa = 0 for the z test.
 *
 * @param n subjects
 * @param kappa (p_o - p_e) / (1 - p_e) with weighted proportions
 * @param observed weighted observed agreement p_o
 * @param expected weighted chance agreement p_e
 * @param se standard error (non-null)
 * @param seNull standard error under kappa = 0
 * @param z kappa / seNull
 * @param p two-sided p of z
 * @param lower kappa - z(1 - α/2) se
 * @param upper kappa + z(1 - α/2) se
 */
public record KappaEstimate(long n, double kappa, double observed, double expected, double se, double seNull,
        double z, double p, double lower, double upper) {

    /**
     * @param counts counts[i][j]: subjects put in category i by the first rater and j by the second
     * @param w agreement weights, 1 on the diagonal
     */
    public static KappaEstimate of(long[][] counts, double[][] w, double confidenceLevel) {
        int c = counts.length;
        long n = 0;
        for (long[] row : counts) for (long x : row) n += x;
        double[][] p = new double[c][c];
        double[] rows = new double[c], columns = new double[c];
        for (int i = 0; i < c; i++) {
            for (int j = 0; j < c; j++) {
                p[i][j] = (double) counts[i][j] / n;
                rows[i] += p[i][j];
                columns[j] += p[i][j];
            }
        }
        double po = 0, pe = 0;
        double[] rowWeight = new double[c], columnWeight = new double[c]; // w̄_i. and w̄_.j
        for (int i = 0; i < c; i++) {
            for (int j = 0; j < c; j++) {
                po += w[i][j] * p[i][j];
                pe += w[i][j] * rows[i] * columns[j];
                rowWeight[i] += columns[j] * w[i][j];
                columnWeight[j] += rows[i] * w[i][j];
            }
        }
        if (!(pe < 1)) {
            throw new AnalysisInputException("both raters used a single category: chance agreement is 1, so "
                    + "kappa is undefined");
        }
        double kappa = (po - pe) / (1 - pe);
        double sum = 0, sumNull = 0;
        for (int i = 0; i < c; i++) {
            for (int j = 0; j < c; j++) {
                double d = w[i][j] - (rowWeight[i] + columnWeight[j]) * (1 - kappa);
                sum += p[i][j] * d * d;
                double d0 = w[i][j] - (rowWeight[i] + columnWeight[j]);
                sumNull += rows[i] * columns[j] * d0 * d0;
            }
        }
        double scale = n * (1 - pe) * (1 - pe);
        double se = Math.sqrt(Math.max(0, sum - Math.pow(kappa - pe * (1 - kappa), 2)) / scale);
        double seNull = Math.sqrt(Math.max(0, sumNull - pe * pe) / scale);
        NormalDistribution normal = NormalDistribution.of(0, 1);
        double z = kappa / seNull;
        double half = normal.inverseSurvivalProbability((1 - confidenceLevel) / 2) * se;
        return new KappaEstimate(n, kappa, po, pe, se, seNull, z, 2 * normal.survivalProbability(Math.abs(z)),
                kappa - half, kappa + half);
    }
}
