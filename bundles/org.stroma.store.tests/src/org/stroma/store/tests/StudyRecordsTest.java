package org.stroma.store.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.test.common.annotation.InjectService;
import org.osgi.test.junit5.service.ServiceExtension;
import org.stroma.model.study.AdverseEvent;
import org.stroma.model.study.AdverseEventOutcome;
import org.stroma.model.study.Arm;
import org.stroma.model.study.Relatedness;
import org.stroma.model.study.Study;
import org.stroma.model.study.StudyDesign;
import org.stroma.model.study.StudyFactory;
import org.stroma.model.study.Subject;
import org.stroma.store.AuditEntry;
import org.stroma.store.AuditVerification;
import org.stroma.store.ChangeContext;
import org.stroma.store.StoreException;
import org.stroma.store.StudyDatabase;
import org.stroma.store.StudyStore;
import org.stroma.store.StudySummary;

/** Studies saved as records driven by the EMF model, with their audit trail. */
@ExtendWith(ServiceExtension.class)
class StudyRecordsTest {

    private static final StudyFactory MAKE = StudyFactory.eINSTANCE;

    @InjectService
    StudyStore store;

    @TempDir
    Path temp;

    private static Study threeArmStudy() {
        Study study = MAKE.createStudy();
        study.setId("LOS-FACE");
        study.setAcronym("LoS-FACE");
        study.setTitle("Fat grafting for facial atrophy");
        study.setDesign(StudyDesign.PARALLEL_RANDOMIZED);
        study.setTargetEnrollment(18);
        study.setSynthetic(true);
        for (String code : List.of("AFG", "SVF", "ADSC")) {
            Arm arm = MAKE.createArm();
            arm.setId("arm-" + code);
            arm.setCode(code);
            arm.setName(code + " arm");
            study.getArms().add(arm);
        }
        var adsc = MAKE.createAdscAssistedFatGrafting();
        adsc.setId("int-adsc");
        adsc.setCellsPerMlFat(5e5);
        study.getArms().get(2).getInterventions().add(adsc);
        Subject subject = MAKE.createSubject();
        subject.setId("subj-1");
        subject.setSubjectId("S-001");
        subject.setBmi(22.5);
        subject.setAllocatedArm(study.getArms().get(1));
        AdverseEvent event = MAKE.createAdverseEvent();
        event.setId("ae-1");
        event.setTerm("Bruising at harvest site");
        event.setCtcaeGrade(1);
        event.setRelatedness(Relatedness.DEFINITE);
        event.setOutcome(AdverseEventOutcome.RECOVERED);
        subject.getAdverseEvents().add(event);
        study.getSubjects().add(subject);
        return study;
    }

    @Test
    void aSavedStudyLoadsBackEqualAfterReopening() {
        Study study = threeArmStudy();
        try (StudyDatabase database = store.open(temp.resolve("ws"), org.stroma.store.DatabaseKey.of("stroma-demo-key"))) {
            database.saveStudy(study, ChangeContext.firstEntry("coordinator"));
        }
        try (StudyDatabase reopened = store.open(temp.resolve("ws"), org.stroma.store.DatabaseKey.of("stroma-demo-key"))) {
            Study loaded = reopened.loadStudy("LOS-FACE").orElseThrow();
            assertTrue(EcoreUtil.equals(study, loaded), "the loaded study equals the saved one");
            assertEquals("SVF", loaded.getSubjects().get(0).getAllocatedArm().getCode());
            assertEquals(5e5, ((org.stroma.model.study.AdscAssistedFatGrafting) loaded.getArms().get(2)
                    .getInterventions().get(0)).getCellsPerMlFat());
            StudySummary entry = reopened.study("LOS-FACE").orElseThrow();
            assertEquals("parallel-randomized, 3 arms (1:1:1)", entry.design());
            assertEquals(18, entry.plannedSubjects());
            assertTrue(reopened.loadStudy("NO-SUCH-STUDY").isEmpty());
        }
    }

    @Test
    void firstEntryIsAuditedFieldByFieldWithItsUser() {
        try (StudyDatabase database = store.open(temp.resolve("ws"), org.stroma.store.DatabaseKey.of("stroma-demo-key"))) {
            database.saveStudy(threeArmStudy(), ChangeContext.firstEntry("coordinator"));
            List<AuditEntry> subject = database.auditTrail("subj-1");
            assertEquals("CREATE", subject.get(0).action());
            assertEquals("Subject", subject.get(0).type());
            AuditEntry bmi = subject.stream().filter(e -> e.field().equals("bmi")).findFirst().orElseThrow();
            assertNull(bmi.oldValue());
            assertEquals("22.5", bmi.newValue());
            assertEquals("coordinator", bmi.user());
            AuditEntry arm = subject.stream().filter(e -> e.field().equals("allocatedArm")).findFirst().orElseThrow();
            assertEquals("arm-SVF", arm.newValue());
        }
    }

