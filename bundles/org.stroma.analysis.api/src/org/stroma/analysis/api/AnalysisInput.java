package org.stroma.analysis.api;

/**
 * The data an analysis runs on. Inputs are immutable values: two inputs built from the same data
 * are equal, which is what lets a stored result be re-run and compared. Missing values are
 * {@link Double#NaN}; analyses exclude them and say so in {@link DataUsed#exclusions()}.
 *
 * <p>Sealed so that every analysis and every UI knows all shapes of data; a new shape comes with
 * a new minor version of this package.
 *
 * @since 1.0
 */
public sealed interface AnalysisInput permits IndependentGroups, PairedValues, Ratings, ContingencyTable,
        RepeatedVisits {

    /** What was measured, e.g. "Hand mRSS" or "Fat volume retention (%)". */
    String variable();

    /** The visit or visits the data come from, e.g. "Month 6"; empty when not applicable. */
    String visit();
}
