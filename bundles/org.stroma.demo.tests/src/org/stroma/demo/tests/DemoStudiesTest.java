package org.stroma.demo.tests;

import static org.junit.jupiter.api.Assertions.*;
import static org.stroma.demo.tests.Studies.*;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.Diagnostician;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl;
import org.junit.jupiter.api.Test;
import org.stroma.demo.DemoStudies;
import org.stroma.model.study.*;

/** The four demo studies as a whole: sizes, validity, ids, determinism, labelling. */
class DemoStudiesTest {

    @Test
    void fourStudiesWithTheirIdsAcronymsAndRealSizes() {
        assertEquals(List.of("LOS-FACE", "LOS-HAIR", "SSC-HAND-SVF", "SSC-HAND-RCT"),
                ALL.stream().map(Study::getId).toList());
        assertEquals(List.of("LoS-FACE", "LoS-HAIR", "SSc-HAND-SVF", "SSc-HAND-RCT"),
                ALL.stream().map(Study::getAcronym).toList());
        assertEquals(List.of("LOS-FACE", "LOS-HAIR", "SSC-HAND-SVF", "SSC-HAND-RCT"), List.of(DemoStudies.LOS_FACE,
                DemoStudies.LOS_HAIR, DemoStudies.SSC_HAND_SVF, DemoStudies.SSC_HAND_RCT));
        assertEquals(List.of(18, 40, 7, 20), ALL.stream().map(Study::getTargetEnrollment).toList());
        assertEquals(List.of(18, 40, 7, 20), ALL.stream().map(s -> enrolled(s).size()).toList());
        assertEquals(List.of(3, 5, 2, 3), ALL.stream().map(s -> excluded(s).size()).toList(),
                "screen failures beyond the enrolled");
        assertEquals(List.of(21, 45, 9, 23), ALL.stream().map(s -> s.getSubjects().size()).toList());
        for (Study study : ALL) {
            assertTrue(excluded(study).stream().noneMatch(s -> reached(s, SubjectState.ENROLLED)), study.getId());
            assertTrue(excluded(study).stream().allMatch(s -> s.getSubjectId() == null),
                    "subject numbers are given at enrolment");
        }
    }

    @Test
    void designsArmsAndSites() {
        assertEquals(List.of(StudyDesign.PARALLEL_RANDOMIZED, StudyDesign.PARALLEL_RANDOMIZED, StudyDesign.SINGLE_ARM,
                StudyDesign.PARALLEL_RANDOMIZED), ALL.stream().map(Study::getDesign).toList());
        assertEquals(List.of(List.of("AFG", "SVF-AFG", "ADSC-AFG"), List.of("GEL-HT", "HT"), List.of("SVF"),
                List.of("MG-SVF", "SOC")), ALL.stream().map(s -> s.getArms().stream().map(Arm::getCode).toList())
                        .toList());
        assertEquals(Masking.OPEN_LABEL, study("SSC-HAND-RCT").getMasking());
        for (Study study : ALL) {
            int sites = study.getSites().size();
            assertTrue(sites == 1 || sites == 2, study.getId() + " has " + sites + " sites");
            assertTrue(study.getSubjects().stream().allMatch(s -> study.getSites().contains(s.getSite())));
        }
    }

    @Test
    void syntheticAndRegisteredWithFakeIdentifiers() {
        for (Study study : ALL) {
            assertTrue(study.isSynthetic(), study.getId());
            assertEquals(1, study.getRegistrations().size());
            assertTrue(study.getRegistrations().get(0).getIdentifier().contains("-DEMO-"),
                    study.getRegistrations().get(0).getIdentifier());
        }
        assertEquals(Registry.CHICTR, study("LOS-FACE").getRegistrations().get(0).getRegistry());
        assertEquals("ChiCTR-DEMO-0001", study("LOS-FACE").getRegistrations().get(0).getIdentifier());
        assertEquals("NCT-DEMO-0002", study("LOS-HAIR").getRegistrations().get(0).getIdentifier());
    }

    @Test
    void everyStudyPassesTheGeneratedValidatorInsideAResource() {
        for (Study study : ALL) {
            Study copy = EcoreUtil.copy(study);
            Resource resource = new XMIResourceImpl(URI.createURI("memory:/" + study.getId() + ".xmi"));
            resource.getContents().add(copy); // in a resource the validator also checks ids are unique
            Diagnostic d = Diagnostician.INSTANCE.validate(copy);
            assertEquals(Diagnostic.OK, d.getSeverity(), () -> study.getId() + messages(d));
        }
    }

