package org.stroma.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.test.common.annotation.InjectService;
import org.osgi.test.junit5.service.ServiceExtension;
import org.stroma.cli.CommandDispatcher;
import org.stroma.model.study.Consent;
import org.stroma.model.study.Study;
import org.stroma.model.study.StudyFactory;
import org.stroma.model.study.Subject;
import org.stroma.model.study.SubjectEvent;
import org.stroma.model.study.SubjectState;
import org.stroma.store.AllocationListRecord;
import org.stroma.store.ChangeContext;
import org.stroma.store.DatabaseKey;
import org.stroma.store.StudyDatabase;
import org.stroma.store.StudyStore;

/**
 * The randomization commands as the trial team runs them on the demo database: the statistician
 * simulates and stores a list (printing no seed), coordinators randomize and reconcile emergency
 * envelopes, only the statistician reads the allocation log; refusals are one line.
 */
@ExtendWith(ServiceExtension.class)
class RandomizationCommandsTest {

    private static final String RCT = "SSC-HAND-RCT";
    private static final String FACE = "LOS-FACE";

    @InjectService
    CommandDispatcher stroma;

    @InjectService
    StudyStore store;

    @TempDir
    Path temp;

    private Path demo;

    @BeforeEach
    void createDemo() {
        demo = temp.resolve("demo");
        assertEquals(0, CommandRun.of(stroma, "demo", "--db", demo.toString()).exit());
    }

    private StudyDatabase open() {
        return store.open(demo, DatabaseKey.of("stroma-demo-key"));
    }

    /** Adds enrolled subjects with a signed consent, not allocated, as a coordinator records them. */
    private void enrol(String studyId, String siteCode, String... ids) {
        try (StudyDatabase database = open()) {
            Study study = database.loadStudy(studyId).orElseThrow();
            List<Subject> added = new ArrayList<>();
            Date yesterday = Date.from(Instant.now().minus(Duration.ofDays(1)));
            for (String id : ids) {
                Subject subject = StudyFactory.eINSTANCE.createSubject();
                subject.setId(id);
                subject.setScreeningId("SCR-" + id);
                subject.setSubjectId(id);
                subject.setSite(study.getSites().stream().filter(s -> s.getCode().equals(siteCode)).findFirst()
                        .orElseThrow());
                Consent consent = StudyFactory.eINSTANCE.createConsent();
                consent.setId(id + "-consent");
                consent.setSigned(true);
                consent.setDate(yesterday);
                subject.getConsents().add(consent);
                SubjectEvent enrolled = StudyFactory.eINSTANCE.createSubjectEvent();
                enrolled.setId(id + "-enrolled");
                enrolled.setState(SubjectState.ENROLLED);
                enrolled.setDate(yesterday);
                subject.getEvents().add(enrolled);
                study.getSubjects().add(subject);
                added.add(subject);
            }
            database.saveRecords(study, added, ChangeContext.firstEntry("coordinator"));
        }
    }

    /** The study's stored lists, read past the access control. */
    private List<AllocationListRecord> lists(String studyId) {
        try (StudyDatabase database = open()) {
            return database.randomization().lists(studyId);
        }
    }

    private AllocationListRecord mainList(String studyId) {
        return lists(studyId).stream().filter(l -> l.purpose().equals("main")).findFirst().orElseThrow();
    }

    /** The arm of entry {@code sequence} of {@code stratum}: entry lines are {@code stratum;n;block;size;arm}. */
    private static String entry(AllocationListRecord list, String stratum, int sequence) {
        return list.content().lines().filter(l -> l.startsWith(stratum + ";" + sequence + ";")).findFirst()
                .map(l -> l.substring(l.lastIndexOf(';') + 1)).orElseThrow(() -> new AssertionError(
                        "no entry " + sequence + " of " + stratum));
    }

    private Subject stored(String studyId, String id) {
        try (StudyDatabase database = open()) {
            return database.loadStudy(studyId).orElseThrow().getSubjects().stream().filter(s -> s.getId().equals(id))
                    .findFirst().orElseThrow();
        }
    }

    private CommandRun run(String... args) {
        return CommandRun.of(stroma, args);
    }

