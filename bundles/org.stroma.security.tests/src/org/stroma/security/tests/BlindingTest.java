package org.stroma.security.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.test.common.annotation.InjectService;
import org.osgi.test.junit5.service.ServiceExtension;
import org.stroma.exchange.odm.OdmExport;
import org.stroma.model.study.Arm;
import org.stroma.model.study.Assessment;
import org.stroma.model.study.Masking;
import org.stroma.model.study.Study;
import org.stroma.model.study.Subject;
import org.stroma.model.study.StudyFactory;
import org.stroma.security.AccessControl;
import org.stroma.security.AccessDeniedException;
import org.stroma.security.StudyAccess;
import org.stroma.store.AuditEntry;
import org.stroma.store.StudyStore;

/** The allocated arm reaches a blinded user nowhere: study, audit trail, exports, errors; and saves keep it. */
@ExtendWith(ServiceExtension.class)
class BlindingTest {

    private static final String STUDY = "LOS-FACE";

    @InjectService
    StudyStore store;

    @InjectService
    AccessControl control;

    @InjectService
    OdmExport odm;

    @TempDir
    Path temp;

    private DemoWorkspace demo;
    private Study truth;
    private Set<String> armIds;

    @BeforeEach
    void openDemo() {
        demo = DemoWorkspace.create(store, control, temp.resolve("demo"));
        truth = demo.database.loadStudy(STUDY).orElseThrow();
        armIds = truth.getArms().stream().map(Arm::getId).collect(Collectors.toSet());
        assertTrue(truth.getSubjects().stream().anyMatch(s -> s.getAllocatedArm() != null), "the demo allocates");
        assertFalse(truth.getCellProducts().isEmpty() && truth.getSubjects().stream()
                .allMatch(s -> s.getProcedures().isEmpty()), "the demo records treatment");
    }

    @AfterEach
    void close() {
        demo.close();
    }

    @Test
    void theAssessorsStudyHoldsNoAllocationProcedureOrCellProduct() {
        Study seen = demo.studies("assessor").loadStudy(STUDY).orElseThrow();
        assertEquals(truth.getSubjects().size(), seen.getSubjects().size(), "every subject is still seen");
        for (Subject subject : seen.getSubjects()) {
            assertNull(subject.getAllocatedArm(), subject.getId());
            assertTrue(subject.getProcedures().isEmpty(), subject.getId());
            subject.getAdverseEvents().forEach(ae -> assertNull(ae.getProcedure(), ae.getId()));
        }
        assertTrue(seen.getCellProducts().isEmpty());
        assertEquals(truth.getArms().size(), seen.getArms().size(), "the design's arms are no secret");
        Study unblinded = demo.studies("investigator").loadStudy(STUDY).orElseThrow();
        assertNotNull(unblinded.getSubjects().stream().filter(s -> s.getAllocatedArm() != null).findFirst()
                .orElse(null), "the investigator of an assessor-blinded study sees the arm");
    }

    @Test
    void theAssessorsAuditTrailNamesNoArmAndNoTreatmentValue() {
        StudyAccess assessor = demo.studies("assessor");
        List<AuditEntry> rows = assessor.auditTrail(STUDY, STUDY);
        assertFalse(rows.isEmpty());
        for (AuditEntry row : rows) {
            for (String value : new String[] { row.oldValue(), row.newValue() }) {
                assertFalse(value != null && armIds.contains(value), "row " + row.sequence() + " names an arm");
            }
            if (row.field().equals("allocatedArm") || row.type().equals("Procedure")) {
                assertTrue(row.newValue() == null || row.newValue().equals("(blinded)"), row.toString());
            }
        }
        List<AuditEntry> open = demo.studies("investigator").auditTrail(STUDY, STUDY);
        assertTrue(open.stream().anyMatch(r -> armIds.contains(r.newValue())), "unblinded users see the values");
    }

    @Test
    void anExportByABlindedUserNamesNoArm() throws Exception {
        Study study = demo.database.loadStudy(STUDY).orElseThrow();
        study.setMasking(Masking.DOUBLE_BLIND);
        demo.studies("investigator").saveStudy(study, "double-blind from now on");
        StudyAccess investigator = demo.studies("investigator");
        Study seen = investigator.loadStudy(STUDY).orElseThrow();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        odm.write(seen, investigator.auditTrail(STUDY, STUDY), Instant.now(), out);
        String xml = out.toString(StandardCharsets.UTF_8);
        for (String arm : armIds) {
            assertFalse(xml.contains("Arm=\"" + arm + "\""), arm + " allocated in the export");
        }
        assertTrue(xml.contains("(blinded)"), "the audit rows about treatment are kept, their values withheld");
        ByteArrayOutputStream unblinded = new ByteArrayOutputStream();
        StudyAccess statistician = demo.studies("statistician");
        odm.write(statistician.loadStudy(STUDY).orElseThrow(), statistician.auditTrail(STUDY, STUDY), Instant.now(),
                unblinded);
        assertTrue(armIds.stream().anyMatch(arm -> unblinded.toString(StandardCharsets.UTF_8)
                .contains("Arm=\"" + arm + "\"")), "the unblinded statistician's export has the allocations");
    }

