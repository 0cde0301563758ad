package org.stroma.cli.tests;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.test.common.annotation.InjectService;
import org.osgi.test.junit5.service.ServiceExtension;
import org.stroma.cli.CommandDispatcher;
import org.stroma.exchange.odm.OdmSchemas;
import org.stroma.store.AuditEntry;
import org.stroma.store.DatabaseKey;
import org.stroma.store.StudyDatabase;
import org.stroma.store.StudyStore;
import org.stroma.store.StudySummary;

/** export-odm and import-odm as a user runs them: a study moved whole from one database to another. */
@ExtendWith(ServiceExtension.class)
class OdmCommandsTest {

    private static final String STUDY = "SSC-HAND-SVF";

    @InjectService
    CommandDispatcher stroma;

    @InjectService
    StudyStore store;

    @TempDir
    Path temp;

    private Path demo() {
        Path folder = temp.resolve("demo");
        assertEquals(0, CommandRun.of(stroma, "demo", "--db", folder.toString()).exit());
        return folder;
    }

    @Test
    void bothCommandsAnswerHelpAndAreListed() {
        for (String command : List.of("export-odm", "import-odm")) {
            CommandRun run = CommandRun.of(stroma, command, "--help");
            assertEquals(0, run.exit(), command);
            assertTrue(run.out().startsWith("Usage: stroma " + command + " --db DIR"), run.out());
            assertTrue(CommandRun.of(stroma, "help").out().lines().anyMatch(l -> l.startsWith("  " + command + " ")),
                    command + " in the command list");
        }
    }

    @Test
    void aStudyExportedAndImportedArrivesWithItsSubjectsAndAuditTrail() throws Exception {
        Path source = demo();
        Path file = temp.resolve("hands.odm.xml");
        CommandRun exported = CommandRun.of(stroma, "export-odm", "--user", "investigator", "--db", source.toString(), "--study", STUDY, "--out",
                file.toString());
        assertEquals(0, exported.exit(), exported.err());
        assertTrue(exported.out().startsWith("Wrote study " + STUDY), exported.out());
        byte[] xml = Files.readAllBytes(file);
        assertDoesNotThrow(() -> OdmSchemas.validate(xml, OdmSchemas.stromaOdm()));

        Path target = temp.resolve("imported");
        Map<String, String> admin = Map.of("STROMA_DB_KEY", "target-key-2026", "STROMA_PASSWORD", "Ops-lead-2026",
                "STROMA_NEW_PASSWORD", "Manager-pass-2026");
        CommandRun init = CommandRun.with(admin, stroma, "init", "--db", target.toString(), "--user", "admin",
                "--full-name", "Ada Admin");
        assertEquals(0, init.exit(), init.err());
        CommandRun added = CommandRun.with(admin, stroma, "add-user", "--db", target.toString(), "--user", "admin",
                "--name", "data-manager", "--full-name", "Dana Manager", "--role", "study-coordinator");
        assertEquals(0, added.exit(), added.err());
        Map<String, String> manager = Map.of("STROMA_DB_KEY", "target-key-2026", "STROMA_PASSWORD", "Manager-pass-2026");
        CommandRun imported = CommandRun.with(manager, stroma, "import-odm", "--db", target.toString(), "--file",
                file.toString(), "--user", "data-manager");
        assertEquals(0, imported.exit(), imported.err());
        assertEquals(STUDY, imported.out().strip(), "prints the imported study's id");

        try (StudyDatabase from = store.open(source, DatabaseKey.of("stroma-demo-key"));
                StudyDatabase to = store.open(target, DatabaseKey.of("target-key-2026"))) {
            assertEquals(List.of(STUDY), to.studies().stream().map(StudySummary::id).toList());
            assertEquals(from.study(STUDY), to.study(STUDY));
            assertEquals(from.subjectCounts(STUDY), to.subjectCounts(STUDY));
            List<AuditEntry> trail = to.auditTrail(STUDY);
            List<AuditEntry> sourceTrail = from.auditTrail(STUDY).stream().filter(e -> !e.action().equals("EXPORT"))
                    .toList();
            assertEquals(sourceTrail.size() + 1, trail.size(), "the history and the import");
            AuditEntry last = trail.get(trail.size() - 1);
            assertEquals("data-manager", last.user());
            assertEquals("IMPORT", last.action());
            assertEquals(file.toAbsolutePath().normalize().toString(), last.newValue());
        }
        assertEquals(0, CommandRun.with(manager, stroma, "verify-audit", "--user", "data-manager", "--db",
                target.toString()).exit());
        CommandRun refused = CommandRun.with(admin, stroma, "import-odm", "--db", target.toString(), "--file",
                file.toString(), "--user", "admin");
        assertEquals(1, refused.exit());
        assertEquals("stroma import-odm: admin (Administrator) may not create or import studies",
                refused.singleErrorLine());
    }

    @Test
    void exportOfAStudyTheDatabaseDoesNotHoldWritesNothing() {
        Path source = demo();
        Path file = temp.resolve("none.xml");
        CommandRun run = CommandRun.of(stroma, "export-odm", "--user", "investigator", "--db", source.toString(), "--study", "NO-SUCH-STUDY",
                "--out", file.toString());
        assertEquals(1, run.exit());
        assertTrue(run.singleErrorLine().contains("no study NO-SUCH-STUDY"), run.err());
        assertTrue(Files.notExists(file), "nothing written");
        assertTrue(Files.notExists(temp.resolve("none.xml.partial")), "no partial file left");
    }

    @Test
    void aMalformedFileIsRefusedWithLineAndColumnAndNothingIsStored() throws Exception {
        Path file = temp.resolve("broken.xml");
        Files.writeString(file, "<?xml version=\"1.0\"?>\n<ODM xmlns=\"http://www.cdisc.org/ns/odm/v1.3\""
                + " FileType=\"Snapshot\" FileOID=\"BROKEN\" CreationDateTime=\"2026-01-15T09:30:00Z\">\n"
                + "  <Study OID=\"BROKEN\">\n  </Stud>\n</ODM>\n");
        Path empty = temp.resolve("empty");
        store.open(empty, DatabaseKey.of("stroma-demo-key")).close();
        CommandRun run = CommandRun.of(stroma, "import-odm", "--user", "investigator", "--db", empty.toString(), "--file", file.toString());
        assertEquals(1, run.exit());
        String error = run.singleErrorLine();
        assertTrue(error.startsWith("stroma import-odm: cannot import " + file + ": line 4, column "), error);
        assertTrue(error.endsWith("nothing was imported"), error);
        try (StudyDatabase database = store.open(empty, DatabaseKey.of("stroma-demo-key"))) {
            assertTrue(database.studies().isEmpty(), "no study after a refused import");
        }
        Path never = temp.resolve("never-created");
        assertEquals(1,
                CommandRun.of(stroma, "import-odm", "--user", "investigator", "--db", never.toString(), "--file", file.toString()).exit());
        assertTrue(Files.notExists(never), "a refused file creates no database");
    }

    @Test
    void aStudyTheDatabaseAlreadyHoldsIsRefused() {
        Path source = demo();
        Path file = temp.resolve("hands.xml");
        assertEquals(0, CommandRun.of(stroma, "export-odm", "--user", "investigator", "--db", source.toString(), "--study", STUDY, "--out",
                file.toString()).exit());
        CommandRun again = CommandRun.of(stroma, "import-odm", "--user", "investigator", "--db", source.toString(), "--file", file.toString());
        assertEquals(1, again.exit());
        assertTrue(again.singleErrorLine().contains("already holds a study " + STUDY), again.err());
    }
}