    @Test
    void aDryRunPrintsBlocksBesideMinimizationAndStoresNothing() {
        AllocationListRecord before = mainList(FACE);
        CommandRun table = run("randomize-plan", "--db", demo.toString(), "--user", "statistician", "--study", FACE,
                "--method", "blocks", "--compare", "minimization", "--trials", "2000", "--dry-run");
        assertEquals(0, table.exit(), table.err());
        for (String line : List.of("Diagnostics: 2000 simulated trials of 18 subjects; site drawn uniformly from SH01",
                "[1] permuted blocks AFG:SVF-AFG:ADSC-AFG 1:1:1, blocks of 3 or 6",
                "[2] minimization AFG:SVF-AFG:ADSC-AFG 1:1:1, p=0.80, on site", "Dry run: no list stored.")) {
            assertTrue(table.out().lines().anyMatch(l -> l.startsWith(line)), line + " in\n" + table.out());
        }
        assertTrue(table.out().lines().anyMatch(l -> l.matches("chance guess probability +0\\.333 +0\\.333")),
                table.out());
        assertTrue(table.out().lines().anyMatch(l -> l.matches("trials x subjects +2000 x 18 +2000 x 18")),
                table.out());

        CommandRun json = run("randomize-plan", "--db", demo.toString(), "--user", "statistician", "--study", FACE,
                "--method", "blocks", "--compare", "minimization", "--trials", "2000", "--dry-run", "--format", "json");
        assertEquals(0, json.exit(), json.err());
        Map<String, Object> document = DoseCommandTest.Json.object(json.out());
        assertEquals(FACE, document.get("study"));
        assertEquals(Boolean.TRUE, document.get("dryRun"));
        assertNull(document.get("stored"));
        assertEquals(0, new BigDecimal(18).compareTo((BigDecimal) document.get("plannedSubjects")));
        List<?> schemes = (List<?>) document.get("schemes");
        assertEquals(List.of("blocks", "minimization"), schemes.stream()
                .map(s -> DoseCommandTest.Json.cast(s).get("method")).toList());
        for (Object scheme : schemes) {
            Map<String, Object> diagnostics = DoseCommandTest.Json.cast(DoseCommandTest.Json.member(
                    DoseCommandTest.Json.cast(scheme), "diagnostics"));
            assertEquals(0, new BigDecimal(2000).compareTo((BigDecimal) diagnostics.get("trials")));
            assertEquals(1.0 / 3, ((BigDecimal) diagnostics.get("chanceGuessProbability")).doubleValue(), 1e-12);
            double guess = ((BigDecimal) diagnostics.get("correctGuessProbability")).doubleValue();
            assertTrue(guess > 1.0 / 3 && guess < 1, "the convergence strategy beats chance: " + guess);
            assertTrue(DoseCommandTest.Json.cast(diagnostics.get("meanImbalanceByStratum")).containsKey("site=SH01"));
        }

        AllocationListRecord after = mainList(FACE);
        assertEquals(List.of(before.listId()), lists(FACE).stream().map(AllocationListRecord::listId).toList(),
                "a dry run stores nothing");
        assertEquals(before.content(), after.content());
    }

    @Test
    void theStatisticianStoresAListAndNoSeedOrEntryIsPrinted() {
        CommandRun run = run("randomize-plan", "--db", demo.toString(), "--user", "statistician", "--study", RCT,
                "--method", "stratified-blocks", "--factor", "site", "--blocks", "1,2", "--trials", "500");
        assertEquals(0, run.exit(), run.err());
        AllocationListRecord stored = mainList(RCT);
        assertTrue(stored.description().startsWith("stratified permuted blocks MG-SVF:SOC 1:1, blocks of 2 or 4, by "
                + "site"), stored.description());
        assertTrue(run.out().contains("Stored list " + stored.listId() + " (main) of study " + RCT + ": "
                + stored.description()), run.out());
        String seed = stored.content().lines().filter(l -> l.startsWith("seed=")).findFirst().orElseThrow()
                .substring("seed=".length());
        assertEquals(32, seed.length());
        assertFalse(run.out().contains(seed), "the seed is not printed");
        assertFalse(run.out().contains("site=IT01;1;"), "no entry is printed");
        assertTrue(stored.content().contains("method=stratified-blocks"));

        CommandRun json = run("randomize-plan", "--db", demo.toString(), "--user", "admin", "--study", RCT,
                "--method", "simple", "--trials", "100", "--format", "json");
        assertEquals(0, json.exit(), json.err());
        AllocationListRecord replaced = mainList(RCT);
        assertEquals(replaced.listId(), DoseCommandTest.Json.member(DoseCommandTest.Json.object(json.out()),
                "stored", "listId"));
        assertEquals("admin", replaced.createdBy());
        String seedAfter = replaced.content().lines().filter(l -> l.startsWith("seed=")).findFirst().orElseThrow()
                .substring("seed=".length());
        assertFalse(json.out().contains(seedAfter), "the seed is not in the JSON either");
    }

