package org.stroma.analysis.api;

import java.util.List;

/**
 * One subject's reference value and values at later visits, e.g. injected graft volume and
 * graft volume at month 3 and 6; {@link Double#NaN} where a value is missing.
 *
 * @param subject subject id
 * @param group the subject's group (arm)
 * @param baseline the reference value
 * @param values one value per visit, in {@link RepeatedVisits#visits()} order
 * @since 1.0
 */
public record SubjectVisits(String subject, String group, double baseline, List<Double> values) {

    public SubjectVisits {
        Inputs.requireText(subject, "subject");
        Inputs.requireText(group, "group of subject " + subject);
        Inputs.requireFiniteOrMissing(baseline, "baseline of subject " + subject);
        values = List.copyOf(values);
        for (double value : values) {
            Inputs.requireFiniteOrMissing(value, "a value of subject " + subject);
        }
    }
}
