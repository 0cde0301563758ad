package org.stroma.analysis.api;

/**
 * One subject's pair of values, e.g. baseline and week 12; either may be {@link Double#NaN}
 * (missing).
 *
 * @since 1.0
 */
public record PairedObservation(String subject, double first, double second) {

    public PairedObservation {
        Inputs.requireText(subject, "subject");
        Inputs.requireFiniteOrMissing(first, "first value of subject " + subject);
        Inputs.requireFiniteOrMissing(second, "second value of subject " + subject);
    }

    public boolean isComplete() {
        return !Double.isNaN(first) && !Double.isNaN(second);
    }
}