    @Test
    void aCoordinatorMayNotPlanAndAWrongMethodIsAUsageError() {
        AllocationListRecord before = mainList(RCT);
        CommandRun refused = run("randomize-plan", "--db", demo.toString(), "--user", "coordinator", "--study", RCT,
                "--method", "blocks", "--trials", "100");
        assertEquals(1, refused.exit());
        assertEquals("stroma randomize-plan: coordinator (Study coordinator) may not plan randomization or read "
                + "allocation lists", refused.singleErrorLine());
        assertEquals(before.listId(), mainList(RCT).listId(), "nothing stored");

        CommandRun method = run("randomize-plan", "--db", demo.toString(), "--user", "statistician", "--study", RCT,
                "--method", "shuffle");
        assertEquals(2, method.exit());
        assertTrue(method.singleErrorLine().contains("randomization method 'shuffle' is not one of simple, blocks, "
                + "stratified-blocks, minimization"), method.err());
        CommandRun factor = run("randomize-plan", "--db", demo.toString(), "--user", "statistician", "--study", RCT,
                "--method", "minimization", "--factor", "shoeSize");
        assertEquals(2, factor.exit());
        assertTrue(factor.singleErrorLine().contains("'shoeSize' is not a factor subjects have"), factor.err());
        assertEquals(before.listId(), mainList(RCT).listId());
    }

    @Test
    void aCoordinatorRandomizesOnceAndOnlyTheStatisticianReadsTheLog() {
        enrol(RCT, "IT01", "RCT-N1");
        enrol(RCT, "IT02", "RCT-N2");
        AllocationListRecord list = mainList(RCT);
        String first = entry(list, "site=IT01", 1);
        String second = entry(list, "site=IT02", 1);

        CommandRun randomized = run("randomize", "--db", demo.toString(), "--user", "coordinator", "--study", RCT,
                "--subject", "RCT-N1");
        assertEquals(0, randomized.exit(), randomized.err());
        Matcher line = Pattern.compile("RCT-N1 randomized to (\\S+) \\((.+)\\) \u2014 number 1 of stratum site=IT01")
                .matcher(randomized.out().strip());
        assertTrue(line.matches(), randomized.out());
        assertEquals(first, line.group(1), "the first entry of the subject's stratum");
        assertEquals(first, stored(RCT, "RCT-N1").getAllocatedArm().getCode());
        assertEquals(stored(RCT, "RCT-N1").getAllocatedArm().getName(), line.group(2));

        CommandRun again = run("randomize", "--db", demo.toString(), "--user", "coordinator", "--study", RCT,
                "--subject", "RCT-N1");
        assertEquals(1, again.exit());
        assertTrue(again.singleErrorLine().endsWith("by coordinator; an allocation is final"), again.err());

        CommandRun json = run("randomize", "--db", demo.toString(), "--user", "investigator", "--study", RCT,
                "--subject", "RCT-N2", "--format", "json");
        assertEquals(0, json.exit(), json.err());
        Map<String, Object> made = DoseCommandTest.Json.object(json.out());
        assertEquals(second, made.get("arm"));
        assertEquals(Boolean.FALSE, made.get("blinded"));
        assertEquals("site=IT02", made.get("stratum"));
        assertEquals(0, BigDecimal.ONE.compareTo((BigDecimal) made.get("number")));

        CommandRun log = run("allocation-log", "--db", demo.toString(), "--user", "statistician", "--study", RCT,
                "--format", "json");
        assertEquals(0, log.exit(), log.err());
        List<?> entries = (List<?>) DoseCommandTest.Json.object(log.out()).get("entries");
        assertEquals(2, entries.size(), log.out());
        Map<String, Object> n1 = DoseCommandTest.Json.cast(entries.get(0));
        assertEquals(List.of("at", "event", "subject", "arm", "by", "detail"), List.copyOf(n1.keySet()));
        assertEquals(List.of("allocated", "RCT-N1", first, "coordinator"), Stream.of("event", "subject", "arm", "by")
                .map(n1::get).toList());
        assertTrue(((String) n1.get("detail")).startsWith("stratum site=IT01, number 1; block 1 of "), n1.toString());
        Instant at = Instant.parse((String) n1.get("at"));
        assertTrue(!at.isAfter(Instant.now()), "a UTC time: " + at);
        assertEquals("RCT-N2 " + second + " investigator", Stream.of("subject", "arm", "by")
                .map(DoseCommandTest.Json.cast(entries.get(1))::get).map(String::valueOf)
                .reduce((a, b) -> a + " " + b).orElseThrow());

        CommandRun table = run("allocation-log", "--db", demo.toString(), "--user", "statistician", "--study", RCT);
        assertEquals(0, table.exit(), table.err());
        List<String> rows = table.out().lines().toList();
        assertTrue(rows.get(0).matches("time \\(UTC\\) +event +subject +arm +by +detail"), rows.get(0));
        assertTrue(rows.get(1).matches("\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d +allocated +RCT-N1 +"
                + Pattern.quote(first) + " +coordinator +stratum site=IT01, number 1; .*"), rows.get(1));

        CommandRun refused = run("allocation-log", "--db", demo.toString(), "--user", "coordinator", "--study", RCT);
        assertEquals(1, refused.exit());
        assertEquals("stroma allocation-log: coordinator (Study coordinator) may not plan randomization or read "
                + "allocation lists", refused.singleErrorLine());
        assertEquals("", refused.out());
    }

