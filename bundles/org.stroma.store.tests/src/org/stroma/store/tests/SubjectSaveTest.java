package org.stroma.store.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
import org.stroma.model.study.Arm;
import org.stroma.model.study.Assessment;
import org.stroma.model.study.ItemValue;
import org.stroma.model.study.Study;
import org.stroma.model.study.StudyFactory;
import org.stroma.model.study.Subject;
import org.stroma.model.study.VisitDefinition;
import org.stroma.store.AuditEntry;
import org.stroma.store.AuditVerification;
import org.stroma.store.ChangeContext;
import org.stroma.store.StoreException;
import org.stroma.store.StudyDatabase;
import org.stroma.store.StudyStore;

/** Saving part of a study: one subject (or other top-level record) with all it contains. */
@ExtendWith(ServiceExtension.class)
class SubjectSaveTest {

    private static final StudyFactory MAKE = StudyFactory.eINSTANCE;
    private static final ChangeContext ENTRY = ChangeContext.firstEntry("coordinator");
    private static final ChangeContext CORRECTION = new ChangeContext("investigator", "source data verification");
    private static final String OWNER_OF = "SELECT OWNER_ID FROM STUDY_RECORD WHERE ID = ";

    @InjectService
    StudyStore store;

    @TempDir
    Path temp;

    /** Three subjects, each with one 3-item assessment at the baseline visit. */
    static Study trial() {
        Study study = MAKE.createStudy();
        study.setId("SVF-HAND");
        study.setAcronym("SVF-HAND");
        study.setTitle("SVF injection for scleroderma hands");
        Arm arm = MAKE.createArm();
        arm.setId("arm-SVF");
        arm.setCode("SVF");
        study.getArms().add(arm);
        VisitDefinition baseline = MAKE.createVisitDefinition();
        baseline.setId("visit-baseline");
        baseline.setCode("V0");
        study.getVisitSchedule().add(baseline);
        for (int s = 1; s <= 3; s++) {
            Subject subject = MAKE.createSubject();
            subject.setId("subj-" + s);
            subject.setScreeningId("SCR-" + s);
            subject.setBmi(20.0 + s);
            subject.setAllocatedArm(arm);
            Assessment assessment = MAKE.createAssessment();
            assessment.setId("subj-" + s + "-cochin");
            assessment.setInstrumentId("cochin");
            assessment.setVisit(baseline);
            for (int i = 1; i <= 3; i++) {
                ItemValue item = MAKE.createItemValue();
                item.setId(assessment.getId() + "-Q" + i);
                item.setCode("Q" + i);
                item.setValue(String.valueOf(i));
                assessment.getItemValues().add(item);
            }
            subject.getAssessments().add(assessment);
            study.getSubjects().add(subject);
        }
        return study;
    }

    private static ItemValue item(Study study, int subject, int item) {
        return study.getSubjects().get(subject - 1).getAssessments().get(0).getItemValues().get(item - 1);
    }

    @Test
    void savesOnlyTheGivenSubjectsChanges() {
        try (StudyDatabase database = store.open(temp.resolve("ws"), org.stroma.store.DatabaseKey.of("stroma-demo-key"))) {
            database.saveStudy(trial(), ENTRY);
            Study edited = database.loadStudy("SVF-HAND").orElseThrow();
            item(edited, 1, 2).setValue("3");
            item(edited, 2, 2).setValue("0");
            int subject2Rows = database.auditTrail("subj-2-cochin-Q2").size();

            database.saveRecords(edited, List.of(item(edited, 1, 2)), CORRECTION);

            Study stored = database.loadStudy("SVF-HAND").orElseThrow();
            assertEquals("3", item(stored, 1, 2).getValue(), "the saved subject's change is stored");
            assertEquals("2", item(stored, 2, 2).getValue(), "another subject's unsaved change is not");
            assertEquals(subject2Rows, database.auditTrail("subj-2-cochin-Q2").size());
            AuditEntry change = last(database.auditTrail("subj-1-cochin-Q2"));
            assertEquals("SET", change.action());
            assertEquals("2", change.oldValue());
            assertEquals("3", change.newValue());
            assertEquals("investigator", change.user());
            assertEquals("source data verification", change.reason());
        }
    }

