package org.stroma.demo.tests;

import static org.junit.jupiter.api.Assertions.*;
import static org.stroma.demo.tests.Studies.*;
import static org.stroma.model.study.SubjectState.*;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.stroma.demo.DemoStudies;
import org.stroma.model.study.*;

/** Each subject's CONSORT path: screening, allocation, treatment, follow-up and the reasons for leaving it. */
class ConsortFlowTest {

    @Test
    void randomizedArmsAreExactlyBalanced() {
        assertEquals(Map.of("AFG", 6L, "SVF-AFG", 6L, "ADSC-AFG", 6L), allocations(study("LOS-FACE")));
        assertEquals(Map.of("GEL-HT", 20L, "HT", 20L), allocations(study("LOS-HAIR")));
        assertEquals(Map.of("MG-SVF", 10L, "SOC", 10L), allocations(study("SSC-HAND-RCT")));
    }

    @Test
    void armsStayBalancedForOtherSeedsToo() {
        for (long seed = 1; seed <= 5; seed++) {
            List<Study> studies = DemoStudies.create(seed);
            assertEquals(Map.of("AFG", 6L, "SVF-AFG", 6L, "ADSC-AFG", 6L), allocations(studies.get(0)), "seed " + seed);
            assertEquals(Map.of("GEL-HT", 20L, "HT", 20L), allocations(studies.get(1)), "seed " + seed);
            assertEquals(Map.of("MG-SVF", 10L, "SOC", 10L), allocations(studies.get(3)), "seed " + seed);
        }
    }

    @Test
    void singleArmSubjectsAreAssignedWithoutAnAllocationStep() {
        Study svf = study("SSC-HAND-SVF");
        Arm only = svf.getArms().get(0);
        for (Subject s : enrolled(svf)) {
            assertSame(only, s.getAllocatedArm());
            assertEquals(List.of(SCREENED, ENROLLED, TREATED, FOLLOWED_UP, COMPLETED), path(s), s.getId());
        }
    }

    @Test
    void pathsFollowConsortOrderWithDatesNeverGoingBack() {
        for (Study study : ALL) {
            boolean randomized = study.getDesign() == StudyDesign.PARALLEL_RANDOMIZED;
            for (Subject s : study.getSubjects()) {
                List<SubjectState> path = path(s);
                assertEquals(SCREENED, path.get(0), s.getId());
                for (int i = 1; i < s.getEvents().size(); i++) {
                    assertFalse(s.getEvents().get(i).getDate().before(s.getEvents().get(i - 1).getDate()),
                            s.getId() + " goes back in time at " + path.get(i));
                }
                if (reached(s, EXCLUDED)) {
                    assertEquals(List.of(SCREENED, EXCLUDED), path, s.getId());
                } else if (randomized) {
                    assertEquals(List.of(SCREENED, ENROLLED, ALLOCATED), path.subList(0, 3), s.getId());
                    assertNotNull(s.getAllocatedArm(), s.getId());
                }
                if (reached(s, COMPLETED)) {
                    assertEquals(List.of(TREATED, FOLLOWED_UP, COMPLETED), path.subList(path.size() - 3, path.size()),
                            s.getId());
                }
            }
        }
    }

    @Test
    void everyExclusionWithdrawalAndLossHasAReason() {
        for (Study study : ALL) {
            for (Subject s : study.getSubjects()) {
                SubjectEvent end = last(s);
                if (end.getState() == EXCLUDED || end.getState() == WITHDRAWN || end.getState() == LOST_TO_FOLLOW_UP) {
                    assertNotNull(end.getReason(), s.getId());
                    assertFalse(end.getReason().isBlank(), s.getId());
                } else {
                    assertEquals(COMPLETED, end.getState(), s.getId() + " neither completed nor left with a reason");
                }
            }
        }
    }

    @Test
    void randomizedStudiesLoseOneOrTwoSubjects() {
        assertEquals(Map.of("LOS-FACE", 1L, "LOS-HAIR", 2L, "SSC-HAND-SVF", 0L, "SSC-HAND-RCT", 2L),
                ALL.stream().collect(Collectors.toMap(Study::getId, s -> s.getSubjects().stream()
                        .filter(x -> reached(x, WITHDRAWN) || reached(x, LOST_TO_FOLLOW_UP)).count())));
        assertEquals(List.of(17, 38, 7, 18), ALL.stream().map(s -> completed(s).size()).toList());
    }

    @Test
    void withdrawnSubjectsWithdrewTheirConsentAndWereNotTreated() {
        for (Study study : ALL) {
            for (Subject s : study.getSubjects()) {
                if (reached(s, WITHDRAWN)) {
                    assertFalse(reached(s, TREATED), s.getId() + ": all withdrawals here happen before treatment");
                    assertTrue(s.getProcedures().isEmpty() && s.getAdverseEvents().isEmpty(), s.getId());
                    assertNotNull(s.getConsents().get(0).getWithdrawnDate(), s.getId());
                }
            }
        }
        Subject withdrawn = study("SSC-HAND-RCT").getSubjects().stream().filter(s -> reached(s, WITHDRAWN))
                .findFirst().orElseThrow();
        assertEquals("SOC", withdrawn.getAllocatedArm().getCode());
    }

    @Test
    void screenFailuresMatchTheirScreeningData() {
        for (Study study : ALL) {
            for (Subject s : excluded(study)) {
                String reason = last(s).getReason();
                if (reason.contains("BMI")) {
                    assertTrue(s.getBmi() < 18, s.getId() + " " + s.getBmi());
                }
                if (reason.startsWith("I2: disease inactive") || reason.startsWith("I5: disease inactive")) {
                    assertTrue(s.getInactiveMonths() <= 12, s.getId());
                }
                if (reason.startsWith("Declined")) {
                    assertNotNull(s.getConsents().get(0).getWithdrawnDate(), s.getId());
                }
            }
        }
        assertTrue(excluded(study("LOS-HAIR")).stream()
                .anyMatch(s -> last(s).getReason().equals("I4: not enough occipital donor hair for transplantation")
                        && s.getFlags().stream().anyMatch(f -> f.getName().equals("sufficientDonorHair")
                                && !f.isValue())));
    }

    private static Map<String, Long> allocations(Study study) {
        return enrolled(study).stream()
                .collect(Collectors.groupingBy(s -> s.getAllocatedArm().getCode(), Collectors.counting()));
    }
}
