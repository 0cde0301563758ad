package org.stroma.analysis.api;

/**
 * A subject (or one of its values) left out of an analysis, and why.
 *
 * @param subject subject id
 * @param group the subject's group, or empty
 * @param reason e.g. "value missing at Month 6"
 * @since 1.0
 */
public record Exclusion(String subject, String group, String reason) {

    public Exclusion {
        Inputs.requireText(subject, "subject");
        group = Inputs.orEmpty(group);
        Inputs.requireText(reason, "reason");
    }
}
