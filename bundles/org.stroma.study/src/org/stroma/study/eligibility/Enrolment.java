package org.stroma.study.eligibility;

import java.time.LocalDate;

import org.stroma.model.study.EligibilityOverride;
import org.stroma.model.study.StudyFactory;
import org.stroma.model.study.Subject;
import org.stroma.model.study.SubjectEvent;
import org.stroma.model.study.SubjectState;
import org.stroma.study.records.CalendarDays;
import org.stroma.study.records.DomainWords;

/**
 * Records a subject's enrolment on the subject's path, with the override when one was needed.
 * The caller saves the study, which audits both.
 */
public final class Enrolment {

    private Enrolment() {
    }

    /**
     * Enrols a subject as the decision allows.
     *
     * @param decision   from {@link EnrolmentDecision#decide(EligibilityReport, String)}
     * @param approvedBy who gives the override (the signed-in investigator)
     * @throws IllegalStateException with the decision's message when enrolment is refused, or
     *                               when the subject is already enrolled or excluded; nothing
     *                               is changed then
     */
    public static SubjectEvent record(Subject subject, EnrolmentDecision decision, LocalDate day, String approvedBy) {
        if (!decision.mayProceed()) {
            throw new IllegalStateException(decision.message());
        }
        SubjectState state = currentState(subject);
        if (state != SubjectState.SCREENED) {
            throw new IllegalStateException(label(subject) + " is " + DomainWords.literal(state)
                    + ", not screened; only a screened subject can be enrolled");
        }
        if (decision.overridden()) {
            EligibilityOverride override = StudyFactory.eINSTANCE.createEligibilityOverride();
            override.setReason(decision.overrideReason());
            override.getCriterionCodes().addAll(decision.overriddenCodes());
            override.setApprovedBy(approvedBy);
            override.setDate(CalendarDays.date(day));
            subject.setEligibilityOverride(override);
        }
        SubjectEvent enrolled = StudyFactory.eINSTANCE.createSubjectEvent();
        enrolled.setState(SubjectState.ENROLLED);
        enrolled.setDate(CalendarDays.date(day));
        enrolled.setReason(decision.overridden() ? "eligibility override: " + decision.overrideReason() : "");
        subject.getEvents().add(enrolled);
        return enrolled;
    }

    /** The last state on the subject's path; a subject with no events has been screened. */
    public static SubjectState currentState(Subject subject) {
        return subject.getEvents().isEmpty() ? SubjectState.SCREENED
                : subject.getEvents().get(subject.getEvents().size() - 1).getState();
    }

    private static String label(Subject subject) {
        return subject.getSubjectId() != null ? subject.getSubjectId() : subject.getScreeningId();
    }
}
