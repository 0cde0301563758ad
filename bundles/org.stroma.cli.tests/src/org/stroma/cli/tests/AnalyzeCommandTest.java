package org.stroma.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.test.common.annotation.InjectService;
import org.osgi.test.junit5.service.ServiceExtension;
import org.stroma.analysis.comparison.ChangeFromBaseline;
import org.stroma.analysis.comparison.WelchTTest;
import org.stroma.cli.CommandDispatcher;

/**
 * {@code stroma analyze} on the demo database and on CSV files. Expected values come from R 4.x
 * ({@code t.test}, {@code wilcox.test}) on the same numbers: for the demo, the values that
 * {@code stroma export-csv --layout wide} writes (score_painMm at M6 of SSC-HAND-RCT, score_hand at
 * BL and W12 of SSC-HAND-SVF), so the data path is checked as well as the statistics.
 */
@ExtendWith(ServiceExtension.class)
class AnalyzeCommandTest {

    /** The demo is deterministic and only read here, so the tests share one. */
    @TempDir
    static Path shared;

    @InjectService
    CommandDispatcher stroma;

    @TempDir
    Path temp;

    private String demo() {
        Path folder = shared.resolve("demo");
        if (Files.notExists(folder)) {
            CommandRun made = CommandRun.of(stroma, "demo", "--db", folder.toString());
            assertEquals(0, made.exit(), made.err());
        }
        return folder.toString();
    }

    @Test
    void welchByArmOnTheDemoMatchesR() {
        CommandRun run = CommandRun.of(stroma, "analyze", "--db", demo(), "--user", "statistician", "--study",
                "SSC-HAND-RCT", "--outcome", "S1", "--analysis", WelchTTest.ID);
        assertEquals(0, run.exit(), run.err());
        // R: svf <- pain at M6 of the 10 subjects allocated to micrografts (MG-001, -004, -006, -008, -009, -010,
        // -014, -016, -018, -019), sc <- the 8 other subjects with a value; t.test(svf, sc):
        // mean difference 28.2 - 46.75 = -18.55, 95% CI -39.345381 to 2.245381, t -1.957560, df 11.272443,
        // p 0.0754968.
        assertTrue(run.out().lines().anyMatch(l -> l.matches("  Fat micrografts with SVF \\+ standard care - Standard care"
                + "\\s+-18\\.5500\\s+-39\\.3454\\s+2\\.2454\\s+\\S+\\s+-1\\.9576\\s+11\\.2724\\s+0\\.0755")), run.out());
        assertTrue(run.out().contains("  study      SSC-HAND-RCT"), run.out());
        assertTrue(run.out().contains("  values    18"), run.out());
        assertTrue(run.out().contains("Excluded (2)"), run.out());
        assertTrue(run.out().lines().anyMatch(l -> l.matches("  MG-003  Standard care  .*missing at 6 months "
                + "\\(no vas-pain assessment at 6 months; withdrawn on 2024-02-28: .*\\)")), run.out());
        assertTrue(run.out().lines().anyMatch(l -> l.matches("  MG-017  Standard care  .*lost to follow-up on .*")),
                run.out());

        CommandRun json = CommandRun.of(stroma, "analyze", "--db", demo(), "--user", "statistician", "--study",
                "SSC-HAND-RCT", "--outcome", "S1", "--analysis", WelchTTest.ID, "--format", "json");
        assertEquals(0, json.exit(), json.err());
        assertTrue(json.out().startsWith("{\n  \"analysis\": {\n    \"id\": \"stroma.t-test.welch\""), json.out());
        assertEquals(0.075496833272685943, number(json.out(), "p"), 1e-12);
        assertEquals(11.272442556426995, number(json.out(), "df"), 1e-9);
        assertTrue(json.out().contains("\"subject\": \"MG-003\""), json.out());
    }

    @Test
    void theBlindedAssessorMayAnalyseChangeOverAllSubjectsButNotByArm() {
        // R: bl, w12 <- score_hand at BL and W12 of SV-001..SV-007; t.test(w12, bl, paired = TRUE):
        // mean change -1.5714286, 95% CI -2.8636936 to -0.2791636, t -2.9755098, p 0.0247802;
        // wilcox.test(w12, bl, paired = TRUE) (ties, zeros): V 0, p 0.0533369.
        CommandRun paired = CommandRun.of(stroma, "analyze", "--db", demo(), "--user", "assessor", "--study",
                "SSC-HAND-SVF", "--outcome", "P1", "--analysis", ChangeFromBaseline.ID);
        assertEquals(0, paired.exit(), paired.err());
        assertTrue(paired.out().lines().anyMatch(l -> l.matches("  Paired t-test\\s+-1\\.5714\\s+-2\\.8637\\s+-0\\.2792"
                + "\\s+-2\\.9755\\s+6\\.0000\\s+0\\.0248\\s+t distribution")), paired.out());
        assertTrue(paired.out().lines().anyMatch(l -> l.matches("  Wilcoxon signed-rank \\(V\\).*\\s0\\.0533\\s.*")),
                paired.out());
        assertTrue(paired.out().contains("  groups    All subjects"), paired.out());
        assertTrue(paired.out().contains("  baseline   BL (Baseline)"), paired.out());

        for (String study : new String[] {"SSC-HAND-RCT", "LOS-FACE"}) {
            CommandRun byArm = CommandRun.of(stroma, "analyze", "--db", demo(), "--user", "assessor", "--study", study,
                    "--outcome", "P1", "--analysis", "stroma.descriptives");
            assertEquals(1, byArm.exit(), byArm.out());
            assertEquals("stroma analyze: assessor is blinded in study " + study + ": analyses by arm are not available;"
                    + " paired analyses over all subjects are", byArm.singleErrorLine());
            assertEquals("", byArm.out(), "nothing about the arms is printed");
        }
    }

