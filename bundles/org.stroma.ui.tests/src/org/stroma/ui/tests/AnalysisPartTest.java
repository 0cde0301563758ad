package org.stroma.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.custom.CTabItem;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;
import org.stroma.analysis.api.Analysis;
import org.stroma.analysis.api.AnalysisProgress;
import org.stroma.analysis.api.AnalysisRegistry;
import org.stroma.analysis.api.AnalysisResult;
import org.stroma.analysis.api.ChartHint;
import org.stroma.analysis.api.ResultTable;
import org.stroma.analysis.comparison.OneWayAnova;
import org.stroma.analysis.study.StudyInput;
import org.stroma.analysis.study.StudyOutcome;
import org.stroma.analysis.study.StudyOutcomes;
import org.stroma.model.study.OutcomeKind;
import org.stroma.model.study.OutcomeMeasure;
import org.stroma.model.study.Study;
import org.stroma.model.study.VisitDefinition;
import org.stroma.ui.analysis.CsvFileChooser;
import org.stroma.ui.testing.UiRobot;

/**
 * Analysis &gt; Run Analysis... as the trial statistician uses it: the primary outcome of the
 * three-arm facial trial at 6 months by one-way ANOVA with Tukey's HSD, read from the result
 * table, seen as a chart and exported as CSV. The expected numbers are not written here: they are
 * what the installed analysis returns on the input the headless study code builds from the same
 * study, read through the same signed-in user. The blinded outcome assessor is told that analyses
 * by arm are not available to them, and no arm is offered.
 */
class AnalysisPartTest {

    private static final String PART = "org.stroma.ui.partdescriptor.analysis";
    private static final String STUDY_ID = "LOS-FACE";
    private static final String ACRONYM = "LoS-FACE";
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private UiRobot robot;
    private RunningWorkbench workbench;
    private Shell window;
    private Path exports;

    @BeforeEach
    void findWorkbench() throws Exception {
        robot = new UiRobot(Display.getCurrent());
        workbench = RunningWorkbench.find();
        window = workbench.shell();
        robot.waitUntil("the main window to show", window::isVisible);
        exports = Files.createTempDirectory("stroma-analysis-export");
    }

    @AfterEach
    void closePart() throws IOException {
        workbench.window().getContext().remove(CsvFileChooser.class);
        MPart part = workbench.parts().findPart(PART);
        if (part != null) {
            workbench.parts().hidePart(part, true);
            robot.processEvents();
        }
        try (Stream<Path> files = Files.walk(exports)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(file);
        }
    }

