package org.stroma.instrument.api;

import java.math.BigDecimal;

/**
 * Writes numbers the way a clinician reads them: 4, not 4.0; 16.2; never exponent notation.
 *
 * @since 1.0
 */
public final class NumberText {

    private NumberText() {
    }

    public static String of(double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return Double.toString(value);
        }
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }

    public static String range(double min, double max) {
        return of(min) + "-" + of(max);
    }
}
