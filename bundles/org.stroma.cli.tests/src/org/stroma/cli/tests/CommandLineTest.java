package org.stroma.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.test.common.annotation.InjectService;
import org.osgi.test.junit5.service.ServiceExtension;
import org.stroma.cli.CommandDispatcher;
import org.stroma.store.StudyDatabase;
import org.stroma.store.StudyStore;
import org.stroma.store.StudySummary;

/** The commands as a user runs them: exit codes, what is printed, what lands on disk. */
@ExtendWith(ServiceExtension.class)
class CommandLineTest {

    @InjectService
    CommandDispatcher stroma;

    @InjectService
    StudyStore store;

    @TempDir
    Path temp;

    @Test
    void helpListsEveryCommandWithItsSummary() {
        CommandRun run = CommandRun.of(stroma, "help");
        assertEquals(0, run.exit());
        for (String line : List.of("demo +create a demo study database", "list-studies +list the studies",
                "verify-audit +check that the audit trail", "version +print the versions")) {
            assertTrue(run.out().lines().anyMatch(l -> l.matches("  " + line + ".*")), line + " in\n" + run.out());
        }
        assertEquals(run.out(), CommandRun.of(stroma).out(), "no arguments shows the same help");
        assertEquals("", run.err());
    }

    @Test
    void everyCommandAnswersHelp() {
        for (String command : List.of("demo", "version", "list-studies", "verify-audit", "export-csv")) {
            CommandRun run = CommandRun.of(stroma, command, "--help");
            assertEquals(0, run.exit(), command);
            assertTrue(run.out().startsWith("Usage: stroma " + command), run.out());
        }
        assertTrue(CommandRun.of(stroma, "help", "demo").out().contains("--db DIR"));
    }

    @Test
    void versionNamesTheProductAndItsComponents() {
        CommandRun run = CommandRun.of(stroma, "version");
        assertEquals(0, run.exit(), run.err());
        assertTrue(run.out().startsWith("Stroma Workbench 0.1.0"), run.out());
        assertTrue(run.out().lines().anyMatch(l -> l.matches("\\s+Apache Derby\\s+10\\.17\\..*")), run.out());
        assertTrue(run.out().lines().anyMatch(l -> l.matches("\\s+Eclipse Equinox.*\\s+3\\.\\d+.*")), run.out());
        assertTrue(run.out().contains("Java"), run.out());
    }

    @Test
    void demoCreatesTheFourSyntheticStudiesOnDisk() {
        Path folder = temp.resolve("demo");
        CommandRun run = CommandRun.of(stroma, "demo", "--db", folder.toString());
        assertEquals(0, run.exit(), run.err());
        assertTrue(run.out().contains("LOS-FACE"), run.out());
        try (StudyDatabase database = store.open(folder, org.stroma.store.DatabaseKey.of("stroma-demo-key"))) {
            List<StudySummary> studies = database.studies();
            assertEquals(List.of("LOS-FACE", "LOS-HAIR", "SSC-HAND-RCT", "SSC-HAND-SVF"),
                    studies.stream().map(StudySummary::id).toList());
            assertTrue(studies.stream().allMatch(StudySummary::synthetic));
        }
    }

    @Test
    void demoIntoAnExistingDatabaseFailsWithOneLineAndChangesNothing() {
        Path folder = temp.resolve("demo");
        assertEquals(0, CommandRun.of(stroma, "demo", "--db=" + folder).exit());
        CommandRun again = CommandRun.of(stroma, "demo", "--db", folder.toString());
        assertEquals(1, again.exit());
        assertTrue(again.singleErrorLine().contains("already holds a study database"), again.err());
        try (StudyDatabase database = store.open(folder, org.stroma.store.DatabaseKey.of("stroma-demo-key"))) {
            assertEquals(4, database.studies().size());
        }
    }

    @Test
    void listStudiesStartsEachLineWithTheStudyId() {
        Path folder = temp.resolve("demo");
        assertEquals(0, CommandRun.of(stroma, "demo", "--db", folder.toString()).exit());
        CommandRun run = CommandRun.of(stroma, "list-studies", "--user", "investigator", "--db", folder.toString());
        assertEquals(0, run.exit(), run.err());
        List<String> lines = run.out().lines().toList();
        assertEquals(List.of("LOS-FACE", "LOS-HAIR", "SSC-HAND-RCT", "SSC-HAND-SVF"),
                lines.stream().map(l -> l.split("\\s+")[0]).toList());
        assertTrue(lines.get(0).contains("LoS-FACE") && lines.get(0).contains("parallel-randomized, 3 arms (1:1:1)"),
                lines.get(0));
        assertTrue(lines.stream().allMatch(l -> l.endsWith("SYNTHETIC")), run.out());
        // Real sizes of the four source trials: 18, 40, 20 and 7 enrolled.
        assertEquals(List.of("18", "40", "20", "7"),
                lines.stream().map(l -> l.replaceAll(".*?(\\d+) enrolled.*", "$1")).toList());
    }

