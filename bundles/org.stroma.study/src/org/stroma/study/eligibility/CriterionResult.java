package org.stroma.study.eligibility;

import org.stroma.model.study.CriterionKind;

/**
 * The check of one eligibility criterion for one subject.
 *
 * @param code    the criterion's code in the protocol, e.g. I7
 * @param text    the protocol's wording of the criterion
 * @param kind    inclusion or exclusion
 * @param outcome whether the criterion's condition holds
 * @param reason  a sentence naming the value and the rule, e.g. "BMI 16.2 is below the minimum 17 (inclusive)"
 */
public record CriterionResult(String code, String text, CriterionKind kind, CriterionOutcome outcome, String reason) {

    /**
     * Whether this result keeps the subject out: an inclusion that is not met, or an exclusion
     * that applies. Either kind left unrecorded also blocks, because eligibility must be shown,
     * not assumed.
     */
    public boolean blocksEnrolment() {
        return kind == CriterionKind.EXCLUSION ? outcome != CriterionOutcome.NOT_MET
                : outcome != CriterionOutcome.MET;
    }

    /** A few words for summaries: "not met", "not recorded" or, for an exclusion, "applies". */
    String status() {
        return switch (outcome) {
            case MET -> kind == CriterionKind.EXCLUSION ? "applies" : "met";
            case NOT_MET -> kind == CriterionKind.EXCLUSION ? "does not apply" : "not met";
            case NOT_RECORDED -> "not recorded";
        };
    }
}
