package org.stroma.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.test.common.annotation.InjectService;
import org.osgi.test.junit5.service.ServiceExtension;
import org.stroma.cli.CommandDispatcher;

/** Commands sign in, check the same permissions as the workbench, and never take a password as an argument. */
@ExtendWith(ServiceExtension.class)
class AccessCommandsTest {

    @InjectService
    CommandDispatcher stroma;

    @TempDir
    Path temp;

    private Path demo;

    @BeforeEach
    void createDemo() {
        demo = temp.resolve("demo");
        assertEquals(0, CommandRun.of(stroma, "demo", "--db", demo.toString()).exit());
    }

    private static Map<String, String> secrets(String key, String password) {
        Map<String, String> environment = new HashMap<>();
        if (key != null) {
            environment.put("STROMA_DB_KEY", key);
        }
        if (password != null) {
            environment.put("STROMA_PASSWORD", password);
        }
        return environment;
    }

    @Test
    void withoutAPasswordOrATerminalTheCommandSaysWhereThePasswordComesFrom() {
        CommandRun run = CommandRun.with(secrets("stroma-demo-key", null), stroma, "list-studies", "--db",
                demo.toString(), "--user", "coordinator");
        assertEquals(1, run.exit());
        assertEquals("stroma list-studies: Password for coordinator is needed: set STROMA_PASSWORD or run the "
                + "command in a terminal to be asked", run.singleErrorLine());
        CommandRun asArgument = CommandRun.of(stroma, "list-studies", "--db", demo.toString(), "--user",
                "coordinator", "--password", "Stroma-demo-2026");
        assertEquals(2, asArgument.exit(), "there is no option to give a password on the command line");
        CommandRun noUser = CommandRun.of(stroma, "list-studies", "--db", demo.toString());
        assertEquals(2, noUser.exit());
        assertTrue(noUser.singleErrorLine().contains("--user NAME is needed"), noUser.err());
    }

    @Test
    void aWrongPasswordOrAWrongKeyIsRefusedInOneLine() {
        CommandRun wrongPassword = CommandRun.with(secrets("stroma-demo-key", "Guessing-123"), stroma, "list-studies",
                "--db", demo.toString(), "--user", "coordinator");
        assertEquals(1, wrongPassword.exit());
        assertEquals("stroma list-studies: cannot sign in to " + demo + ": the user name or password is wrong",
                wrongPassword.singleErrorLine());
        CommandRun wrongKey = CommandRun.with(secrets("not-the-demo-key", "Stroma-demo-2026"), stroma, "list-studies",
                "--db", demo.toString(), "--user", "coordinator");
        assertEquals(1, wrongKey.exit());
        assertTrue(wrongKey.singleErrorLine().contains("the database key is wrong"), wrongKey.err());
    }

    @Test
    void onlyAnAdministratorBacksUpAndRestoresAndTheRestoredCopyWorks() throws Exception {
        Path backup = temp.resolve("backup.zip");
        CommandRun refused = CommandRun.of(stroma, "backup", "--db", demo.toString(), "--user", "coordinator",
                "--out", backup.toString());
        assertEquals(1, refused.exit());
        assertEquals("stroma backup: coordinator (Study coordinator) may not back up the database",
                refused.singleErrorLine());
        assertFalse(Files.exists(backup));

        CommandRun done = CommandRun.of(stroma, "backup", "--db", demo.toString(), "--user", "admin", "--out",
                backup.toString());
        assertEquals(0, done.exit(), done.err());
        assertTrue(done.out().startsWith("Backed up "), done.out());

        Path byCoordinator = temp.resolve("restored-by-coordinator");
        CommandRun notAdmin = CommandRun.of(stroma, "restore", "--file", backup.toString(), "--db",
                byCoordinator.toString(), "--user", "coordinator");
        assertEquals(1, notAdmin.exit());
        assertTrue(notAdmin.singleErrorLine().endsWith("nothing was restored"), notAdmin.err());
        assertFalse(Files.exists(byCoordinator.resolve("database")), "nothing left behind");

        Path restored = temp.resolve("restored");
        CommandRun restore = CommandRun.of(stroma, "restore", "--file", backup.toString(), "--db", restored.toString(),
                "--user", "admin");
        assertEquals(0, restore.exit(), restore.err());
        assertTrue(restore.out().contains("audit trail intact"), restore.out());
        CommandRun listed = CommandRun.of(stroma, "list-studies", "--db", restored.toString(), "--user",
                "coordinator");
        assertEquals(CommandRun.of(stroma, "list-studies", "--db", demo.toString(), "--user", "coordinator").out(),
                listed.out(), "the restored database holds the same studies");
    }