    @Test
    void aChangedValueNeedsAReasonAndNothingIsSavedWithout() {
        try (StudyDatabase database = store.open(temp.resolve("ws"), org.stroma.store.DatabaseKey.of("stroma-demo-key"))) {
            database.saveStudy(trial(), ENTRY);
            int rowsBefore = database.auditTrail("SVF-HAND").size();
            Study edited = database.loadStudy("SVF-HAND").orElseThrow();
            edited.getSubjects().get(0).setBmi(24.5);

            StoreException refused = assertThrows(StoreException.class,
                    () -> database.saveRecords(edited, List.of(edited.getSubjects().get(0)), ENTRY));

            assertTrue(refused.getMessage().contains("reason for change is required"), refused.getMessage());
            assertTrue(refused.getMessage().contains("'bmi' changes from '21.0' to '24.5'"), refused.getMessage());
            assertEquals(21.0, database.loadStudy("SVF-HAND").orElseThrow().getSubjects().get(0).getBmi());
            assertEquals(rowsBefore, database.auditTrail("SVF-HAND").size(), "no audit rows for a refused save");
        }
    }

    @Test
    void aFailedSaveLeavesNothingOfAnySubject() {
        try (StudyDatabase database = store.open(temp.resolve("ws"), org.stroma.store.DatabaseKey.of("stroma-demo-key"))) {
            database.saveStudy(trial(), ENTRY);
            int rowsBefore = database.auditTrail("SVF-HAND").size();
            Study edited = database.loadStudy("SVF-HAND").orElseThrow();
            item(edited, 1, 1).setValue("4");
            Arm unsaved = MAKE.createArm();
            unsaved.setId("arm-CONTROL");
            unsaved.setCode("CONTROL");
            edited.getArms().add(unsaved);
            Subject late = MAKE.createSubject();
            late.setId("subj-4");
            late.setScreeningId("SCR-4");
            late.setAllocatedArm(unsaved);
            edited.getSubjects().add(late);

            StoreException refused = assertThrows(StoreException.class, () -> database.saveRecords(edited,
                    List.of(edited.getSubjects().get(0), late), CORRECTION));

            assertTrue(refused.getMessage().contains(
                    "subj-4 refers in 'allocatedArm' to arm-CONTROL, which is not saved"), refused.getMessage());
            Study stored = database.loadStudy("SVF-HAND").orElseThrow();
            assertEquals("1", item(stored, 1, 1).getValue(), "the first subject's change was rolled back");
            assertEquals(3, stored.getSubjects().size());
            assertEquals(rowsBefore, database.auditTrail("SVF-HAND").size(), "no audit rows for a failed save");

            database.saveRecords(edited, List.of(unsaved, edited.getSubjects().get(0), late), CORRECTION);
            assertTrue(EcoreUtil.equals(edited, database.loadStudy("SVF-HAND").orElseThrow()),
                    "with the arm saved too, everything is stored");
        }
    }

    @Test
    void aSubjectRemovedFromTheStudyIsDeletedWithAllItHolds() {
        try (StudyDatabase database = store.open(temp.resolve("ws"), org.stroma.store.DatabaseKey.of("stroma-demo-key"))) {
            database.saveStudy(trial(), ENTRY);
            Study edited = database.loadStudy("SVF-HAND").orElseThrow();
            Subject removed = edited.getSubjects().remove(2);

            assertThrows(StoreException.class, () -> database.saveRecords(edited, List.of(removed), ENTRY));
            database.saveRecords(edited, List.of(removed), new ChangeContext("investigator", "consent withdrawn"));

            Study stored = database.loadStudy("SVF-HAND").orElseThrow();
            assertTrue(EcoreUtil.equals(edited, stored), "the study without the removed subject");
            assertEquals("DELETE", last(database.auditTrail("subj-3-cochin-Q3")).action());
            assertEquals("DELETE", last(database.auditTrail("subj-3")).action());
        }
    }

    @Test
    void aRecordMovedToAnotherSubjectIsSavedWhenBothAreGiven() {
        try (StudyDatabase database = store.open(temp.resolve("ws"), org.stroma.store.DatabaseKey.of("stroma-demo-key"))) {
            database.saveStudy(trial(), ENTRY);
            Study edited = database.loadStudy("SVF-HAND").orElseThrow();
            Subject from = edited.getSubjects().get(0);
            Subject to = edited.getSubjects().get(1);
            to.getAssessments().add(from.getAssessments().get(0));

            StoreException refused = assertThrows(StoreException.class,
                    () -> database.saveRecords(edited, List.of(to), CORRECTION));
            assertTrue(refused.getMessage().contains("record 'subj-1-cochin' is already stored"), refused.getMessage());

            database.saveRecords(edited, List.of(to, from),
                    new ChangeContext("investigator", "entered for the wrong subject"));
            Study stored = database.loadStudy("SVF-HAND").orElseThrow();
            assertTrue(EcoreUtil.equals(edited, stored), "the assessment and its items moved to subj-2");
            List<AuditEntry> trail = database.auditTrail("subj-1-cochin-Q1");
            assertEquals(List.of("CREATE", "SET", "SET", "SET", "SET", "DELETE", "CREATE", "SET", "SET"),
                    trail.stream().map(AuditEntry::action).toList());
        }
    }

