package org.stroma.analysis.table;

import org.stroma.analysis.api.Setting;

/**
 * Settings of the chi-square test.
 *
 * @param yatesCorrection apply Yates' continuity correction to 2 x 2 tables (R's default)
 */
public record ChiSquareSettings(
        @Setting(label = "Yates' continuity correction (2 x 2)", description = "Subtract min(0.5, |O - E|) from "
                + "each |O - E| in 2 x 2 tables, as R's chisq.test does by default.", defaultValue = "true")
        boolean yatesCorrection) {
}
