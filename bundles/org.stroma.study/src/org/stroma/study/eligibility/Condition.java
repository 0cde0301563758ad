package org.stroma.study.eligibility;

/** A criterion's condition judged against the subject's data, before inclusion/exclusion is applied. */
record Condition(CriterionOutcome outcome, String reason) {

    static Condition met(String reason) {
        return new Condition(CriterionOutcome.MET, reason);
    }

    static Condition notMet(String reason) {
        return new Condition(CriterionOutcome.NOT_MET, reason);
    }

    static Condition notRecorded(String reason) {
        return new Condition(CriterionOutcome.NOT_RECORDED, reason);
    }
}
