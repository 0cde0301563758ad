package org.stroma.store.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.test.common.annotation.InjectService;
import org.osgi.test.junit5.service.ServiceExtension;
import org.stroma.model.study.Study;
import org.stroma.model.study.StudyFactory;
import org.stroma.model.study.Subject;
import org.stroma.store.AuditEntry;
import org.stroma.store.ChangeContext;
import org.stroma.store.StoreException;
import org.stroma.store.StudyDatabase;
import org.stroma.store.StudyStore;

/**
 * A study brought in from elsewhere is stored with its history: the rows keep their original
 * user, time and reason, join this database's hash chain, and are followed by a row saying who
 * imported the study from where.
 */
@ExtendWith(ServiceExtension.class)
class StudyImportTest {

    private static final Instant CREATED = Instant.parse("2024-01-08T09:00:00.123456Z");
    private static final Instant CORRECTED = Instant.parse("2024-02-01T14:30:00Z");
    private static final ChangeContext IMPORTER = new ChangeContext("data-manager", "moved from the site laptop");

    @InjectService
    StudyStore store;

    @TempDir
    Path temp;

    private static Study study(String id) {
        Study study = StudyFactory.eINSTANCE.createStudy();
        study.setId(id);
        study.setAcronym(id);
        study.setTitle("Imported study");
        Subject subject = StudyFactory.eINSTANCE.createSubject();
        subject.setId(id + "-S001");
        subject.setScreeningId("S001");
        subject.setSubjectId("HS-01");
        study.getSubjects().add(subject);
        return study;
    }

    /** What the study's first database recorded: a first entry, then a correction with its reason. */
    private static List<AuditEntry> history(String id) {
        return List.of(
                new AuditEntry(1, CREATED, "coordinator", "CREATE", id, id, "Study", "", null, null, ""),
                new AuditEntry(2, CREATED, "coordinator", "CREATE", id, id + "-S001", "Subject", "", null, null, ""),
                new AuditEntry(3, CREATED, "coordinator", "SET", id, id + "-S001", "Subject", "subjectId", null,
                        "HS-1", ""),
                new AuditEntry(4, CORRECTED, "investigator", "SET", id, id + "-S001", "Subject", "subjectId", "HS-1",
                        "HS-01", "leading zero missing"));
    }

    @Test
    void anImportedStudyKeepsItsHistoryInTheChainAndRecordsTheImport() {
        try (StudyDatabase database = store.open(temp.resolve("db"), org.stroma.store.DatabaseKey.of("stroma-demo-key"))) {
            database.saveStudy(study("ALREADY-HERE"), ChangeContext.firstEntry("coordinator"));
            Study study = study("IMPORTED");

            database.importStudy(study, history("IMPORTED"), "/data/imported.odm.xml", IMPORTER);

            assertTrue(EcoreUtil.equals(study, database.loadStudy("IMPORTED").orElseThrow()));
            assertEquals("IMPORTED", database.study("IMPORTED").orElseThrow().acronym());
            List<AuditEntry> trail = database.auditTrail("IMPORTED");
            assertEquals(5, trail.size());
            for (int i = 0; i < 4; i++) {
                AuditEntry original = history("IMPORTED").get(i);
                AuditEntry stored = trail.get(i);
                assertEquals(List.of(original.user(), original.recordedAt(), original.action(), original.objectId(),
                        original.field(), String.valueOf(original.oldValue()), String.valueOf(original.newValue()),
                        original.reason()),
                        List.of(stored.user(), stored.recordedAt(), stored.action(), stored.objectId(), stored.field(),
                                String.valueOf(stored.oldValue()), String.valueOf(stored.newValue()), stored.reason()));
            }
            AuditEntry imported = trail.get(4);
            assertEquals(List.of("data-manager", "IMPORT", "IMPORTED", "/data/imported.odm.xml",
                    "moved from the site laptop"),
                    List.of(imported.user(), imported.action(), imported.objectId(), imported.newValue(),
                            imported.reason()));
            assertTrue(database.verifyAudit().intact(), database.verifyAudit().message());
        }
    }

    @Test
    void anIdTheDatabaseHoldsIsRefusedAndNothingChanges() {
        try (StudyDatabase database = store.open(temp.resolve("db"), org.stroma.store.DatabaseKey.of("stroma-demo-key"))) {
            Study saved = study("TAKEN");
            database.saveStudy(saved, ChangeContext.firstEntry("coordinator"));
            long rows = database.verifyAudit().entries();
            Study other = study("TAKEN");
            other.setTitle("Another study with the same id");

            StoreException refused = assertThrows(StoreException.class,
                    () -> database.importStudy(other, history("TAKEN"), "other.xml", IMPORTER));

            assertTrue(refused.getMessage().contains("already exists"), refused.getMessage());
            assertTrue(refused.getMessage().contains("nothing was imported"), refused.getMessage());
            assertEquals(rows, database.verifyAudit().entries(), "no audit row written");
            assertTrue(EcoreUtil.equals(saved, database.loadStudy("TAKEN").orElseThrow()));
        }
    }
}
