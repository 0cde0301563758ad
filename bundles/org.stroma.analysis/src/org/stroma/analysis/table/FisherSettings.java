package org.stroma.analysis.table;

import org.stroma.analysis.api.Setting;

/**
 * Settings of Fisher's exact test.
 *
 * @param confidenceLevel coverage of the odds-ratio interval (2 x 2 tables)
 */
public record FisherSettings(
        @Setting(label = "Confidence level", description = "Coverage of the odds-ratio confidence interval "
                + "(2 x 2 tables).", min = 0.5, max = 0.9999, defaultValue = "0.95") double confidenceLevel) {
}