    @Test
    void theAuditChainHoldsOverSubjectSavesAndWholeSaves() {
        try (StudyDatabase database = store.open(temp.resolve("ws"), org.stroma.store.DatabaseKey.of("stroma-demo-key"))) {
            Study study = trial();
            database.saveRecords(study, study.getArms(), ENTRY);
            database.saveRecords(study, study.getVisitSchedule(), ENTRY);
            database.saveRecords(study, study.getSubjects(), ENTRY);
            assertTrue(EcoreUtil.equals(study, database.loadStudy("SVF-HAND").orElseThrow()),
                    "a study saved part by part loads whole");
            assertEquals("SVF-HAND", database.study("SVF-HAND").orElseThrow().acronym(), "registered on first save");
            int rows = database.auditTrail("SVF-HAND").size();
            database.saveRecords(study, study.getSubjects(), ENTRY);
            assertEquals(rows, database.auditTrail("SVF-HAND").size(), "saving what is stored writes nothing");

            item(study, 2, 3).setValue("0");
            database.saveRecords(study, List.of(item(study, 2, 3)), CORRECTION);
            study.getSubjects().get(0).setBmi(30.0);
            database.saveStudy(study, CORRECTION);
            item(study, 3, 1).setValue("2");
            database.saveRecords(study, List.of(study.getSubjects().get(2)), CORRECTION);

            AuditVerification audit = database.verifyAudit();
            assertTrue(audit.intact(), audit.message());
            assertEquals(database.auditTrail("SVF-HAND").size(), audit.entries());
        }
    }

    @Test
    void aSchema2DatabaseGetsEachRecordsOwnerFilled() throws Exception {
        Path folder = temp.resolve("ws");
        try (StudyDatabase database = store.open(folder, org.stroma.store.DatabaseKey.of("stroma-demo-key"))) {
            database.saveStudy(trial(), ENTRY);
        }
        RawDerby.execute(folder, "DROP TABLE USER_ACCOUNT", "DROP TABLE E_SIGNATURE", "DROP TABLE RECORD_LOCK",
                "DROP TABLE UNBLINDING", "DROP TABLE DATA_QUERY", "DROP TABLE ALLOCATION_LIST", "DROP TABLE ALLOCATION",
                "DROP INDEX STUDY_RECORD_OWNER",
                "ALTER TABLE STUDY_RECORD DROP COLUMN OWNER_ID", "DELETE FROM SCHEMA_VERSION WHERE VERSION > 2");

        try (StudyDatabase database = store.open(folder, org.stroma.store.DatabaseKey.of("stroma-demo-key"))) {
            assertTrue(database.schemaVersion() >= 3, "migrated forward to " + database.schemaVersion());
        }
        assertEquals(List.of("SVF-HAND"), RawDerby.query(folder, OWNER_OF + "'SVF-HAND'"));
        assertEquals(List.of("arm-SVF"), RawDerby.query(folder, OWNER_OF + "'arm-SVF'"));
        assertEquals(List.of("subj-2", "subj-2", "subj-2", "subj-2", "subj-2"), RawDerby.query(folder,
                "SELECT OWNER_ID FROM STUDY_RECORD WHERE ID LIKE 'subj-2%' ORDER BY ID"));
        try (StudyDatabase database = store.open(folder, org.stroma.store.DatabaseKey.of("stroma-demo-key"))) {
            Study edited = database.loadStudy("SVF-HAND").orElseThrow();
            item(edited, 2, 1).setValue("0");
            database.saveRecords(edited, List.of(item(edited, 2, 1)), CORRECTION);
            assertTrue(EcoreUtil.equals(edited, database.loadStudy("SVF-HAND").orElseThrow()));
        }
    }

    private static AuditEntry last(List<AuditEntry> trail) {
        return trail.get(trail.size() - 1);
    }
}