    @Test
    void unknownAnalysesOutcomesAndFormatsAreRefused() {
        CommandRun unknown = CommandRun.of(stroma, "analyze", "--db", demo(), "--user", "statistician", "--study",
                "SSC-HAND-RCT", "--outcome", "S1", "--analysis", "stroma.no-such-test");
        assertEquals(2, unknown.exit());
        assertEquals("stroma analyze: no analysis 'stroma.no-such-test' is installed (stroma analyses lists them) "
                + "(see stroma analyze --help)", unknown.singleErrorLine());

        CommandRun ratings = CommandRun.of(stroma, "analyze", "--db", demo(), "--user", "statistician", "--study",
                "SSC-HAND-RCT", "--outcome", "S1", "--analysis", "stroma.kappa.cohen");
        assertEquals(2, ratings.exit());
        assertTrue(ratings.singleErrorLine().contains("needs ratings by two raters"), ratings.err());

        CommandRun outcome = CommandRun.of(stroma, "analyze", "--db", demo(), "--user", "statistician", "--study",
                "SSC-HAND-RCT", "--outcome", "P9", "--analysis", WelchTTest.ID);
        assertEquals(1, outcome.exit());
        assertTrue(outcome.singleErrorLine().contains("has no outcome measure 'P9'; its outcomes are P1, S1"),
                outcome.err());

        CommandRun format = CommandRun.of(stroma, "analyze", "--db", demo(), "--user", "statistician", "--study",
                "SSC-HAND-RCT", "--outcome", "S1", "--analysis", WelchTTest.ID, "--format", "xml");
        assertEquals(2, format.exit());
        assertTrue(format.singleErrorLine().contains("--format must be table or json, not 'xml'"));

        CommandRun setting = CommandRun.of(stroma, "analyze", "--db", demo(), "--user", "statistician", "--study",
                "SSC-HAND-RCT", "--outcome", "S1", "--analysis", WelchTTest.ID, "--settings", "level=0.9");
        assertEquals(2, setting.exit());
        assertTrue(setting.singleErrorLine().contains("--settings takes NAME=VALUE pairs of confidenceLevel"));
    }

    @Test
    void aCsvFileIsAnalysedWithoutSignInAndMatchesR() throws IOException {
        Path csv = write("groups.csv", """
                subject,arm,visit,score
                S01,SVF,M6,12.5
                S02,SVF,M6,14.0
                S03,Control,M6,10.1
                S04,SVF,M6,11.2
                S05,Control,M6,9.4
                S06,Control,M6,11.8
                S07,SVF,M6,15.8
                S08,Control,M6,8.9
                S09,SVF,M6,13.1
                S10,Control,M6,10.6
                S11,Control,M6,NA
                """);
        // R: svf <- c(12.5, 14.0, 11.2, 15.8, 13.1); ctl <- c(10.1, 9.4, 11.8, 8.9, 10.6); t.test(svf, ctl):
        // means 13.32 and 10.16, difference 3.16, 95% CI 0.9805675 to 5.3394325, t 3.4396627, df 6.8897839,
        // p 0.011113196109868821.
        CommandRun run = CommandRun.with(java.util.Map.of(), stroma, "analyze", "--csv", csv.toString(), "--value",
                "score", "--group", "arm", "--subject", "subject", "--visit", "visit", "--analysis", WelchTTest.ID);
        assertEquals(0, run.exit(), run.err());
        assertTrue(run.out().lines().anyMatch(l -> l.matches("  SVF - Control\\s+3\\.1600\\s+0\\.9806\\s+5\\.3394\\s+\\S+"
                + "\\s+3\\.4397\\s+6\\.8898\\s+0\\.0111")), run.out());
        assertTrue(run.out().lines().anyMatch(l -> l.matches("  SVF\\s+5\\s+13\\.3200\\s.*")), run.out());
        assertTrue(run.out().lines().anyMatch(l -> l.matches("  S11\\s+Control\\s+score missing at M6 \\(line 12: no value\\)")),
                run.out());

        CommandRun json = CommandRun.with(java.util.Map.of(), stroma, "analyze", "--csv", csv.toString(), "--value",
                "score", "--group", "arm", "--analysis", WelchTTest.ID, "--format", "json", "--settings",
                "confidenceLevel=0.9");
        assertEquals(0, json.exit(), json.err());
        assertEquals(0.011113196109868821, number(json.out(), "p"), 1e-12);
        // R: t.test(svf, ctl, conf.level = 0.9)$conf.int = 1.4152624695158109, 4.9047375304841898.
        assertEquals(1.4152624695158109, number(json.out(), "lower"), 1e-9);
        assertEquals(4.9047375304841898, number(json.out(), "upper"), 1e-9);
    }

