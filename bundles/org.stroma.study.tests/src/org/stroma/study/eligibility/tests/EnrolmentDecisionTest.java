package org.stroma.study.eligibility.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.stroma.study.eligibility.tests.AlopeciaTrial.date;
import static org.stroma.study.eligibility.tests.AlopeciaTrial.eligibleSubject;
import static org.stroma.study.eligibility.tests.AlopeciaTrial.study;
import static org.stroma.study.eligibility.tests.Reports.evaluate;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.stroma.model.study.Subject;
import org.stroma.study.eligibility.EligibilityReport;
import org.stroma.study.eligibility.EnrolmentDecision;
import org.stroma.study.eligibility.EnrolmentDecision.Verdict;

class EnrolmentDecisionTest {

    /** BMI 16.2 (I7) and 61 years old (I8): fails two criteria. */
    private static EligibilityReport ineligible() {
        Subject s = eligibleSubject();
        s.setBmi(16.2);
        s.setDateOfBirth(date("1965-02-11"));
        return evaluate(study(), s);
    }

    @Test
    void eligibleSubjectMayBeEnrolledWithoutOverride() {
        EnrolmentDecision d = EnrolmentDecision.decide(evaluate(study(), eligibleSubject()));
        assertEquals(Verdict.ELIGIBLE, d.verdict());
        assertTrue(d.mayProceed());
        assertFalse(d.overridden());
        assertEquals(List.of(), d.overriddenCodes());
    }

    @Test
    void ineligibleWithoutOverrideIsRefusedListingEachFailure() {
        EnrolmentDecision d = EnrolmentDecision.decide(ineligible(), null);
        assertEquals(Verdict.REFUSED, d.verdict());
        assertFalse(d.mayProceed());
        assertTrue(d.message().contains("\n  I7: BMI 16.2 is below the minimum 17 (inclusive)"), d.message());
        assertTrue(d.message().contains("\n  I8: age 61 years on 2026-11-22 is above the maximum 59 (inclusive)"),
                d.message());
    }

    @Test
    void blankOverrideReasonIsRefused() {
        EnrolmentDecision d = EnrolmentDecision.decide(ineligible(), "   ");
        assertEquals(Verdict.REFUSED, d.verdict());
        assertFalse(d.mayProceed());
        assertEquals(List.of(), d.overriddenCodes());
        assertTrue(d.message().contains("blank"), d.message());
    }

    @Test
    void overrideWithReasonIsAllowedAndListsTheOverriddenCodes() {
        EnrolmentDecision d = EnrolmentDecision.decide(ineligible(), "  Approved by the sponsor on 2026-11-21 ");
        assertEquals(Verdict.OVERRIDDEN, d.verdict());
        assertTrue(d.mayProceed());
        assertTrue(d.overridden());
        assertEquals(List.of("I7", "I8"), d.overriddenCodes());
        assertEquals("Approved by the sponsor on 2026-11-21", d.overrideReason());
    }

    @Test
    void overrideReasonIsIgnoredForAnEligibleSubject() {
        EnrolmentDecision d = EnrolmentDecision.decide(evaluate(study(), eligibleSubject()), "not needed");
        assertEquals(Verdict.ELIGIBLE, d.verdict());
        assertNull(d.overrideReason());
    }
}
