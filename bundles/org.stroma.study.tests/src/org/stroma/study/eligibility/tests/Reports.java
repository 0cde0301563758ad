package org.stroma.study.eligibility.tests;

import org.stroma.model.study.Study;
import org.stroma.model.study.Subject;
import org.stroma.study.eligibility.CriterionResult;
import org.stroma.study.eligibility.EligibilityEvaluator;
import org.stroma.study.eligibility.EligibilityReport;

/** Runs the evaluator on {@link AlopeciaTrial#AS_OF} and picks results by criterion code. */
final class Reports {

    private Reports() {
    }

    static EligibilityReport evaluate(Study study, Subject subject) {
        return new EligibilityEvaluator().evaluate(study, subject, AlopeciaTrial.AS_OF);
    }

    static CriterionResult result(EligibilityReport report, String code) {
        return report.results().stream().filter(r -> r.code().equals(code)).findFirst()
                .orElseThrow(() -> new AssertionError("no result for " + code));
    }
}
