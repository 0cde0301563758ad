package org.stroma.analysis.api;

import java.util.Objects;

/**
 * A published source an analysis follows.
 *
 * @param citation authors, year, title, journal, volume and pages
 * @param doi the DOI without prefix, or empty when there is none
 * @since 1.0
 */
public record LiteratureReference(String citation, String doi) {

    public LiteratureReference {
        Objects.requireNonNull(citation, "citation");
        Objects.requireNonNull(doi, "doi");
    }

    public static LiteratureReference of(String citation) {
        return new LiteratureReference(citation, "");
    }
}
