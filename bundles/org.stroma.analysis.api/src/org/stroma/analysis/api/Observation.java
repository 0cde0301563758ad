package org.stroma.analysis.api;

import java.util.Objects;

/**
 * One subject's value; {@link Double#NaN} when the value is missing.
 *
 * @since 1.0
 */
public record Observation(String subject, double value) {

    public Observation {
        Inputs.requireText(subject, "subject");
        if (Double.isInfinite(value)) {
            throw new AnalysisInputException("subject " + subject + " has an infinite value");
        }
    }

    public static Observation missing(String subject) {
        return new Observation(Objects.requireNonNull(subject, "subject"), Double.NaN);
    }

    public boolean isMissing() {
        return Double.isNaN(value);
    }
}
