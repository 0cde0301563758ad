package org.stroma.analysis.agreement;

import org.stroma.analysis.api.Setting;

/**
 * Settings of weighted kappa.
 *
 * @param weights linear or quadratic agreement weights
 * @param confidenceLevel coverage of the confidence interval
 */
public record WeightedKappaSettings(
        @Setting(label = "Weights", description = "LINEAR: 1 - |i - j|/(c - 1); QUADRATIC: 1 - (i - j)²/(c - 1)²; "
                + "NONE gives Cohen's unweighted kappa.", defaultValue = "LINEAR") KappaWeights weights,
        @Setting(label = "Confidence level", description = "Coverage of the confidence interval.", min = 0.5,
                max = 0.9999, defaultValue = "0.95") double confidenceLevel) {
}
