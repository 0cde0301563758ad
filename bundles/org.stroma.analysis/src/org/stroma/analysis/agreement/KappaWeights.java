package org.stroma.analysis.agreement;

/**
 * Agreement weights of weighted kappa for c ordered categories i, j = 0..c-1.
 */
public enum KappaWeights {
    /** 1 when i = j, else 0: Cohen's (1960) unweighted kappa. */
    NONE,
    /** {@code 1 - |i - j| / (c - 1)} (Cicchetti and Allison 1971). */
    LINEAR,
    /** {@code 1 - (i - j)² / (c - 1)²} (Fleiss and Cohen 1973; equals an ICC in large samples). */
    QUADRATIC;

    public double[][] matrix(int categories) {
        double[][] w = new double[categories][categories];
        double span = categories - 1;
        for (int i = 0; i < categories; i++) {
            for (int j = 0; j < categories; j++) {
                double d = Math.abs(i - j) / span;
                w[i][j] = switch (this) {
                    case NONE -> i == j ? 1 : 0;
                    case LINEAR -> 1 - d;
                    case QUADRATIC -> 1 - d * d;
                };
            }
        }
        return w;
    }
}
