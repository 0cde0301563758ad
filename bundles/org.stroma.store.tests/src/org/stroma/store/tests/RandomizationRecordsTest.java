package org.stroma.store.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.test.common.annotation.InjectService;
import org.osgi.test.junit5.service.ServiceExtension;
import org.stroma.model.study.Arm;
import org.stroma.model.study.Study;
import org.stroma.model.study.StudyFactory;
import org.stroma.model.study.Subject;
import org.stroma.store.AllocationListRecord;
import org.stroma.store.AllocationRecord;
import org.stroma.store.AuditEntry;
import org.stroma.store.ChangeContext;
import org.stroma.store.DatabaseKey;
import org.stroma.store.RandomizationRecords;
import org.stroma.store.StoreException;
import org.stroma.store.StudyDatabase;
import org.stroma.store.StudyStore;

/** Allocation lists are sealed in the tables; an allocation is stored with its subject, once. */
@ExtendWith(ServiceExtension.class)
class RandomizationRecordsTest {

    private static final StudyFactory MAKE = StudyFactory.eINSTANCE;
    private static final DatabaseKey KEY = DatabaseKey.of("stroma-demo-key");
    private static final ChangeContext STATISTICIAN = ChangeContext.firstEntry("statistician");
    private static final ChangeContext COORDINATOR = new ChangeContext("coordinator", "randomization");
    private static final String SECRET = "seed=7f3a9c0e11d24b6f8a5e3c2d1b0a9f8e\nentry=all,1,1,4,arm-B";

    @InjectService
    StudyStore store;

    @TempDir
    Path temp;

    private static Study twoArms() {
        Study study = MAKE.createStudy();
        study.setId("RCT");
        study.setAcronym("RCT");
        study.setTitle("Two-arm trial");
        for (String code : List.of("A", "B")) {
            Arm arm = MAKE.createArm();
            arm.setId("arm-" + code);
            arm.setCode(code);
            study.getArms().add(arm);
        }
        for (int s = 1; s <= 2; s++) {
            Subject subject = MAKE.createSubject();
            subject.setId("subj-" + s);
            subject.setScreeningId("SCR-" + s);
            study.getSubjects().add(subject);
        }
        return study;
    }

    private static AllocationListRecord list(String listId, String description) {
        return new AllocationListRecord("RCT", listId, "main", description, SECRET, "statistician", Instant.now());
    }

    private static AllocationRecord allocation(String subjectId, int sequence, String armId) {
        return new AllocationRecord("RCT", subjectId, "L-1", "all", sequence, armId, "list", "", "coordinator",
                Instant.now());
    }

    @Test
    void aListIsStoredSealedAndOpensOnlyThroughTheStore() throws Exception {
        Path folder = temp.resolve("ws");
        try (StudyDatabase db = store.open(folder, KEY)) {
            db.saveStudy(twoArms(), ChangeContext.firstEntry("investigator"));
            db.randomization().saveList(list("L-1", "permuted blocks 1:1"), STATISTICIAN);
            assertEquals(SECRET, db.randomization().list("RCT", "main").orElseThrow().content());
        }
        // Someone with the database key reading the table sees the description, not the content.
        assertEquals(List.of("permuted blocks 1:1"), RawDerby.query(folder, "SELECT DESCRIPTION FROM ALLOCATION_LIST"));
        byte[] sealed = RawDerby.bytes(folder, "SELECT SEALED_CONTENT FROM ALLOCATION_LIST").get(0);
        String asText = new String(sealed, StandardCharsets.ISO_8859_1);
        assertFalse(asText.contains("7f3a9c0e"), "the seed is not in the table");
        assertFalse(asText.contains("arm-B"), "the entries are not in the table");
        assertTrue(RawDerby.query(folder, "SELECT NEW_VALUE FROM AUDIT_TRAIL WHERE ACTION = 'RANDOMIZATION_PLAN'")
                .equals(List.of("permuted blocks 1:1")), "the audit row holds the description only");
    }