    @Test
    void theStatisticianComparesTheThreeArmsAndExportsTheResult() throws Exception {
        SignIn.as(robot, workbench, SignIn.STATISTICIAN);
        Path file = exports.resolve("los-face-anova.csv");
        // the platform's Save dialog cannot be driven from a test: the part asks this chooser instead
        workbench.window().getContext().set(CsvFileChooser.class, (shell, suggested) -> Optional.of(file));
        Composite part = open();

        Study study = SignIn.current(workbench).studies().loadStudy(STUDY_ID).orElseThrow();
        OutcomeMeasure primary = study.getOutcomeMeasures().stream().filter(o -> o.getKind() == OutcomeKind.PRIMARY)
                .findFirst().orElseThrow();
        VisitDefinition month6 = study.getVisitSchedule().stream().filter(v -> "6 months".equals(v.getName()))
                .findFirst().orElseThrow();
        Analysis<?> anova = service(AnalysisRegistry.class).find(OneWayAnova.ID).orElseThrow();
        StudyOutcome outcome = StudyOutcomes.outcome(study, primary.getCode());
        AnalysisResult expected = anova.runWith(StudyInput.groups(study, outcome, month6, Map.of()).input(),
                anova.defaultSettings(), AnalysisProgress.none());

        chooseStudy(part);
        robot.choose(combo(part, "outcome"), item(combo(part, "outcome"), primary.getCode() + ": "));
        robot.choose(combo(part, "visit"), item(combo(part, "visit"), "(" + month6.getCode() + ")"));
        for (String arm : study.getArms().stream().map(a -> "arm:" + a.getCode()).toList()) {
            assertTrue(robot.find(part, Button.class, b -> arm.equals(b.getData("stroma.field"))).getSelection(),
                    arm + " is ticked at first");
        }
        Combo analyses = combo(part, "analysis");
        robot.waitUntil("the analyses that accept three arms", () -> analyses.getItemCount() > 0);
        robot.choose(analyses, item(analyses, anova.name() + " "));
        assertTrue(robot.texts(part).stream().anyMatch(t -> t.startsWith(anova.description().substring(0, 40))),
                "the analysis's description is shown");
        assertEquals("0.95", robot.find(part, Text.class, t -> "setting:confidenceLevel".equals(t.getData("stroma.field")))
                .getText(), "the settings form holds the default");

        robot.press(button(part, "run"));
        new UiRobot(robot.display(), Duration.ofSeconds(60)).waitUntil("the result of the run",
                () -> !robot.findAll(part, Table.class, t -> "table:tukey".equals(t.getData("stroma.result"))).isEmpty());
        Table shown = robot.find(part, Table.class, t -> "table:tukey".equals(t.getData("stroma.result")));
        ResultTable tukey = expected.requireTable("tukey");
        int arms = study.getArms().size();
        assertEquals(arms * (arms - 1) / 2, tukey.rowCount(), "a comparison per pair of arms");
        List<List<String>> rows = robot.rows(shown);
        assertEquals(tukey.rowCount(), rows.size(), rows.toString());
        int comparison = tukey.columnIndex("comparison"), p = tukey.columnIndex("p_adjusted");
        for (int r = 0; r < tukey.rowCount(); r++) {
            assertEquals(tukey.text(r, "comparison"), rows.get(r).get(comparison));
            assertShownAsP(tukey.number(r, "p_adjusted"), rows.get(r).get(p));
        }
        assertTrue(result(part, "dataUsed").getText().contains(expected.data().observations() + " values"),
                result(part, "dataUsed").getText());

        CTabFolder charts = robot.find(part, CTabFolder.class, f -> "charts".equals(f.getData("stroma.result")));
        assertEquals(expected.charts().stream().map(ChartHint::title).toList(),
                Arrays.stream(charts.getItems()).map(CTabItem::getText).toList(), "a tab per chart of the result");
        robot.selectTab(charts, expected.charts().get(0).title());
        assertTrue(charts.getSelection().getControl().isVisible(), "the chart shows");
        robot.screenshot(window, SCREENSHOTS.resolve("analysis-anova.png"));

        robot.press(button(part, "exportCsv"));
        robot.waitUntil("the export to finish", () -> message(part, "status").startsWith("Exported"));
        List<CSVRecord> csv = read(file);
        assertEquals(List.of("analysis", OneWayAnova.ID), csv.get(0).toList());
        assertEquals(List.of("version", Integer.toString(anova.version())), csv.get(1).toList());
        List<CSVRecord> exported = table(csv, "tukey");
        List<String> header = exported.get(0).toList();
        assertEquals(tukey.rowCount(), exported.size() - 1);
        for (int r = 0; r < tukey.rowCount(); r++) {
            CSVRecord row = exported.get(r + 1);
            assertEquals(tukey.text(r, "comparison"), row.get(header.indexOf("Comparison")));
            assertEquals(tukey.number(r, "p_adjusted"), Double.parseDouble(row.get(header.indexOf("Adjusted p"))),
                    0.0, "the CSV keeps full precision");
            assertEquals(tukey.number(r, "difference"), Double.parseDouble(row.get(header.indexOf("Difference"))), 0.0);
        }
        assertTrue(csv.stream().anyMatch(r -> r.get(0).equals("values")
                && r.get(1).equals(Long.toString(expected.data().observations()))), "the data used is in the header");
    }

    @Test
    void aSettingOutOfRangeIsRefusedBesideItsField() throws Exception {
        SignIn.as(robot, workbench, SignIn.STATISTICIAN);
        Composite part = open();
        chooseStudy(part);
        Combo analyses = combo(part, "analysis");
        robot.waitUntil("the analyses of the chosen data", () -> analyses.getItemCount() > 0);
        robot.choose(analyses, item(analyses, "Descriptive statistics"));
        Text level = robot.find(part, Text.class, t -> "setting:confidenceLevel".equals(t.getData("stroma.field")));
        robot.type(level, "1.5");
        assertEquals("must be between 0.5 and 0.9999, not 1.5", message(part, "setting:confidenceLevel"));
        assertEquals(robot.display().getSystemColor(SWT.COLOR_RED),
                label(part, "stroma.message", "setting:confidenceLevel").getForeground());
        assertFalse(button(part, "run").isEnabled(), "nothing runs on a refused setting");
        robot.screenshot(window, SCREENSHOTS.resolve("analysis-setting-refused.png"));
        robot.type(level, "0.9");
        assertTrue(button(part, "run").isEnabled(), "a right value lets it run");
    }

    @Test
    void theBlindedAssessorIsToldThatAnalysesByArmAreNotAvailable() {
        SignIn.as(robot, workbench, SignIn.ASSESSOR);
        Composite part = open();
        chooseStudy(part);
        robot.waitUntil("the explanation for a blinded user", () -> message(part, "arms")
                .contains("analyses by arm are not available to a blinded user"));
        assertEquals(robot.display().getSystemColor(SWT.COLOR_RED), label(part, "stroma.message", "arms").getForeground());
        assertTrue(robot.findAll(part, Button.class, b -> String.valueOf(b.getData("stroma.field")).startsWith("arm:"))
                .isEmpty(), "no arm is offered");
        Analysis<?> anova = service(AnalysisRegistry.class).find(OneWayAnova.ID).orElseThrow();
        assertTrue(Arrays.stream(combo(part, "analysis").getItems()).noneMatch(i -> i.startsWith(anova.name())),
                Arrays.toString(combo(part, "analysis").getItems()));
        assertTrue(robot.findAll(part, Table.class, t -> t.getData("stroma.result") != null).isEmpty(),
                "no result is shown");
        robot.screenshot(window, SCREENSHOTS.resolve("analysis-blinded.png"));
    }

