package org.stroma.study.eligibility.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.stroma.study.eligibility.CriterionOutcome.MET;
import static org.stroma.study.eligibility.CriterionOutcome.NOT_MET;
import static org.stroma.study.eligibility.CriterionOutcome.NOT_RECORDED;
import static org.stroma.study.eligibility.tests.AlopeciaTrial.date;
import static org.stroma.study.eligibility.tests.AlopeciaTrial.eligibleSubject;
import static org.stroma.demo.Make.numericValue;
import static org.stroma.demo.Make.range;
import static org.stroma.study.eligibility.tests.AlopeciaTrial.study;
import static org.stroma.study.eligibility.tests.Reports.evaluate;
import static org.stroma.study.eligibility.tests.Reports.result;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.stroma.model.study.Subject;
import org.stroma.study.eligibility.CriterionOutcome;
import org.stroma.study.eligibility.CriterionResult;
import org.stroma.study.eligibility.EligibilityReport;

/** Numeric ranges of the LoS alopecia trial at and around their bounds, on 2026-11-22. */
class RangeCriteriaTest {

    @Test
    void bmiBelowTheInclusiveMinimumIsNotMet() {
        Subject s = eligibleSubject();
        s.setBmi(16.9);
        CriterionResult bmi = result(evaluate(study(), s), "I7");
        assertEquals(NOT_MET, bmi.outcome());
        assertEquals("BMI 16.9 is below the minimum 17 (inclusive)", bmi.reason());
    }

    @Test
    void bmiExactlyAtTheInclusiveMinimumIsMet() {
        Subject s = eligibleSubject();
        s.setBmi(17.0);
        CriterionResult bmi = result(evaluate(study(), s), "I7");
        assertEquals(MET, bmi.outcome());
        assertEquals("BMI 17 is at least 17", bmi.reason());
    }

    @ParameterizedTest(name = "born {0}: age {1} on 2026-11-22 -> {2}")
    @CsvSource({
            "2008-11-22, 18, MET",      // 18th birthday
            "2008-11-23, 17, NOT_MET",  // one day short of 18
            "1967-11-22, 59, MET",      // 59th birthday
            "1966-11-23, 59, MET",      // last day of being 59
            "1966-11-22, 60, NOT_MET",  // 60th birthday
    })
    void ageIsWholeYearsOnTheScreeningDate(String born, int age, CriterionOutcome expected) {
        Subject s = eligibleSubject();
        s.setDateOfBirth(date(born));
        CriterionResult result = result(evaluate(study(), s), "I8");
        assertEquals(expected, result.outcome());
        assertTrue(result.reason().startsWith("age " + age + " years on 2026-11-22 "), result.reason());
    }

    @Test
    void ageAboveTheMaximumNamesAgeDateAndBound() {
        Subject s = eligibleSubject();
        s.setDateOfBirth(date("1965-02-11"));
        assertEquals("age 61 years on 2026-11-22 is above the maximum 59 (inclusive)",
                result(evaluate(study(), s), "I8").reason());
    }

    @Test
    void alopeciaOfExactlySixMonthsIsNotMoreThanSix() {
        Subject s = eligibleSubject();
        s.getNumericValues().clear();
        s.getNumericValues().add(numericValue("alopeciaDurationMonths", 6));
        CriterionResult i3 = result(evaluate(study(), s), "I3");
        assertEquals(NOT_MET, i3.outcome());
        assertEquals("alopecia duration 6 months is not above the minimum 6 (exclusive)", i3.reason());
    }

    @Test
    void alopeciaOfSevenMonthsIsMet() {
        Subject s = eligibleSubject();
        s.getNumericValues().clear();
        s.getNumericValues().add(numericValue("alopeciaDurationMonths", 7));
        assertEquals(MET, result(evaluate(study(), s), "I3").outcome());
    }

    @Test
    void diseaseInactiveForElevenMonthsIsNotMet() {
        Subject s = eligibleSubject();
        s.setInactiveMonths(11);
        CriterionResult i5 = result(evaluate(study(), s), "I5");
        assertEquals(NOT_MET, i5.outcome());
        assertEquals("disease inactive 11 months is below the minimum 12 (exclusive)", i5.reason());
    }

    @Test
    void missingBmiIsNotRecordedAndBlocksEnrolment() {
        Subject s = eligibleSubject();
        s.unsetBmi();
        EligibilityReport report = evaluate(study(), s);
        CriterionResult bmi = result(report, "I7");
        assertEquals(NOT_RECORDED, bmi.outcome());
        assertEquals("BMI not recorded", bmi.reason());
        assertFalse(report.eligible());
        assertEquals(List.of("I7"), report.failures().stream().map(CriterionResult::code).toList());
    }

    @Test
    void missingScreeningValueIsNotRecorded() {
        Subject s = eligibleSubject();
        s.getNumericValues().clear();
        CriterionResult i3 = result(evaluate(study(), s), "I3");
        assertEquals(NOT_RECORDED, i3.outcome());
        assertTrue(i3.reason().startsWith("alopecia duration not recorded"), i3.reason());
    }

    @Test
    void unknownAttributeIsNotRecordedAndNamed() {
        var x1 = range("X1", "Hair density at least 40 per cm2", "hairDensityPerCm2", 40.0, true, null, true);
        EligibilityReport report = evaluate(study(x1), eligibleSubject());
        CriterionResult result = result(report, "X1");
        assertEquals(NOT_RECORDED, result.outcome());
        assertTrue(result.reason().contains("'hairDensityPerCm2'"), result.reason());
        assertFalse(report.eligible());
    }

    @Test
    void subjectFieldWinsOverAScreeningValueOfTheSameName() {
        Subject s = eligibleSubject();
        s.getNumericValues().add(numericValue("bmi", 12.0));
        assertEquals(MET, result(evaluate(study(), s), "I7").outcome());
    }

    @Test
    void screeningValueEnteredTwiceWithDifferentValuesIsNotRecorded() {
        Subject s = eligibleSubject();
        s.getNumericValues().add(numericValue("alopeciaDurationMonths", 5));
        CriterionResult i3 = result(evaluate(study(), s), "I3");
        assertEquals(NOT_RECORDED, i3.outcome());
        assertTrue(i3.reason().contains("40, 5"), i3.reason());
    }
}
