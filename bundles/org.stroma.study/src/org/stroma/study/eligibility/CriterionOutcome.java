package org.stroma.study.eligibility;

/** What the subject's data say about one criterion's condition. */
public enum CriterionOutcome {
    /** The condition holds (for an exclusion criterion: the exclusion applies). */
    MET,
    /** The condition does not hold. */
    NOT_MET,
    /** The value needed is missing or cannot be read, so the condition cannot be decided. */
    NOT_RECORDED
}