    @Test
    void anAdministratorHasNoStudyDataToAnalyse() {
        SignIn.as(robot, workbench, SignIn.ADMIN);
        assertFalse(robot.menuItem(window, "Analysis", "Run Analysis...").isEnabled(),
                "the administrator sees no study data");
    }

    /** Opens the part from its menu, as a person does, and returns what it draws into. */
    private Composite open() {
        robot.click(robot.menuItem(window, "Analysis", "Run Analysis..."));
        robot.waitUntil("the Analysis part to show", () -> {
            MPart part = workbench.parts().findPart(PART);
            return part != null && part.getWidget() instanceof Composite shown && shown.isVisible();
        });
        MPart part = workbench.part(PART);
        assertEquals("Analysis", part.getLabel());
        assertEquals(part, workbench.parts().getActivePart(), "the part is shown in front");
        return (Composite) part.getWidget();
    }

    /** Chooses LoS-FACE once the part has listed the studies, and waits until it is read. */
    private void chooseStudy(Composite part) {
        Combo studies = combo(part, "study");
        robot.waitUntil("the studies the user may read", () -> Arrays.asList(studies.getItems()).contains(ACRONYM));
        robot.choose(studies, ACRONYM);
        Combo outcomes = combo(part, "outcome");
        new UiRobot(robot.display(), Duration.ofSeconds(60)).waitUntil("the outcomes of " + ACRONYM,
                () -> outcomes.getItemCount() > 0);
    }

    /** The p-value as shown: to four significant digits, or "< 0.0001" below that. */
    private static void assertShownAsP(double expected, String shown) {
        if (shown.startsWith("<")) {
            assertEquals("< 0.0001", shown);
            assertTrue(expected < 1e-4, "p = " + expected + " is shown as " + shown);
            return;
        }
        double halfDigit = 0.5 * Math.pow(10, Math.floor(Math.log10(expected)) - 3);
        assertTrue(Math.abs(Double.parseDouble(shown) - expected) <= halfDigit * (1 + 1e-9),
                "p = " + expected + " is shown as " + shown);
    }

    private static List<CSVRecord> read(Path file) throws IOException {
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
                CSVParser parser = CSVFormat.RFC4180.parse(in)) {
            return parser.getRecords();
        }
    }

    /** The heading row and rows of one exported table: the records after its {@code table,NAME,...} line. */
    private static List<CSVRecord> table(List<CSVRecord> csv, String name) {
        List<CSVRecord> rows = new ArrayList<>();
        boolean inside = false;
        for (CSVRecord record : csv) {
            if (record.get(0).equals("table")) {
                inside = record.get(1).equals(name);
            } else if (inside && !(record.size() == 1 && record.get(0).isEmpty())) {
                rows.add(record);
            }
        }
        assertFalse(rows.isEmpty(), "table " + name + " in the CSV");
        return rows;
    }

    private Combo combo(Composite part, String name) {
        return robot.find(part, Combo.class, c -> name.equals(c.getData("stroma.field")));
    }

    private Button button(Composite part, String name) {
        return robot.find(part, Button.class, b -> name.equals(b.getData("stroma.field")));
    }

    private Label result(Composite part, String name) {
        return label(part, "stroma.result", name);
    }

    private Label label(Composite part, String key, String name) {
        return robot.find(part, Label.class, l -> name.equals(l.getData(key)));
    }

    private String message(Composite part, String name) {
        return label(part, "stroma.message", name).getText();
    }

    /** The combo item that starts with (or, for a visit's code, contains) {@code text}. */
    private static String item(Combo combo, String text) {
        return Arrays.stream(combo.getItems()).filter(i -> i.startsWith(text) || i.contains(text)).findFirst()
                .orElseThrow(() -> new AssertionError("no item with '" + text + "' in " + Arrays.toString(combo.getItems())));
    }

    private static <T> T service(Class<T> type) {
        BundleContext context = FrameworkUtil.getBundle(AnalysisPartTest.class).getBundleContext();
        ServiceTracker<T, T> tracker = new ServiceTracker<>(context, type, null);
        tracker.open();
        try {
            T service = tracker.waitForService(30_000);
            if (service == null) throw new AssertionError("no " + type.getSimpleName() + " service");
            return service;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        } finally {
            tracker.close();
        }
    }
}