    @Test
    void commandsThatReadRefuseAFolderWithoutADatabase() {
        Path empty = temp.resolve("nothing-here");
        for (String command : List.of("list-studies", "verify-audit")) {
            CommandRun run = CommandRun.of(stroma, command, "--db", empty.toString());
            assertEquals(1, run.exit(), command);
            assertTrue(run.singleErrorLine().contains("holds no study database"), run.err());
        }
        assertTrue(Files.notExists(empty), "reading commands create nothing");
    }

    @Test
    void verifyAuditReportsAnIntactTrail() {
        Path folder = temp.resolve("demo");
        assertEquals(0, CommandRun.of(stroma, "demo", "--db", folder.toString()).exit());
        CommandRun run = CommandRun.of(stroma, "verify-audit", "--user", "investigator", "--db", folder.toString());
        assertEquals(0, run.exit(), run.err());
        assertTrue(run.out().startsWith("audit trail intact:"), run.out());
    }

    @Test
    void exportCsvWritesTheWholeFileOrNone() throws Exception {
        Path folder = temp.resolve("demo");
        assertEquals(0, CommandRun.of(stroma, "demo", "--db", folder.toString()).exit());
        Path csv = temp.resolve("mrss.csv");
        CommandRun run = CommandRun.of(stroma, "export-csv", "--user", "investigator", "--db", folder.toString(), "--study", "SSC-HAND-SVF",
                "--instrument", "mrss", "--layout", "wide", "--out", csv.toString());
        assertEquals(0, run.exit(), run.err());
        List<String> lines = Files.readAllLines(csv);
        assertEquals(1 + 14, lines.size(), "a header and 7 subjects x 2 visits");
        assertTrue(lines.get(0).startsWith("study,site,subject,visit,date,instrument,instrument_version,"), lines.get(0));

        Path refused = temp.resolve("none.csv");
        CommandRun unknown = CommandRun.of(stroma, "export-csv", "--user", "investigator", "--db", folder.toString(), "--study", "SSC-HAND-SVF",
                "--instrument", "loscat", "--out", refused.toString());
        assertEquals(1, unknown.exit());
        assertEquals("stroma export-csv: study SSC-HAND-SVF has no loscat assessments", unknown.singleErrorLine());
        assertTrue(Files.notExists(refused), "nothing written");
        assertTrue(Files.notExists(temp.resolve("none.csv.partial")), "no partial file left");

        CommandRun badLayout = CommandRun.of(stroma, "export-csv", "--user", "investigator", "--db", folder.toString(), "--study", "SSC-HAND-SVF",
                "--instrument", "mrss", "--layout", "tall", "--out", refused.toString());
        assertEquals(2, badLayout.exit());
        assertTrue(badLayout.singleErrorLine().contains("--layout must be long or wide, not 'tall'"));
    }

    @Test
    void wrongUsageExitsTwoWithOneClearLine() {
        CommandRun missing = CommandRun.of(stroma, "demo");
        assertEquals(2, missing.exit());
        assertEquals("stroma demo: missing --db DIR (see stroma demo --help)", missing.singleErrorLine());

        CommandRun unknownOption = CommandRun.of(stroma, "demo", "--database", "x");
        assertEquals(2, unknownOption.exit());
        assertTrue(unknownOption.singleErrorLine().contains("unknown option --database"));

        CommandRun noValue = CommandRun.of(stroma, "demo", "--db");
        assertEquals(2, noValue.exit());
        assertTrue(noValue.singleErrorLine().contains("--db needs a value"));

        CommandRun unknownCommand = CommandRun.of(stroma, "randomise");
        assertEquals(2, unknownCommand.exit());
        assertTrue(unknownCommand.singleErrorLine().contains("unknown command 'randomise'"));

        CommandRun extra = CommandRun.of(stroma, "version", "now");
        assertEquals(2, extra.exit());
        assertTrue(extra.singleErrorLine().contains("unexpected argument 'now'"));
        assertTrue(Files.notExists(temp.resolve("x")), "nothing is created on a usage error");
    }
}