    @Test
    void envelopesAreWrittenForPrintingAndReconciledWithTheArmReadFromTheFile() throws Exception {
        enrol(RCT, "IT01", "RCT-E1", "RCT-E2");
        Path out = temp.resolve("envelopes").resolve("IT01.txt");
        Files.createDirectories(out.getParent());
        CommandRun notStatistician = run("emergency-envelopes", "--db", demo.toString(), "--user", "coordinator",
                "--study", RCT, "--site", "IT01", "--count", "4", "--out", out.toString());
        assertEquals(1, notStatistician.exit());
        assertFalse(Files.exists(out));

        CommandRun made = run("emergency-envelopes", "--db", demo.toString(), "--user", "statistician", "--study",
                RCT, "--site", "IT01", "--count", "4", "--out", out.toString());
        assertEquals(0, made.exit(), made.err());
        try (Stream<Path> files = Files.list(out.getParent())) {
            assertEquals(List.of(out), files.toList(), "the file alone, no partial file");
        }
        String text = Files.readString(out, StandardCharsets.UTF_8);
        for (String header : List.of("Study:      " + RCT, "Site:       IT01", "by statistician (Priya Nair)",
                "open one envelope per subject in order; record subject, date, envelope")) {
            assertTrue(text.contains(header), header + " in\n" + text);
        }
        List<String> arms = envelopeArms(text);
        assertTrue(arms.size() >= 4 && arms.size() % 2 == 0, "whole blocks of 1:1: " + arms);
        assertEquals(arms.size() / 2, arms.stream().filter(a -> a.equals("SOC")).count(), "balanced: " + arms);
        assertTrue(made.out().startsWith("Stored " + arms.size() + " sealed emergency envelopes of site IT01"),
                made.out());
        String stored = lists(RCT).stream().filter(l -> l.purpose().equals("emergency:IT01")).findFirst()
                .orElseThrow().content();
        for (int n = 1; n <= arms.size(); n++) {
            assertTrue(stored.contains("\nIT01;" + n + ";" + arms.get(n - 1) + "\n"), "envelope " + n + " as stored");
        }

        CommandRun reconciled = run("reconcile-envelope", "--db", demo.toString(), "--user", "coordinator", "--study",
                RCT, "--subject", "RCT-E1", "--site", "IT01", "--envelope", "1", "--arm", arms.get(0));
        assertEquals(0, reconciled.exit(), reconciled.err());
        assertTrue(reconciled.out().startsWith("RCT-E1 allocated to " + arms.get(0) + " ("), reconciled.out());
        assertTrue(reconciled.out().strip().endsWith("from emergency envelope 1 of site IT01, reconciled"),
                reconciled.out());
        assertEquals(arms.get(0), stored(RCT, "RCT-E1").getAllocatedArm().getCode());

        String wrong = arms.get(1).equals("SOC") ? "MG-SVF" : "SOC";
        CommandRun refused = run("reconcile-envelope", "--db", demo.toString(), "--user", "coordinator", "--study",
                RCT, "--subject", "RCT-E2", "--site", "IT01", "--envelope", "2", "--arm", wrong);
        assertEquals(1, refused.exit());
        assertEquals("stroma reconcile-envelope: emergency envelope 2 of site IT01 does not hold arm " + wrong
                + " as reported: check the envelope and the subject", refused.singleErrorLine());
        assertNull(stored(RCT, "RCT-E2").getAllocatedArm());

        CommandRun log = run("allocation-log", "--db", demo.toString(), "--user", "statistician", "--study", RCT);
        assertTrue(log.out().lines().anyMatch(l -> l.contains("allocated (emergency envelope)") && l.contains("RCT-E1")
                && l.contains("emergency envelope 1 of site IT01")), log.out());
    }

    /** The arm code inside each envelope, in envelope order, checking the blocks are numbered 1, 2, 3... */
    private static List<String> envelopeArms(String text) {
        List<String> arms = new ArrayList<>();
        List<String> lines = text.lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            Matcher envelope = Pattern.compile("ENVELOPE (\\d+) \u2014 cut here").matcher(lines.get(i));
            if (envelope.matches()) {
                assertEquals(arms.size() + 1, Integer.parseInt(envelope.group(1)), "numbered in order");
                Matcher arm = Pattern.compile(" +Arm: (\\S+) \\(.+\\)").matcher(lines.get(i + 2));
                assertTrue(arm.matches(), lines.get(i + 2));
                arms.add(arm.group(1));
            }
        }
        return arms;
    }
}
