package org.stroma.instrument.api;

import java.util.Objects;

/**
 * One result an instrument computes.
 *
 * @param code  stable key of the score within its instrument, e.g. {@code "total"}
 * @param label text shown in reports
 * @param min   lowest possible value
 * @param max   highest possible value; {@link Double#POSITIVE_INFINITY} when there is no upper bound
 * @param unit  unit of the value, empty when it has none
 * @since 1.0
 */
public record ScoreDefinition(String code, String label, double min, double max, String unit) {

    public ScoreDefinition {
        if (code == null || code.isBlank()) {
            throw new IllegalArgumentException("a score needs a code");
        }
        Objects.requireNonNull(label, "label");
        if (!(min <= max)) {
            throw new IllegalArgumentException("score " + code + " needs min <= max");
        }
        unit = unit == null ? "" : unit;
    }

    /** A score without unit. */
    public ScoreDefinition(String code, String label, double min, double max) {
        this(code, label, min, max, "");
    }

    public boolean hasUpperBound() {
        return max != Double.POSITIVE_INFINITY;
    }
}
