package org.stroma.analysis.api;

/**
 * The shapes of data an analysis can accept; {@link Analysis#inputs()} lists them so a UI can
 * offer only analyses that fit the data at hand.
 *
 * @since 1.0
 */
public enum InputKind {
    /** One or more independent groups ({@link IndependentGroups}). */
    GROUPS("one or more independent groups"),
    /** Exactly two independent groups. */
    TWO_GROUPS("two independent groups"),
    /** Two or more independent groups. */
    K_GROUPS("two or more independent groups"),
    /** Two values per subject ({@link PairedValues}). */
    PAIRED("paired values per subject"),
    /** Ratings of subjects by two or more raters ({@link Ratings}). */
    RATINGS("ratings by two or more raters"),
    /** Ratings by exactly two raters. */
    TWO_RATERS("ratings by two raters"),
    /** A table of counts ({@link ContingencyTable}). */
    CONTINGENCY_TABLE("a contingency table of counts"),
    /** A reference value and follow-up visits per subject in groups ({@link RepeatedVisits}). */
    REPEATED_VISITS("baseline and follow-up visits per subject");

    private final String description;

    InputKind(String description) {
        this.description = description;
    }

    public String description() {
        return description;
    }

    public boolean matches(AnalysisInput input) {
        return switch (this) {
            case GROUPS -> input instanceof IndependentGroups;
            case TWO_GROUPS -> input instanceof IndependentGroups g && g.groups().size() == 2;
            case K_GROUPS -> input instanceof IndependentGroups g && g.groups().size() >= 2;
            case PAIRED -> input instanceof PairedValues;
            case RATINGS -> input instanceof Ratings r && r.raters().size() >= 2;
            case TWO_RATERS -> input instanceof Ratings r && r.raters().size() == 2;
            case CONTINGENCY_TABLE -> input instanceof ContingencyTable;
            case REPEATED_VISITS -> input instanceof RepeatedVisits;
        };
    }
}
