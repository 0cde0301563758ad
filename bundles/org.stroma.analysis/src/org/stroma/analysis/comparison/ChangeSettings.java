package org.stroma.analysis.comparison;

import org.stroma.analysis.api.Setting;

/**
 * Settings of change from baseline.
 *
 * @param confidenceLevel coverage of the confidence intervals of means and of the mean change
 * @param test which within-group test to report
 */
public record ChangeSettings(
        @Setting(label = "Confidence level", description = "Coverage of the confidence intervals.", min = 0.5,
                max = 0.9999, defaultValue = "0.95") double confidenceLevel,
        @Setting(label = "Test", description = "Paired t-test, Wilcoxon signed-rank test (exact for small n "
                + "without ties), or both.", defaultValue = "BOTH") ChangeTest test) {
}
