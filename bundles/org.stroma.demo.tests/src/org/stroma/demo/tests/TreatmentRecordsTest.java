package org.stroma.demo.tests;

import static org.junit.jupiter.api.Assertions.*;
import static org.stroma.demo.tests.Studies.*;

import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.stroma.model.study.*;

/** Demographics, procedures, doses, cell products, harms and deviations. */
class TreatmentRecordsTest {

    @Test
    void demographicsArePlausibleForTheDisease() {
        for (Study study : ALL) {
            List<Subject> enrolled = enrolled(study);
            long women = enrolled.stream().filter(s -> s.getSex() == Sex.FEMALE).count();
            assertTrue(women * 2 > enrolled.size(), study.getId() + ": mostly women, got " + women);
            for (Subject s : enrolled) {
                assertTrue(s.getBmi() >= 18 && s.getBmi() <= 30, s.getId() + " BMI " + s.getBmi());
                int age = ageAtScreening(s);
                if (s.getDiagnosis() == Diagnosis.SYSTEMIC_SCLEROSIS) {
                    assertTrue(age >= 35 && age <= 65, s.getId() + " aged " + age);
                } else {
                    assertTrue(age >= 18 && age <= 55, s.getId() + " aged " + age);
                }
                assertTrue(s.getConsents().get(0).isSigned(), s.getId());
            }
        }
    }

    @Test
    void sscHandSvfInjectsFourTimesAQuarterMlIntoEachFingerWithA25GNeedle() {
        Study svf = study("SSC-HAND-SVF");
        SvfFingerInjection planned = (SvfFingerInjection) svf.getArms().get(0).getInterventions().get(0);
        assertEquals(25, planned.getNeedleGauge());
        for (Subject s : completed(svf)) {
            Procedure p = s.getProcedures().get(0);
            assertEquals(ProcedureType.CELL_INJECTION, p.getType());
            assertEquals(8, p.getInjectionSites().size(), "D2-D5 of both hands");
            assertTrue(p.getInjectionSites().stream().allMatch(i -> i.getVolumeMl() == 0.25 && i.getInjectionCount() == 4));
            assertEquals(CellProductType.SVF, p.getCellProduct().getType());
            assertTrue(p.getCellProduct().getProcessingMethod().contains("closed-device"));
        }
    }

    @Test
    void sscHandRctInjectsHalfAMlOnEachSideOfEveryFingerJointOfOneHand() {
        Study rct = study("SSC-HAND-RCT");
        for (Subject s : completed(rct)) {
            boolean grafted = s.getAllocatedArm().getCode().equals("MG-SVF");
            assertEquals(grafted ? 1 : 0, s.getProcedures().size(), s.getId());
            if (grafted) {
                Procedure p = s.getProcedures().get(0);
                List<InjectionSite> joints = p.getInjectionSites().stream()
                        .filter(i -> i.getSiteName().endsWith("each side")).toList();
                assertEquals(14, joints.size());
                assertTrue(joints.stream().allMatch(i -> i.getVolumeMl() == 0.5 && i.getInjectionCount() == 2));
                assertEquals(1, p.getInjectionSites().stream().map(InjectionSite::getRegion).distinct().count(),
                        "one hand only");
                assertEquals(42.0, p.getCellProduct().getVolumeMl(), "40 mL fat with 2 mL SVF");
            }
        }
    }

    @Test
    void cellProductsAreAutologousLinkedAndWithinRange() {
        for (Study study : ALL) {
            for (Subject s : study.getSubjects()) {
                for (Procedure p : s.getProcedures()) {
                    CellProduct c = p.getCellProduct();
                    if (c != null) {
                        assertSame(s, c.getDonor(), c.getLot());
                        assertTrue(study.getCellProducts().contains(c), c.getLot());
                    }
                    assertTrue(p.getDate() != null && p.getIntervention() != null, p.getId());
                }
            }
            for (CellProduct c : study.getCellProducts()) {
                assertTrue(c.getViabilityPercent() >= 70 && c.getViabilityPercent() <= 95, c.getLot());
                assertTrue(c.getTotalCellCount() > 0, c.getLot());
                if (c.getType() == CellProductType.ADSC) {
                    assertTrue(c.getPassageNumber() >= 2 && c.getPassageNumber() <= 4, c.getLot());
                }
            }
        }
        assertEquals(6, study("LOS-FACE").getCellProducts().stream()
                .filter(c -> c.getType() == CellProductType.ADSC).count());
        assertEquals(6, study("LOS-FACE").getCellProducts().stream()
                .filter(c -> c.getType() == CellProductType.SVF).count());
    }

    @Test
    void adverseEventsAreGradedAttributedAndOneIsSeriousInEachRct() {
        for (Study study : ALL) {
            List<AdverseEvent> harms = study.getSubjects().stream().flatMap(s -> s.getAdverseEvents().stream())
                    .toList();
            assertFalse(harms.isEmpty(), study.getId());
            for (AdverseEvent ae : harms) {
                assertTrue(ae.getCtcaeGrade() >= 1 && ae.getCtcaeGrade() <= 3, ae.getId());
                assertTrue(ae.isSetRelatedness() && ae.isSetOutcome(), ae.getId());
                assertNotNull(ae.getOnsetDate(), ae.getId());
                assertEquals(ae.getOutcome() == AdverseEventOutcome.RECOVERED, ae.getResolutionDate() != null,
                        ae.getId());
            }
            long serious = harms.stream().filter(AdverseEvent::isSerious).count();
            assertEquals(study.getDesign() == StudyDesign.PARALLEL_RANDOMIZED ? 1 : 0, serious, study.getId());
        }
    }

    @Test
    void eachStudyRecordsOneOrTwoProtocolDeviations() {
        for (Study study : ALL) {
            List<ProtocolDeviation> deviations = study.getSubjects().stream()
                    .flatMap(s -> s.getProtocolDeviations().stream()).toList();
            assertTrue(deviations.size() >= 1 && deviations.size() <= 2, study.getId() + ": " + deviations.size());
            assertTrue(deviations.stream().allMatch(d -> d.getCategory() != null && d.getDescription() != null));
        }
    }

    @Test
    void aLateVisitIsReallyOutsideItsWindow() {
        for (Study study : ALL) {
            for (Subject s : study.getSubjects()) {
                if (s.getProtocolDeviations().stream().anyMatch(d -> d.getCategory().equals("visit window"))) {
                    SubjectEvent treated = s.getEvents().stream().filter(e -> e.getState() == SubjectState.TREATED)
                            .findFirst().orElseThrow();
                    SubjectEvent followed = last(s);
                    VisitDefinition visit = followed.getVisit();
                    long day = days(treated.getDate(), followed.getDate());
                    assertTrue(day > visit.getTargetDay() + visit.getWindowAfterDays(), s.getId() + " day " + day);
                }
            }
        }
    }

    private static int ageAtScreening(Subject s) {
        return Period.between(local(s.getDateOfBirth()), local(s.getEvents().get(0).getDate())).getYears();
    }

    private static long days(Date from, Date to) {
        return local(to).toEpochDay() - local(from).toEpochDay();
    }

    private static LocalDate local(Date date) {
        return date.toInstant().atZone(ZoneOffset.UTC).toLocalDate();
    }
}
