package org.stroma.store.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.test.common.annotation.InjectService;
import org.osgi.test.junit5.service.ServiceExtension;
import org.stroma.model.study.Arm;
import org.stroma.model.study.Study;
import org.stroma.model.study.StudyFactory;
import org.stroma.store.ChangeContext;
import org.stroma.store.StoreException;
import org.stroma.store.StudyDatabase;
import org.stroma.store.StudyStore;
import org.stroma.store.StudySummary;

/** The Derby study store, running in OSGi with the real Derby bundle and files on disk. */
@ExtendWith(ServiceExtension.class)
class StudyStoreTest {

    @InjectService
    StudyStore store;

    @TempDir
    Path temp;

    private static StudySummary study(String id, int planned) {
        return new StudySummary(id, id, "Title of " + id, "single-arm", "", planned, false);
    }

    @Test
    void createsAnEmptyDatabaseAtTheCurrentSchemaVersionOnDisk() {
        Path folder = temp.resolve("new workspace");
        assertFalse(store.exists(folder));
        try (StudyDatabase database = store.open(folder, org.stroma.store.DatabaseKey.of("stroma-demo-key"))) {
            assertEquals(5, database.schemaVersion(), "study register (1), study records and audit trail (2), "
                    + "records' top-level owners (3), accounts, signatures, locks, unblinding and queries (4), "
                    + "allocation lists and allocations (5)");
            assertTrue(database.studies().isEmpty());
        }
        assertTrue(store.exists(folder));
        assertTrue(Files.isDirectory(folder.resolve("database").resolve("seg0")));
    }

    @Test
    void aStudyWithTwoRecordsOfOneIdIsRefusedAndNothingIsSaved() {
        Study study = StudyFactory.eINSTANCE.createStudy();
        study.setId("DUP-1");
        for (int i = 0; i < 2; i++) {
            Arm arm = StudyFactory.eINSTANCE.createArm();
            arm.setId("arm-1");
            study.getArms().add(arm);
        }
        try (StudyDatabase database = store.open(temp.resolve("ws"), org.stroma.store.DatabaseKey.of("stroma-demo-key"))) {
            StoreException refused = assertThrows(StoreException.class,
                    () -> database.saveStudy(study, ChangeContext.firstEntry("coordinator")));
            assertTrue(refused.getMessage().contains("two records share the id 'arm-1'"), refused.getMessage());
            assertTrue(database.loadStudy("DUP-1").isEmpty());
            assertTrue(database.studies().isEmpty());
            assertTrue(database.auditTrail("DUP-1").isEmpty());
        }
    }

    @Test
    void aFileInPlaceOfTheFolderIsRefusedWithItsPath() throws IOException {
        Path file = Files.writeString(temp.resolve("not-a-folder"), "x");
        StoreException refused = assertThrows(StoreException.class, () -> store.open(file, org.stroma.store.DatabaseKey.of("stroma-demo-key")));
        assertTrue(refused.getMessage().contains("not-a-folder"), refused.getMessage());
        assertTrue(refused.getMessage().contains("is a file"), refused.getMessage());
    }

    @Test
    void aForeignDatabaseFolderIsRefusedAndLeftAlone() throws IOException {
        Path folder = temp.resolve("ws");
        Path foreign = Files.createDirectories(folder.resolve("database"));
        Path marker = Files.writeString(foreign.resolve("notes.txt"), "someone else's files");
        StoreException refused = assertThrows(StoreException.class, () -> store.open(folder, org.stroma.store.DatabaseKey.of("stroma-demo-key")));
        assertTrue(refused.getMessage().contains("not a Stroma study database"), refused.getMessage());
        assertEquals("someone else's files", Files.readString(marker));
    }

    @Test
    void studyIdsAreCheckedBeforeAnythingIsSaved() {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> study("bad id with spaces", 1));
        assertTrue(refused.getMessage().contains("bad id with spaces"), refused.getMessage());
        assertThrows(IllegalArgumentException.class, () -> study("OK-1", -1));
    }
}