    @Test
    void aPairedCsvTakesBaselineAndFollowUpRowsPerSubject() throws IOException {
        Path csv = write("paired.csv", """
                patient,visit,mrss
                P1,Baseline,24
                P2,Baseline,18
                P3,Baseline,30
                P4,Baseline,21
                P5,Baseline,27
                P6,Baseline,19
                P7,Baseline,22
                P1,Week 12,20
                P2,Week 12,17
                P3,Week 12,25
                P4,Week 12,21
                P5,Week 12,22
                P6,Week 12,15
                """);
        // R: bl <- c(24, 18, 30, 21, 27, 19); w12 <- c(20, 17, 25, 21, 22, 15); t.test(w12, bl, paired = TRUE):
        // mean change -3.1666667, 95% CI -5.4092855 to -0.9240478, t -3.6297634, df 5, p 0.0150643.
        CommandRun run = CommandRun.with(java.util.Map.of(), stroma, "analyze", "--csv", csv.toString(), "--value",
                "mrss", "--subject", "patient", "--visit", "visit", "--analysis", "stroma.t-test.paired");
        assertEquals(0, run.exit(), run.err());
        assertTrue(run.out().lines().anyMatch(l -> l.matches("\\s+6\\s+-3\\.1667\\s+\\S+\\s+-5\\.4093\\s+-0\\.9240\\s+-3\\.6298"
                + "\\s+5\\.0000\\s+0\\.0151")), run.out());
        assertTrue(run.out().contains("  P7  All subjects  mrss missing at Week 12 (no row at Week 12)"), run.out());

        CommandRun noSubject = CommandRun.with(java.util.Map.of(), stroma, "analyze", "--csv", csv.toString(), "--value",
                "mrss", "--visit", "visit", "--analysis", "stroma.t-test.paired");
        assertEquals(2, noSubject.exit());
        assertTrue(noSubject.singleErrorLine().contains("--subject COL is needed"), noSubject.err());
    }

    @Test
    void aBadCsvIsRefusedNamingTheLine() throws IOException {
        // Line 3 is blank and line 4 holds a quoted line break, so the bad value is on line 6.
        Path bad = write("bad.csv", "subject,arm,score\r\nS01,A,1.5\r\n\r\nS02,\"B\nb\",2\r\nS03,A,abc\r\n");
        CommandRun run = CommandRun.with(java.util.Map.of(), stroma, "analyze", "--csv", bad.toString(), "--value",
                "score", "--group", "arm", "--analysis", "stroma.descriptives");
        assertEquals(1, run.exit());
        assertEquals("stroma analyze: " + bad + " line 6: 'abc' in column score is not a number", run.singleErrorLine());
        assertEquals("", run.out());

        Path shortRow = write("short.csv", "subject,arm,score\nS01,A,1.5\nS02,B\n");
        CommandRun fields = CommandRun.with(java.util.Map.of(), stroma, "analyze", "--csv", shortRow.toString(),
                "--value", "score", "--group", "arm", "--analysis", "stroma.descriptives");
        assertEquals(1, fields.exit());
        assertEquals("stroma analyze: " + shortRow + " line 3 has 2 fields; the header has 3", fields.singleErrorLine());

        CommandRun column = CommandRun.with(java.util.Map.of(), stroma, "analyze", "--csv", shortRow.toString(),
                "--value", "points", "--group", "arm", "--analysis", "stroma.descriptives");
        assertEquals(1, column.exit());
        assertTrue(column.singleErrorLine().endsWith("has no column 'points'; its columns are subject, arm, score"));

        CommandRun both = CommandRun.with(java.util.Map.of(), stroma, "analyze", "--csv", shortRow.toString(),
                "--value", "score", "--group", "arm", "--analysis", "stroma.descriptives", "--study", "LOS-FACE");
        assertEquals(2, both.exit());
        assertFalse(both.err().toLowerCase(Locale.ROOT).contains("exception"), both.err());
    }

    private Path write(String name, String text) throws IOException {
        return Files.writeString(temp.resolve(name), text, StandardCharsets.UTF_8);
    }

    /** The first JSON member {@code "key": number} in the document. */
    private static double number(String json, String key) {
        Matcher m = Pattern.compile("\"" + Pattern.quote(key) + "\": (-?[0-9.]+(?:[eE][-+]?[0-9]+)?)").matcher(json);
        assertTrue(m.find(), key + " in " + json);
        return Double.parseDouble(m.group(1));
    }
}
