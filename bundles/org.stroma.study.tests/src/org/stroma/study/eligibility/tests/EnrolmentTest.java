package org.stroma.study.eligibility.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.stroma.study.eligibility.tests.AlopeciaTrial.eligibleSubject;
import static org.stroma.study.eligibility.tests.AlopeciaTrial.study;
import static org.stroma.study.eligibility.tests.Reports.evaluate;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.stroma.model.study.Subject;
import org.stroma.model.study.SubjectState;
import org.stroma.study.eligibility.Enrolment;
import org.stroma.study.eligibility.EnrolmentDecision;
import org.stroma.study.records.CalendarDays;

/** Recording an enrolment on the subject's path, with and without an override. */
class EnrolmentTest {

    private static final LocalDate DAY = LocalDate.of(2026, 11, 22);

    @Test
    void anEligibleSubjectIsEnrolledWithoutAnOverride() {
        Subject s = eligibleSubject();
        Enrolment.record(s, EnrolmentDecision.decide(evaluate(study(), s)), DAY, "dr.chen");
        assertEquals(SubjectState.ENROLLED, Enrolment.currentState(s));
        assertEquals(DAY, CalendarDays.day(s.getEvents().get(s.getEvents().size() - 1).getDate()));
        assertNull(s.getEligibilityOverride());
    }

    @Test
    void anIneligibleSubjectIsEnrolledOnlyWithTheOverrideRecorded() {
        Subject s = eligibleSubject();
        s.setBmi(16.2); // criterion I7 is BMI 17 or more
        int events = s.getEvents().size();

        IllegalStateException refused = assertThrows(IllegalStateException.class,
                () -> Enrolment.record(s, EnrolmentDecision.decide(evaluate(study(), s)), DAY, "dr.chen"));
        assertTrue(refused.getMessage().contains("I7"), refused.getMessage());
        assertEquals(events, s.getEvents().size(), "nothing recorded when refused");

        Enrolment.record(s, EnrolmentDecision.decide(evaluate(study(), s), "sponsor approval 2026-11-20"), DAY,
                "dr.chen");
        assertEquals(List.of("I7"), s.getEligibilityOverride().getCriterionCodes());
        assertEquals("sponsor approval 2026-11-20", s.getEligibilityOverride().getReason());
        assertEquals("dr.chen", s.getEligibilityOverride().getApprovedBy());
        assertEquals(SubjectState.ENROLLED, Enrolment.currentState(s));
    }

    @Test
    void aSubjectIsEnrolledOnce() {
        Subject s = eligibleSubject();
        Enrolment.record(s, EnrolmentDecision.decide(evaluate(study(), s)), DAY, "dr.chen");
        IllegalStateException again = assertThrows(IllegalStateException.class,
                () -> Enrolment.record(s, EnrolmentDecision.decide(evaluate(study(), s)), DAY, "dr.chen"));
        assertTrue(again.getMessage().contains("is enrolled, not screened"), again.getMessage());
    }
}
