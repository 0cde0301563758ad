package org.stroma.analysis.comparison;

import org.stroma.analysis.api.Setting;

/**
 * Settings of the Wilcoxon signed-rank and Mann-Whitney tests; the defaults are R's.
 *
 * @param method exact or normal-approximation p-value
 * @param continuityCorrection shift the statistic by 0.5 towards its mean in the normal approximation
 */
public record RankTestSettings(
        @Setting(label = "p-value method", description = "AUTO: exact for fewer than 50 values without ties "
                + "(or zero differences), otherwise the normal approximation.", defaultValue = "AUTO")
        RankTestMethod method,
        @Setting(label = "Continuity correction", description = "Used by the normal approximation.",
                defaultValue = "true") boolean continuityCorrection) {
}
