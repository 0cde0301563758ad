package org.stroma.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.test.common.annotation.InjectService;
import org.osgi.test.junit5.service.ServiceExtension;
import org.stroma.cli.CommandDispatcher;

/**
 * {@code stroma reports} and {@code stroma report} on the demo database: the installed reports
 * listed, a report written to the file asked for in each format, refusals in one line with
 * nothing written.
 */
@ExtendWith(ServiceExtension.class)
class ReportCommandsTest {

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

    @Test
    void reportsListsTheBuiltInReportsWithTheOptionsTheyNeed() {
        CommandRun run = CommandRun.of(stroma, "reports");

        assertEquals(0, run.exit(), run.err());
        List<String> lines = run.out().lines().toList();
        assertTrue(lines.get(0).matches("NAME +VERSION +TITLE +OPTIONS +BLINDED USERS +PROVIDED BY"), lines.get(0));
        for (String name : List.of("consort", "baseline", "outcomes", "adverse-events", "randomization-log",
                "audit-trail", "casebook", "dosing-sheet")) {
            assertTrue(lines.stream().anyMatch(l -> l.startsWith(name + " ")), name + " in " + run.out());
        }
        assertTrue(lines.stream().anyMatch(l -> l.matches("casebook +1 +Subject Casebook +--subject +allowed +"
                + "org\\.stroma\\.reporting")), run.out());
        assertTrue(lines.stream().anyMatch(l -> l.matches("randomization-log +1 +Randomization Log +- +refused +.*")),
                run.out());
    }

    @Test
    void reportWritesTheFileInTheFormatAskedFor() throws Exception {
        Path pdf = temp.resolve("out/consort.pdf");
        Path html = temp.resolve("out/consort.html");

        CommandRun first = CommandRun.of(stroma, "report", "--db", demo.toString(), "--user", "statistician",
                "--study", "LOS-FACE", "--report", "consort", "--out", pdf.toString());
        CommandRun second = CommandRun.of(stroma, "report", "--db", demo.toString(), "--user", "coordinator",
                "--study", "LOS-FACE", "--report", "consort", "--format", "html", "--out", html.toString());

        assertEquals(0, first.exit(), first.err());
        assertEquals("Wrote consort for LOS-FACE to " + pdf.toAbsolutePath() + " (PDF document)", first.out().strip());
        assertEquals("%PDF", new String(Files.readAllBytes(pdf), 0, 4, java.nio.charset.StandardCharsets.US_ASCII));
        assertEquals(0, second.exit(), second.err());
        assertTrue(Files.readString(html).contains("Randomized (n=18)"));
    }

    @Test
    void refusalsAreOneLineAndWriteNothing() {
        Path out = temp.resolve("refused.pdf");

        CommandRun noSubject = CommandRun.of(stroma, "report", "--db", demo.toString(), "--user", "statistician",
                "--study", "LOS-FACE", "--report", "casebook", "--out", out.toString());
        CommandRun badDate = CommandRun.of(stroma, "report", "--db", demo.toString(), "--user", "statistician",
                "--study", "LOS-FACE", "--report", "audit-trail", "--from", "31/03/2026", "--out", out.toString());
        CommandRun assessor = CommandRun.of(stroma, "report", "--db", demo.toString(), "--user", "assessor",
                "--study", "LOS-FACE", "--report", "consort", "--out", out.toString());
        CommandRun format = CommandRun.of(stroma, "report", "--db", demo.toString(), "--user", "statistician",
                "--study", "LOS-FACE", "--report", "consort", "--format", "xlsx", "--out", out.toString());

        assertEquals(1, noSubject.exit());
        assertEquals("stroma report: this report needs --subject (Subject)", noSubject.singleErrorLine());
        assertEquals(1, badDate.exit());
        assertTrue(badDate.singleErrorLine().contains("--from '31/03/2026' is not a date; write it as yyyy-mm-dd"),
                badDate.err());
        assertEquals(1, assessor.exit());
        assertTrue(assessor.singleErrorLine().startsWith("stroma report: assessor"), assessor.err());
        assertTrue(format.singleErrorLine().contains("unknown report format 'xlsx'"), format.err());
        assertFalse(Files.exists(out));
    }
}