    @Test
    void idsAreReadableUniqueAndValidAcrossAllFourStudies() {
        Set<String> ids = new HashSet<>();
        int objects = 0;
        for (Study study : ALL) {
            for (EObject o : (Iterable<EObject>) () -> EcoreUtil.getAllProperContents(study, true)) {
                String id = ((Identified) o).getId();
                assertNotNull(id, o.toString());
                assertTrue(id.matches("[A-Za-z0-9][A-Za-z0-9-]*"), id);
                assertTrue(id.startsWith(study.getId() + "-"), id);
                assertTrue(ids.add(id), "duplicate id " + id);
                objects++;
            }
        }
        assertEquals(objects, ids.size());
        Subject first = study("LOS-FACE").getSubjects().get(0);
        assertEquals("LOS-FACE-S001", first.getId());
        assertEquals("S001", first.getScreeningId());
        assertEquals("LOS-FACE-S001-EV1", first.getEvents().get(0).getId());
        Subject enrolled = enrolled(study("LOS-FACE")).get(0);
        assertEquals("LOS-FACE-" + enrolled.getScreeningId() + "-SCR-LOSCAT", enrolled.getAssessments().get(0).getId());
        assertEquals("LOS-FACE-" + enrolled.getScreeningId() + "-SCR-LOSCAT-ITEM-head-subcutaneousAtrophy",
                enrolled.getAssessments().get(0).getItemValues().stream()
                        .filter(v -> v.getCode().equals("head.subcutaneousAtrophy")).findFirst().orElseThrow().getId());
    }

    @Test
    void sameSeedGivesEqualStudiesAndAnotherSeedDifferentOnes() {
        List<Study> again = DemoStudies.create(SEED);
        List<Study> other = DemoStudies.create(SEED + 1);
        for (int i = 0; i < ALL.size(); i++) {
            assertNotSame(ALL.get(i), again.get(i));
            assertTrue(EcoreUtil.equals(ALL.get(i), again.get(i)), ALL.get(i).getId() + " differs for the same seed");
            assertFalse(EcoreUtil.equals(ALL.get(i), other.get(i)), ALL.get(i).getId() + " same for another seed");
        }
    }

    @Test
    void survivesAnXmiRoundTripUnchanged() throws IOException {
        for (Study study : ALL) {
            XMIResourceImpl out = new XMIResourceImpl(URI.createURI("memory:/out.xmi"));
            out.getContents().add(EcoreUtil.copy(study));
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            out.save((OutputStream) bytes, Map.of());
            XMIResourceImpl in = new XMIResourceImpl(URI.createURI("memory:/in.xmi"));
            in.load((InputStream) new ByteArrayInputStream(bytes.toByteArray()), Map.of());
            assertTrue(EcoreUtil.equals(study, in.getContents().get(0)), study.getId());
            System.out.printf("%-13s xmi %,9d bytes%n", study.getId(), bytes.size());
        }
    }

    /** Not a check: prints what each study holds, for a reader of the test log. */
    @Test
    void printsWhatEachStudyHolds() {
        for (Study study : ALL) {
            Map<String, Long> perVisit = new TreeMap<>(study.getSubjects().stream()
                    .flatMap(s -> s.getAssessments().stream())
                    .collect(Collectors.groupingBy(a -> a.getVisit().getCode() + ":" + a.getInstrumentId(),
                            Collectors.counting())));
            List<AdverseEvent> harms = study.getSubjects().stream().flatMap(s -> s.getAdverseEvents().stream())
                    .toList();
            System.out.printf("%s: screened %d, excluded %d, enrolled %d, completed %d, withdrawn %d, lost %d;"
                    + " AEs %d (serious %d); deviations %d; cell products %d; objects %d%n  assessments %s%n",
                    study.getId(), study.getSubjects().size(), excluded(study).size(), enrolled(study).size(),
                    completed(study).size(),
                    study.getSubjects().stream().filter(s -> reached(s, SubjectState.WITHDRAWN)).count(),
                    study.getSubjects().stream().filter(s -> reached(s, SubjectState.LOST_TO_FOLLOW_UP)).count(),
                    harms.size(), harms.stream().filter(AdverseEvent::isSerious).count(),
                    study.getSubjects().stream().mapToInt(s -> s.getProtocolDeviations().size()).sum(),
                    study.getCellProducts().size(), count(study), perVisit);
        }
    }

    private static long count(Study study) {
        long n = 0;
        for (var i = study.eAllContents(); i.hasNext(); i.next()) {
            n++;
        }
        return n;
    }

    static String messages(Diagnostic d) {
        StringBuilder sb = new StringBuilder();
        for (Diagnostic child : d.getChildren()) {
            sb.append("\n  ").append(child.getMessage());
        }
        return sb.toString();
    }
}