    @Test
    void anAssessmentSavedByTheAssessorKeepsTheAllocationAndTreatment() {
        StudyAccess assessor = demo.studies("assessor");
        Study seen = assessor.loadStudy(STUDY).orElseThrow();
        Subject subject = seen.getSubjects().stream().filter(s -> !s.getAssessments().isEmpty()).findFirst()
                .orElseThrow();
        Assessment assessment = subject.getAssessments().get(0);
        assessment.setAssessor("Dr. Rosa Iglesias");
        assessor.saveRecords(seen, List.of(assessment), "assessor named");

        Study after = demo.database.loadStudy(STUDY).orElseThrow();
        Subject stored = after.getSubjects().stream().filter(s -> s.getId().equals(subject.getId())).findFirst()
                .orElseThrow();
        Subject before = truth.getSubjects().stream().filter(s -> s.getId().equals(subject.getId())).findFirst()
                .orElseThrow();
        assertEquals(before.getAllocatedArm().getId(), stored.getAllocatedArm().getId());
        assertEquals(before.getProcedures().size(), stored.getProcedures().size());
        assertEquals(truth.getCellProducts().size(), after.getCellProducts().size());
        assertEquals("Dr. Rosa Iglesias", stored.getAssessments().get(0).getAssessor());
    }

    @Test
    void blindedUsersCannotRecordTreatmentAndTheRefusalNamesNoArm() {
        AccessDeniedException assessor = assertThrows(AccessDeniedException.class,
                () -> addProcedure(demo.studies("assessor")));
        assertNamesNoArm(assessor.getMessage());

        Study study = demo.database.loadStudy(STUDY).orElseThrow();
        study.setMasking(Masking.DOUBLE_BLIND);
        demo.studies("investigator").saveStudy(study, "double-blind from now on");
        AccessDeniedException investigator = assertThrows(AccessDeniedException.class,
                () -> addProcedure(demo.studies("investigator")));
        assertEquals("investigator (Investigator) is blinded in study LOS-FACE and may not record procedures or cell "
                + "products", investigator.getMessage());
        assertEquals(truth.getSubjects().get(0).getProcedures().size(),
                demo.database.loadStudy(STUDY).orElseThrow().getSubjects().get(0).getProcedures().size());
    }

    private static void addProcedure(StudyAccess access) {
        Study seen = access.loadStudy(STUDY).orElseThrow();
        Subject subject = seen.getSubjects().get(0);
        var procedure = StudyFactory.eINSTANCE.createProcedure();
        procedure.setId(subject.getId() + "-PROC-X");
        subject.getProcedures().add(procedure);
        access.saveRecords(seen, List.of(subject), "treatment");
    }

    private void assertNamesNoArm(String message) {
        for (Arm arm : truth.getArms()) {
            assertFalse(message.contains(arm.getId()) || message.contains(arm.getCode()), message);
        }
    }

    @Test
    void anUnblindingIsAuditedAndRevealsOneSubjectToThatUserOnly() {
        Study study = demo.database.loadStudy(STUDY).orElseThrow();
        study.setMasking(Masking.DOUBLE_BLIND);
        demo.database.saveStudy(study, new org.stroma.store.ChangeContext("investigator", "double-blind"));
        StudyAccess investigator = demo.studies("investigator");
        Study seen = investigator.loadStudy(STUDY).orElseThrow();
        Subject subject = seen.getSubjects().stream().filter(s -> s.getId().equals(truth.getSubjects().stream()
                .filter(t -> t.getAllocatedArm() != null).findFirst().orElseThrow().getId())).findFirst()
                .orElseThrow();
        assertNull(subject.getAllocatedArm(), "blinded in a double-blind study");
        assertThrows(IllegalArgumentException.class, () -> investigator.oversight().unblind(seen, subject.getId(), " "));
        investigator.oversight().unblind(seen, subject.getId(), "serious adverse event, treatment decision");
        Study after = investigator.loadStudy(STUDY).orElseThrow();
        long revealed = after.getSubjects().stream().filter(s -> s.getAllocatedArm() != null).count();
        assertEquals(1, revealed, "only the unblinded subject");
        assertNull(demo.studies("coordinator").loadStudy(STUDY).orElseThrow().getSubjects().stream()
                .filter(s -> s.getId().equals(subject.getId())).findFirst().orElseThrow().getAllocatedArm(),
                "the coordinator stays blinded");
        AuditEntry row = demo.database.auditTrail(subject.getId()).stream().filter(e -> e.action().equals("UNBLIND"))
                .findFirst().orElseThrow();
        assertEquals("investigator", row.user());
        assertEquals("serious adverse event, treatment decision", row.reason());
    }
}
