package org.stroma.study.eligibility.tests;

import static org.stroma.demo.Make.diagnosis;
import static org.stroma.demo.Make.flag;
import static org.stroma.demo.Make.flagValue;
import static org.stroma.demo.Make.numericValue;
import static org.stroma.demo.Make.range;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;

import org.stroma.model.study.Consent;
import org.stroma.model.study.CriterionKind;
import org.stroma.model.study.Diagnosis;
import org.stroma.model.study.EligibilityCriterion;
import org.stroma.model.study.Study;
import org.stroma.model.study.StudyFactory;
import org.stroma.model.study.Subject;

/**
 * The LoS alopecia trial's inclusion list as domain.md gives it, written out here so each
 * test's expected outcome can be read beside the criterion, and a subject who meets all of it
 * on {@link #AS_OF}. Built with the demo's public builders.
 */
final class AlopeciaTrial {

    static final StudyFactory F = StudyFactory.eINSTANCE;
    static final LocalDate AS_OF = LocalDate.of(2026, 11, 22);

    private AlopeciaTrial() {
    }

    static Study study(EligibilityCriterion... extra) {
        Study study = F.createStudy();
        study.setId("LOS-ALOPECIA-HT");
        study.getEligibilityCriteria().addAll(List.of(
                diagnosis("I1", "Localized scleroderma confirmed (LoSCAT may support the diagnosis)",
                        Diagnosis.LOCALIZED_SCLERODERMA, "loscat"),
                flag("I2", "Secondary alopecia caused by localized scleroderma", "secondaryAlopeciaFromLoS", true),
                range("I3", "Alopecia present for more than 6 months", "alopeciaDurationMonths", 6.0, false, null, true),
                flag("I4", "Enough donor hair for transplantation", "sufficientDonorHair", true),
                range("I5", "Disease inactive for more than a year", "inactiveMonths", 12.0, false, null, true),
                flag("I6", "Fit for anaesthesia and surgery", "fitForSurgery", true),
                range("I7", "BMI >= 17", "bmi", 17.0, true, null, true),
                range("I8", "Age 18 to 59 years", "ageYears", 18.0, true, 59.0, true),
                flag("I9", "Informed consent signed", "consentSigned", true)));
        study.getEligibilityCriteria().addAll(List.of(extra));
        return study;
    }

    /** 36 years old on AS_OF, BMI 23.4, alopecia for 40 months, inactive for 30, consent signed. */
    static Subject eligibleSubject() {
        Subject s = F.createSubject();
        s.setScreeningId("S01");
        s.setDateOfBirth(date("1990-01-20"));
        s.setBmi(23.4);
        s.setDiagnosis(Diagnosis.LOCALIZED_SCLERODERMA);
        s.setSubtype("linear scleroderma en coup de sabre");
        s.setDiseaseDurationMonths(96);
        s.setDiseaseActive(false);
        s.setInactiveMonths(30);
        s.getFlags().addAll(List.of(flagValue("secondaryAlopeciaFromLoS", true),
                flagValue("sufficientDonorHair", true), flagValue("fitForSurgery", true)));
        s.getNumericValues().add(numericValue("alopeciaDurationMonths", 40));
        s.getConsents().add(consent("2026-11-02"));
        return s;
    }

    static Date date(String isoDate) {
        return Date.from(LocalDate.parse(isoDate).atStartOfDay(ZoneOffset.UTC).toInstant());
    }

    static <T extends EligibilityCriterion> T exclusion(T criterion) {
        criterion.setKind(CriterionKind.EXCLUSION);
        return criterion;
    }

    static Consent consent(String date) {
        Consent c = F.createConsent();
        c.setDate(date(date));
        c.setVersion("1.0");
        c.setSigned(true);
        return c;
    }

}
