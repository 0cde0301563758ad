package org.stroma.study.eligibility.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.stroma.study.eligibility.CriterionOutcome.MET;
import static org.stroma.study.eligibility.CriterionOutcome.NOT_MET;
import static org.stroma.study.eligibility.CriterionOutcome.NOT_RECORDED;
import static org.stroma.study.eligibility.tests.AlopeciaTrial.date;
import static org.stroma.demo.Make.diagnosis;
import static org.stroma.study.eligibility.tests.AlopeciaTrial.eligibleSubject;
import static org.stroma.study.eligibility.tests.AlopeciaTrial.exclusion;
import static org.stroma.demo.Make.flag;
import static org.stroma.demo.Make.flagValue;
import static org.stroma.study.eligibility.tests.AlopeciaTrial.study;
import static org.stroma.study.eligibility.tests.Reports.evaluate;
import static org.stroma.study.eligibility.tests.Reports.result;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.stroma.model.study.CriterionKind;
import org.stroma.model.study.Diagnosis;
import org.stroma.model.study.Subject;
import org.stroma.study.eligibility.CriterionResult;
import org.stroma.study.eligibility.EligibilityReport;

/** The whole LoS alopecia list: diagnosis, flags, consent, exclusions and the report. */
class EligibilityEvaluatorTest {

    @Test
    void eligibleSubjectMeetsEveryCriterionInProtocolOrder() {
        EligibilityReport report = evaluate(study(), eligibleSubject());
        assertEquals(List.of("I1", "I2", "I3", "I4", "I5", "I6", "I7", "I8", "I9"),
                report.results().stream().map(CriterionResult::code).toList());
        assertTrue(report.results().stream().allMatch(r -> r.outcome() == MET), report.results()::toString);
        assertTrue(report.eligible());
        assertTrue(report.failures().isEmpty());
        assertEquals("S01 on 2026-11-22: eligible (9 of 9 passed)", report.summary());
        assertEquals("BMI >= 17", result(report, "I7").text());
        assertEquals(CriterionKind.INCLUSION, result(report, "I7").kind());
    }

    @Test
    void wrongDiagnosisIsNotMet() {
        Subject s = eligibleSubject();
        s.setDiagnosis(Diagnosis.SYSTEMIC_SCLEROSIS);
        EligibilityReport report = evaluate(study(), s);
        CriterionResult i1 = result(report, "I1");
        assertEquals(NOT_MET, i1.outcome());
        assertEquals("diagnosis systemic sclerosis is not localized scleroderma", i1.reason());
        assertFalse(report.eligible());
    }

    @Test
    void diagnosisNotRecordedIsNotReadAsTheFirstLiteral() {
        Subject s = eligibleSubject();
        s.unsetDiagnosis();
        assertEquals(NOT_RECORDED, result(evaluate(study(), s), "I1").outcome());
    }

    @Test
    void subtypeOutsideTheAllowedListIsNotMet() {
        var d1 = diagnosis("D1", "Linear LoS", Diagnosis.LOCALIZED_SCLERODERMA, null, "linear", "en coup de sabre");
        Subject s = eligibleSubject();
        s.setSubtype("morphea");
        CriterionResult result = result(evaluate(study(d1), s), "D1");
        assertEquals(NOT_MET, result.outcome());
        assertEquals("subtype 'morphea' is not one of linear, en coup de sabre", result.reason());
        s.setSubtype("En coup de sabre");
        assertEquals(MET, result(evaluate(study(d1), s), "D1").outcome());
    }

    @Test
    void flagWithTheWrongValueIsNotMet() {
        Subject s = eligibleSubject();
        s.getFlags().removeIf(f -> f.getName().equals("fitForSurgery"));
        s.getFlags().add(flagValue("fitForSurgery", false));
        CriterionResult i6 = result(evaluate(study(), s), "I6");
        assertEquals(NOT_MET, i6.outcome());
        assertEquals("fit for surgery is no; expected yes", i6.reason());
    }

    @Test
    void consentWithdrawnBeforeTheScreeningDateIsNotMet() {
        Subject s = eligibleSubject();
        s.getConsents().get(0).setWithdrawnDate(date("2026-11-20"));
        EligibilityReport report = evaluate(study(), s);
        CriterionResult i9 = result(report, "I9");
        assertEquals(NOT_MET, i9.outcome());
        assertTrue(i9.reason().contains("withdrawn on 2026-11-20"), i9.reason());
        assertFalse(report.eligible());
    }

    @Test
    void consentWithdrawnOnTheScreeningDateIsNotMetButLaterIsStillInForce() {
        Subject s = eligibleSubject();
        s.getConsents().get(0).setWithdrawnDate(date("2026-11-22"));
        assertEquals(NOT_MET, result(evaluate(study(), s), "I9").outcome());
        s.getConsents().get(0).setWithdrawnDate(date("2026-11-23"));
        assertEquals(MET, result(evaluate(study(), s), "I9").outcome());
    }

    @Test
    void noConsentAtAllIsNotMet() {
        Subject s = eligibleSubject();
        s.getConsents().clear();
        assertEquals(NOT_MET, result(evaluate(study(), s), "I9").outcome());
    }

    @Test
    void exclusionThatHoldsMakesTheSubjectIneligible() {
        var e1 = exclusion(flag("E1", "Active scalp infection", "scalpInfection", true));
        Subject s = eligibleSubject();
        s.getFlags().add(flagValue("scalpInfection", true));
        EligibilityReport report = evaluate(study(e1), s);
        CriterionResult result = result(report, "E1");
        assertEquals(MET, result.outcome());
        assertEquals(CriterionKind.EXCLUSION, result.kind());
        assertTrue(result.reason().endsWith("the subject is not eligible"), result.reason());
        assertFalse(report.eligible());
        assertEquals(List.of("E1"), report.failures().stream().map(CriterionResult::code).toList());
        assertEquals("S01 on 2026-11-22: not eligible (9 of 10 passed; E1 applies)", report.summary());
    }

    @Test
    void exclusionThatDoesNotHoldKeepsTheSubjectEligible() {
        var e1 = exclusion(flag("E1", "Active scalp infection", "scalpInfection", true));
        Subject s = eligibleSubject();
        s.getFlags().add(flagValue("scalpInfection", false));
        EligibilityReport report = evaluate(study(e1), s);
        assertEquals(NOT_MET, result(report, "E1").outcome());
        assertTrue(report.eligible());
    }

    @Test
    void exclusionNotRecordedBlocksEnrolment() {
        var e1 = exclusion(flag("E1", "Active scalp infection", "scalpInfection", true));
        EligibilityReport report = evaluate(study(e1), eligibleSubject());
        assertEquals(NOT_RECORDED, result(report, "E1").outcome());
        assertFalse(report.eligible());
    }

    @Test
    void booleanSubjectFieldLeftAtItsDefaultIsRecorded() {
        // diseaseActive is not unsettable: false is a value, not "not entered".
        var e2 = exclusion(flag("E2", "Disease active", "diseaseActive", true));
        EligibilityReport report = evaluate(study(e2), eligibleSubject());
        assertEquals(NOT_MET, result(report, "E2").outcome());
        assertTrue(report.eligible());
    }
}
