package org.stroma.instrument.api;

import java.math.BigDecimal;

/** Writes numbers the way a clinician reads them in a message: 4, not 4.0. */
final class NumberText {

    private NumberText() {
    }

    static String of(double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return Double.toString(value);
        }
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }

    static String range(double min, double max) {
        return of(min) + "-" + of(max);
    }
}
