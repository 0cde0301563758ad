package org.stroma.study.eligibility;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import org.osgi.service.component.annotations.Component;
import org.stroma.model.study.CriterionKind;
import org.stroma.model.study.DiagnosisCriterion;
import org.stroma.model.study.EligibilityCriterion;
import org.stroma.model.study.FlagCriterion;
import org.stroma.model.study.NumericRangeCriterion;
import org.stroma.model.study.Study;
import org.stroma.model.study.Subject;

/**
 * Checks a subject's screening data against every eligibility criterion of a study. Stateless;
 * a service so that the editors, the command line and the enrolment step share one judgement.
 */
@Component(service = EligibilityEvaluator.class)
public final class EligibilityEvaluator {

    /**
     * @param asOf the date the data are judged on: age and consent depend on it, so a screening
     *             repeated later can give another answer
     * @return one result per criterion, in the study's order
     */
    public EligibilityReport evaluate(Study study, Subject subject, LocalDate asOf) {
        Objects.requireNonNull(study, "study");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(asOf, "asOf");
        SubjectValues values = new SubjectValues(subject, asOf);
        List<CriterionResult> results = study.getEligibilityCriteria().stream()
                .map(c -> result(c, judge(c, subject, values)))
                .toList();
        return new EligibilityReport(subject.getScreeningId(), asOf, results);
    }

    private static Condition judge(EligibilityCriterion criterion, Subject subject, SubjectValues values) {
        return switch (criterion) {
            case NumericRangeCriterion range -> RangeCheck.check(range, values);
            case FlagCriterion flag -> FlagCheck.check(flag, values);
            case DiagnosisCriterion diagnosis -> DiagnosisCheck.check(diagnosis, subject);
            // A criterion type contributed later cannot be judged here; it must not pass silently.
            default -> Condition.notRecorded("criterion of type " + criterion.eClass().getName()
                    + " cannot be checked automatically; decide it by hand");
        };
    }

    private static CriterionResult result(EligibilityCriterion criterion, Condition condition) {
        CriterionKind kind = criterion.getKind();
        String reason = condition.reason();
        if (kind == CriterionKind.EXCLUSION) {
            reason += switch (condition.outcome()) {
                case MET -> "; exclusion applies, so the subject is not eligible";
                case NOT_MET -> "; exclusion does not apply";
                case NOT_RECORDED -> "; exclusion cannot be ruled out, so the subject is not eligible";
            };
        }
        return new CriterionResult(criterion.getCode(), criterion.getText(), kind, condition.outcome(), reason);
    }
}
