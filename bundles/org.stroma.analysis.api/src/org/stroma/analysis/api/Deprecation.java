package org.stroma.analysis.api;

import java.util.Objects;

/**
 * Why an analysis is no longer offered for new work, and what replaces it. Deprecated analyses
 * stay registered and findable by id so that stored results can be re-run.
 *
 * @param reason why it was deprecated
 * @param replacementId id of the analysis to use instead, or empty
 * @since 1.0
 */
public record Deprecation(String reason, String replacementId) {

    public Deprecation {
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(replacementId, "replacementId");
    }
}