    @Test
    void changingEnteredDataNeedsAReasonAndNothingIsSavedWithout() {
        try (StudyDatabase database = store.open(temp.resolve("ws"), org.stroma.store.DatabaseKey.of("stroma-demo-key"))) {
            database.saveStudy(threeArmStudy(), ChangeContext.firstEntry("coordinator"));
            int rowsBefore = database.auditTrail("LOS-FACE").size();
            Study edited = database.loadStudy("LOS-FACE").orElseThrow();
            edited.getSubjects().get(0).setBmi(23.1);
            StoreException refused = assertThrows(StoreException.class,
                    () -> database.saveStudy(edited, ChangeContext.firstEntry("coordinator")));
            assertTrue(refused.getMessage().contains("reason for change is required"), refused.getMessage());
            assertTrue(refused.getMessage().contains("'bmi' changes from '22.5' to '23.1'"), refused.getMessage());
            assertEquals(22.5, database.loadStudy("LOS-FACE").orElseThrow().getSubjects().get(0).getBmi());
            assertEquals(rowsBefore, database.auditTrail("LOS-FACE").size(), "no audit rows for a refused save");

            database.saveStudy(edited, new ChangeContext("investigator", "weight re-measured at screening"));
            AuditEntry change = database.auditTrail("subj-1").stream()
                    .filter(e -> e.field().equals("bmi") && "22.5".equals(e.oldValue())).findFirst().orElseThrow();
            assertEquals("23.1", change.newValue());
            assertEquals("investigator", change.user());
            assertEquals("weight re-measured at screening", change.reason());
            assertEquals(23.1, database.loadStudy("LOS-FACE").orElseThrow().getSubjects().get(0).getBmi());
        }
    }

    @Test
    void deletingARecordKeepsItsLastValuesInTheTrail() {
        try (StudyDatabase database = store.open(temp.resolve("ws"), org.stroma.store.DatabaseKey.of("stroma-demo-key"))) {
            database.saveStudy(threeArmStudy(), ChangeContext.firstEntry("coordinator"));
            Study edited = database.loadStudy("LOS-FACE").orElseThrow();
            edited.getSubjects().get(0).getAdverseEvents().clear();
            assertThrows(StoreException.class, () -> database.saveStudy(edited, ChangeContext.firstEntry("x")));
            database.saveStudy(edited, new ChangeContext("investigator", "entered for the wrong subject"));
            List<AuditEntry> trail = database.auditTrail("ae-1");
            assertEquals("DELETE", trail.get(trail.size() - 1).action());
            assertTrue(trail.stream().anyMatch(e -> e.field().equals("term")
                    && "Bruising at harvest site".equals(e.oldValue()) && e.newValue() == null));
            assertTrue(database.loadStudy("LOS-FACE").orElseThrow().getSubjects().get(0).getAdverseEvents().isEmpty());
        }
    }

    @Test
    void verifyAuditDetectsAnEditedRow() throws Exception {
        Path folder = temp.resolve("ws");
        try (StudyDatabase database = store.open(folder, org.stroma.store.DatabaseKey.of("stroma-demo-key"))) {
            database.saveStudy(threeArmStudy(), ChangeContext.firstEntry("coordinator"));
            AuditVerification intact = database.verifyAudit();
            assertTrue(intact.intact(), intact.message());
            assertEquals(database.auditTrail("LOS-FACE").size(), intact.entries());
        }
        RawDerby.execute(folder, "UPDATE AUDIT_TRAIL SET NEW_VALUE = '19.0' WHERE FIELD = 'bmi'");
        try (StudyDatabase database = store.open(folder, org.stroma.store.DatabaseKey.of("stroma-demo-key"))) {
            AuditVerification broken = database.verifyAudit();
            assertFalse(broken.intact());
            long bmiRow = database.auditTrail("subj-1").stream().filter(e -> e.field().equals("bmi")).findFirst()
                    .orElseThrow().sequence();
            assertEquals(bmiRow, broken.firstBroken(), broken.message());
        }
    }

    @Test
    void verifyAuditDetectsADeletedRow() throws Exception {
        Path folder = temp.resolve("ws");
        try (StudyDatabase database = store.open(folder, org.stroma.store.DatabaseKey.of("stroma-demo-key"))) {
            database.saveStudy(threeArmStudy(), ChangeContext.firstEntry("coordinator"));
        }
        RawDerby.execute(folder, "DELETE FROM AUDIT_TRAIL WHERE SEQUENCE_NO = 2");
        try (StudyDatabase database = store.open(folder, org.stroma.store.DatabaseKey.of("stroma-demo-key"))) {
            AuditVerification broken = database.verifyAudit();
            assertFalse(broken.intact());
            assertEquals(2, broken.firstBroken(), broken.message());
        }
    }
}
