package org.stroma.analysis;

import org.stroma.analysis.api.Setting;

/**
 * Settings of analyses whose only choice is the confidence level of their intervals.
 *
 * @param confidenceLevel coverage of confidence intervals, e.g. 0.95
 */
public record ConfidenceSettings(
        @Setting(label = "Confidence level", description = "Coverage of the confidence intervals.",
                min = 0.5, max = 0.9999, defaultValue = "0.95") double confidenceLevel) {

    public static ConfidenceSettings of(double confidenceLevel) {
        return new ConfidenceSettings(confidenceLevel);
    }
}