    @Test
    void aSealedListMovedToAnotherRowDoesNotOpen() throws Exception {
        Path folder = temp.resolve("ws");
        try (StudyDatabase db = store.open(folder, KEY)) {
            db.saveStudy(twoArms(), ChangeContext.firstEntry("investigator"));
            db.randomization().saveList(list("L-1", "main list"), STATISTICIAN);
            db.randomization().saveList(new AllocationListRecord("RCT", "L-2", "emergency:SITE-A", "envelopes",
                    "other content", "statistician", Instant.now()), STATISTICIAN);
        }
        RawDerby.execute(folder, "UPDATE ALLOCATION_LIST SET SEALED_CONTENT = (SELECT SEALED_CONTENT FROM "
                + "ALLOCATION_LIST WHERE LIST_ID = 'L-1'), SALT = (SELECT SALT FROM ALLOCATION_LIST WHERE LIST_ID = "
                + "'L-1'), NONCE = (SELECT NONCE FROM ALLOCATION_LIST WHERE LIST_ID = 'L-1') WHERE LIST_ID = 'L-2'");
        try (StudyDatabase db = store.open(folder, KEY)) {
            StoreException refused = assertThrows(StoreException.class,
                    () -> db.randomization().list("RCT", "emergency:SITE-A"));
            assertTrue(refused.getMessage().contains("altered or moved"), refused.getMessage());
            assertEquals(SECRET, db.randomization().list("RCT", "main").orElseThrow().content());
        }
    }

    @Test
    void anAllocationIsSavedWithItsSubjectOnceAndAListEntryIsUsedOnce() {
        try (StudyDatabase db = store.open(temp.resolve("ws"), KEY)) {
            Study study = twoArms();
            db.saveStudy(study, ChangeContext.firstEntry("investigator"));
            db.randomization().saveList(list("L-1", "main list"), STATISTICIAN);
            Subject first = study.getSubjects().get(0);
            first.setAllocatedArm(study.getArms().get(1));
            db.randomization().allocate(allocation("subj-1", 1, "arm-B"), study, List.of(first), COORDINATOR);

            Study stored = db.loadStudy("RCT").orElseThrow();
            assertEquals("arm-B", stored.getSubjects().get(0).getAllocatedArm().getId());
            assertEquals(List.of("subj-1"), db.randomization().allocations("RCT").stream()
                    .map(AllocationRecord::subjectId).toList());
            List<AuditEntry> rows = db.auditTrail("subj-1");
            assertTrue(rows.stream().anyMatch(r -> r.action().equals(RandomizationRecords.RANDOMIZE)), rows.toString());
            assertTrue(rows.stream().anyMatch(r -> "allocatedArm".equals(r.field()) && "arm-B".equals(r.newValue())),
                    rows.toString());

            StoreException again = assertThrows(StoreException.class, () -> db.randomization()
                    .allocate(allocation("subj-1", 2, "arm-A"), study, List.of(first), COORDINATOR));
            assertTrue(again.getMessage().contains("randomized already"), again.getMessage());

            Subject second = study.getSubjects().get(1);
            second.setAllocatedArm(study.getArms().get(0));
            StoreException used = assertThrows(StoreException.class, () -> db.randomization()
                    .allocate(allocation("subj-2", 1, "arm-A"), study, List.of(second), COORDINATOR));
            assertTrue(used.getMessage().contains("used already"), used.getMessage());
            assertNull(db.loadStudy("RCT").orElseThrow().getSubjects().get(1).getAllocatedArm(),
                    "the refused allocation saved nothing");
            assertEquals(1, db.randomization().allocations("RCT").size());
        }
    }

    @Test
    void aListIsReplacedOnlyWhileNobodyWasAllocatedFromIt() {
        try (StudyDatabase db = store.open(temp.resolve("ws"), KEY)) {
            Study study = twoArms();
            db.saveStudy(study, ChangeContext.firstEntry("investigator"));
            db.randomization().saveList(list("L-0", "first draft"), STATISTICIAN);
            db.randomization().saveList(list("L-1", "second draft"), STATISTICIAN);
            assertEquals("second draft", db.randomization().list("RCT", "main").orElseThrow().description());
            assertEquals(1, db.randomization().lists("RCT").size());

            Subject first = study.getSubjects().get(0);
            first.setAllocatedArm(study.getArms().get(1));
            db.randomization().allocate(allocation("subj-1", 1, "arm-B"), study, List.of(first), COORDINATOR);
            StoreException refused = assertThrows(StoreException.class,
                    () -> db.randomization().saveList(list("L-2", "third draft"), STATISTICIAN));
            assertTrue(refused.getMessage().contains("1 subject(s) have been allocated"), refused.getMessage());
            assertEquals("second draft", db.randomization().list("RCT", "main").orElseThrow().description());
        }
    }
}