    @Test
    void theAdministratorListsAndAddsAccountsAndOthersCannot() {
        CommandRun users = CommandRun.of(stroma, "users", "--db", demo.toString(), "--user", "admin");
        assertEquals(0, users.exit(), users.err());
        assertEquals(List.of("admin", "assessor", "coordinator", "investigator", "monitor", "statistician"),
                users.out().lines().map(l -> l.split("\\s+")[0]).toList());
        assertTrue(users.out().lines().anyMatch(l -> l.startsWith("assessor") && l.contains("Blinded outcome assessor")
                && l.contains("all sites") && l.endsWith("Dr. Rosa Iglesias")), users.out());

        Map<String, String> weak = new HashMap<>(CommandRun.DEMO_SECRETS);
        weak.put("STROMA_NEW_PASSWORD", "short");
        CommandRun refused = CommandRun.with(weak, stroma, "add-user", "--db", demo.toString(), "--user", "admin",
                "--name", "nurse.li", "--full-name", "Li Na", "--role", "study-coordinator", "--sites", "SH02");
        assertEquals(1, refused.exit());
        assertTrue(refused.singleErrorLine().contains("the password is not accepted"), refused.err());

        Map<String, String> good = new HashMap<>(CommandRun.DEMO_SECRETS);
        good.put("STROMA_NEW_PASSWORD", "Shanghai-2026-ln");
        CommandRun added = CommandRun.with(good, stroma, "add-user", "--db", demo.toString(), "--user", "admin",
                "--name", "nurse.li", "--full-name", "Li Na", "--role", "study-coordinator", "--sites", "SH02");
        assertEquals(0, added.exit(), added.err());
        assertEquals("Added nurse.li (Study coordinator, sites SH02)", added.out().strip());

        CommandRun notAdmin = CommandRun.of(stroma, "users", "--db", demo.toString(), "--user", "investigator");
        assertEquals(1, notAdmin.exit());
        assertEquals("stroma users: investigator (Investigator) may not manage user accounts", notAdmin.singleErrorLine());
    }

    @Test
    void aBlindedAssessorCannotExportAndTheRefusalNamesNoArm() {
        Path out = temp.resolve("mrss.csv");
        CommandRun run = CommandRun.of(stroma, "export-csv", "--db", demo.toString(), "--user", "assessor",
                "--study", "LOS-FACE", "--instrument", "mrss", "--out", out.toString());
        assertEquals(1, run.exit());
        assertEquals("stroma export-csv: assessor (Blinded outcome assessor) may not export study data",
                run.singleErrorLine());
        assertFalse(Files.exists(out));
    }

    @Test
    void aMonitorRaisesAQueryTheCoordinatorAnswersAndOnlyTheMonitorCloses() {
        String db = demo.toString();
        CommandRun raised = CommandRun.of(stroma, "queries", "--db", db, "--user", "monitor", "--study",
                "SSC-HAND-SVF", "--raise", "SSC-HAND-SVF-S001", "--text", "Date of birth differs from the source");
        assertEquals(0, raised.exit(), raised.err());
        String id = raised.out().split(" ")[1];
        CommandRun notMonitor = CommandRun.of(stroma, "queries", "--db", db, "--user", "coordinator", "--study",
                "SSC-HAND-SVF", "--raise", "SSC-HAND-SVF-S001", "--text", "?");
        assertEquals("stroma queries: coordinator (Study coordinator) may not raise data queries",
                notMonitor.singleErrorLine());
        assertEquals(0, CommandRun.of(stroma, "queries", "--db", db, "--user", "coordinator", "--study",
                "SSC-HAND-SVF", "--answer", id, "--text", "Corrected from the ID card").exit());
        CommandRun listed = CommandRun.of(stroma, "queries", "--db", db, "--user", "investigator", "--study",
                "SSC-HAND-SVF");
        assertTrue(listed.out().startsWith(id + " ANSWERED SSC-HAND-SVF-S001"), listed.out());
        assertTrue(listed.out().contains("answered by coordinator: Corrected from the ID card"), listed.out());
        assertEquals(0, CommandRun.of(stroma, "queries", "--db", db, "--user", "monitor", "--study",
                "SSC-HAND-SVF", "--close", id).exit());
        assertTrue(CommandRun.of(stroma, "queries", "--db", db, "--user", "monitor", "--study", "SSC-HAND-SVF")
                .out().contains(" CLOSED "));
    }
}
