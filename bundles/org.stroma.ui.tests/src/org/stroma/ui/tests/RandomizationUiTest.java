package org.stroma.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.stroma.model.study.Arm;
import org.stroma.model.study.Consent;
import org.stroma.model.study.Study;
import org.stroma.model.study.StudyFactory;
import org.stroma.model.study.Subject;
import org.stroma.model.study.SubjectEvent;
import org.stroma.model.study.SubjectState;
import org.stroma.randomization.RandomizationScheme;
import org.stroma.randomization.study.Randomized;
import org.stroma.randomization.study.StudyRandomization;
import org.stroma.randomization.study.StudySchemes;
import org.stroma.security.RandomizationAccess;
import org.stroma.store.AllocationRecord;
import org.stroma.store.ChangeContext;
import org.stroma.store.StudyDatabase;
import org.stroma.ui.OpenedWorkspace;
import org.stroma.ui.randomization.AllocationLogPart;
import org.stroma.ui.randomization.RandomizationSetupWizard;
import org.stroma.ui.randomization.SubjectAllocation;
import org.stroma.ui.testing.UiRobot;

/**
 * Randomization on screen. The statistician opens Study &gt; Randomization Setup... on the
 * three-arm facial trial (18 planned), puts permuted blocks beside minimization in the simulated
 * diagnostics and seals the list, which the store then holds (its seed never shown). A coordinator
 * randomizes a newly enrolled subject of the hair trial from the subject editor, once: the Arm
 * line shows the arm the store recorded and the button is gone; a subject without consent is
 * refused in words and nothing is allocated. The allocation log is the statistician's: the
 * coordinator reads that it is restricted, the statistician reads the allocation in it.
 *
 * <p>The list is planned for LOS-FACE, and subjects are randomized in LOS-HAIR (from the demo's
 * list), so that no test depends on another: a list nobody was allocated from may be replaced.
 */
class RandomizationUiTest {

    private static final String PLANNED_STUDY = "LOS-FACE";
    private static final String PLANNED_ACRONYM = "LoS-FACE";
    private static final String RANDOMIZED_STUDY = "LOS-HAIR";
    private static final String RANDOMIZED_ACRONYM = "LoS-HAIR";
    private static final String LOG_PART = "org.stroma.ui.partdescriptor.allocationLog";
    private static final String SETUP = "Randomization Setup...";
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(ZoneOffset.UTC);

    private UiRobot robot;
    private UiRobot patient;
    private RunningWorkbench workbench;
    private Shell window;

    @BeforeEach
    void findWorkbench() throws InterruptedException {
        robot = new UiRobot(Display.getCurrent());
        patient = new UiRobot(Display.getCurrent(), Duration.ofSeconds(90));
        workbench = RunningWorkbench.find();
        window = workbench.shell();
        robot.waitUntil("the main window to show", window::isVisible);
    }

    @AfterEach
    void closeLog() {
        MPart part = workbench.parts().findPart(LOG_PART);
        if (part != null) {
            workbench.parts().hidePart(part, true);
            robot.processEvents();
        }
    }

    private StudyDatabase database() {
        return workbench.window().getContext().get(OpenedWorkspace.class).database();
    }

    @Test
    void theStatisticianComparesPermutedBlocksWithMinimizationAndSealsTheList() {
        SignIn.as(robot, workbench, SignIn.STATISTICIAN);
        Study design = database().loadStudy(PLANNED_STUDY).orElseThrow();
        assertEquals(3, design.getArms().size(), "the facial trial has three arms");
        int planned = design.getTargetEnrollment();
        RandomizationScheme expected = RandomizationScheme.blocks(StudySchemes.arms(design), List.of(1, 2), planned);
        String ratio = design.getArms().stream().map(Arm::getCode).collect(Collectors.joining(":")) + "  "
                + design.getArms().stream().map(a -> String.valueOf(Math.max(1, a.getAllocationWeight())))
                        .collect(Collectors.joining(":"));
        String reason = "First list of the pilot, as the statistical analysis plan section 9.3 describes it";

        assertTrue(robot.menuItem(window, "Study", SETUP).isEnabled(), "the statistician plans randomization");

        String[] sealedLine = new String[1];
        List<String> shownTexts = robot.inDialog(RandomizationSetupWizard.TITLE,
                () -> robot.click(robot.menuItem(window, "Study", SETUP)), dialog -> {
                    // page 1: the study; its design's arms and ratio, read-only; the planned enrolment by default
                    Combo study = field(dialog, Combo.class, "study");
                    patient.waitUntil("the studies to choose from", () -> study.indexOf(PLANNED_ACRONYM) >= 0);
                    robot.choose(study, PLANNED_ACRONYM);
                    Label arms = result(dialog, Label.class, "arms");
                    patient.waitUntil("the arms of " + PLANNED_ACRONYM, () -> arms.getText().startsWith(ratio));
                    assertEquals(String.valueOf(planned), field(dialog, Text.class, "plannedSubjects").getText());
                    robot.choose(field(dialog, Combo.class, "method"), "permuted blocks");
                    robot.waitUntil("a complete scheme", () -> button(dialog, "Next >").isEnabled());
                    robot.press(button(dialog, "Next >"));

                    // page 2: blocks beside minimization, simulated on a small number of trials
                    assertTrue(field(dialog, Button.class, "compare:minimization").getSelection(),
                            "minimization is compared with permuted blocks by default");
                    assertFalse(field(dialog, Button.class, "compare:simple").getSelection());
                    assertFalse(button(dialog, "Next >").isEnabled(), "no list before the diagnostics");
                    robot.type(field(dialog, Text.class, "trials"), "500");
                    robot.press(button(dialog, "Run Diagnostics"));
                    Table measures = table(dialog, "diagnostics");
                    patient.waitUntil("the diagnostics side by side",
                            () -> measures.getColumnCount() == 3 && measures.getItemCount() > 0);
                    assertEquals(List.of("Measure", "[1] permuted blocks", "[2] minimization"),
                            Arrays.stream(measures.getColumns()).map(TableColumn::getText).toList());
                    List<List<String>> rows = robot.rows(measures);
                    assertEquals(List.of("500 x " + planned, "500 x " + planned), values(rows, "trials x subjects"));
                    for (String measure : List.of("overall imbalance: mean", "worst stratum imbalance: mean",
                            "worst factor level imbalance: 95th percentile", "correct guess probability")) {
                        for (String value : values(rows, measure)) {
                            double number = Double.parseDouble(value);
                            assertTrue(number >= 0 && number <= planned, measure + " = " + value);
                        }
                    }
                    assertEquals(List.of("0.333", "0.333"), values(rows, "chance guess probability"),
                            "one in three by chance with three equal arms");
                    // blocks of 3 or 6 keep three arms within 2 of each other at any point of the list
                    assertTrue(Double.parseDouble(values(rows, "overall imbalance: max").get(0)) <= 2, rows.toString());
                    // and make the next allocation guessable more often than chance
                    assertTrue(Double.parseDouble(values(rows, "correct guess probability").get(0)) > 0.4,
                            rows.toString());
                    assertTrue(result(dialog, Label.class, "schemes").getText().contains("[2] minimization "),
                            result(dialog, Label.class, "schemes").getText());
                    robot.screenshot(dialog, SCREENSHOTS.resolve("randomization-diagnostics.png"));

                    robot.selectTab(robot.find(dialog, CTabFolder.class, t -> "views".equals(t.getData("stroma.result"))),
                            "Imbalance distribution");
                    Table shares = table(dialog, "shares");
                    assertEquals(3, shares.getColumnCount());
                    assertEquals("0", shares.getItem(0).getText(0), "the distribution starts at no imbalance");
                    assertTrue(shares.getItem(0).getText(1).endsWith("%"), shares.getItem(0).getText(1));
                    robot.screenshot(dialog, SCREENSHOTS.resolve("randomization-diagnostics-distribution.png"));
                    robot.press(button(dialog, "Next >"));

                    // page 3: the reason, then the list sealed: its summary is shown, never its seed
                    Button seal = button(dialog, "Generate and Seal the List");
                    assertFalse(seal.isEnabled(), "a reason is needed first");
                    robot.type(field(dialog, Text.class, "reason"), reason);
                    robot.press(seal);
                    Label sealed = result(dialog, Label.class, "sealed");
                    patient.waitUntil("the list to be sealed", () -> sealed.getText().startsWith("Sealed: main list "));
                    sealedLine[0] = sealed.getText();
                    List<String> texts = robot.texts(dialog);
                    robot.screenshot(dialog, SCREENSHOTS.resolve("randomization-sealed.png"));
                    robot.press(button(dialog, "Finish"));
                    return texts;
                });

        // in the store, as the statistician's access reads it
        StudyRandomization desk = new StudyRandomization(SignIn.current(workbench).studies());
        RandomizationAccess.ListSummary main = desk.lists(PLANNED_STUDY).stream()
                .filter(l -> l.purpose().equals(RandomizationAccess.MAIN_LIST)).findFirst().orElseThrow();
        assertEquals(expected.summary() + ", planned for " + planned, main.description());
        assertEquals(SignIn.STATISTICIAN, main.createdBy());
        assertTrue(sealedLine[0].contains(main.listId() + ": " + main.description()), sealedLine[0]);
        assertEquals(expected, desk.mainPlan(PLANNED_STUDY).orElseThrow().scheme(), "the scheme chosen is the one sealed");
        String seed = desk.mainPlan(PLANNED_STUDY).orElseThrow().seed().hex();
        assertTrue(shownTexts.stream().noneMatch(t -> t.toLowerCase().contains(seed.toLowerCase())),
                "the seed is never shown");
    }

    @Test
    void theCoordinatorRandomizesAnEnrolledSubjectOnceAndReadsItsArm() {
        SignIn.as(robot, workbench, SignIn.COORDINATOR);
        Subject added = enrolNew("RUI-B", true);
        Composite editor = subjectPage(added);
        assertEquals("not allocated", armShown(editor));

        String asked = robot.inDialog(SubjectAllocation.CONFIRM_TITLE,
                () -> robot.press(button(editor, SubjectAllocation.RANDOMIZE)), dialog -> {
                    String shown = String.join(" ", robot.texts(dialog));
                    robot.screenshot(dialog, SCREENSHOTS.resolve("randomize-confirm.png"));
                    robot.press(button(dialog, "Randomize"));
                    return shown;
                });
        assertTrue(asked.contains("Randomize subject " + added.getSubjectId() + " of " + RANDOMIZED_ACRONYM)
                && asked.contains("The allocation is final"), asked);
        patient.waitUntil("the allocation on the Arm line", () -> !armShown(editor).equals("not allocated"));

        // the store agrees: the subject's arm and the allocation record (read past the access control)
        Study stored = database().loadStudy(RANDOMIZED_STUDY).orElseThrow();
        Arm arm = stored.getSubjects().stream().filter(s -> s.getId().equals(added.getId())).findFirst().orElseThrow()
                .getAllocatedArm();
        assertNotNull(arm, "the subject has an arm");
        assertTrue(stored.getArms().stream().anyMatch(a -> a.getCode().equals(arm.getCode())), arm.getCode());
        assertEquals(arm.getCode() + " " + arm.getName(), armShown(editor));
        assertEquals(added.getSubjectId() + " randomized to " + arm.getCode() + " (" + arm.getName() + ")",
                result(editor, Label.class, "allocation").getText());
        AllocationRecord record = database().randomization().allocation(RANDOMIZED_STUDY, added.getId()).orElseThrow();
        assertEquals(List.of(arm.getId(), SignIn.COORDINATOR), List.of(record.armId(), record.randomizedBy()));

        // a randomized subject is not randomized again: the button is gone
        assertTrue(robot.findAll(editor, Button.class, b -> SubjectAllocation.RANDOMIZE.equals(b.getText())).isEmpty(),
                "no Randomize... once the subject has an arm");
        robot.screenshot(window, SCREENSHOTS.resolve("subject-randomized.png"));
    }

    @Test
    void aSubjectWithoutConsentIsRefusedInWordsAndNothingIsAllocated() {
        SignIn.as(robot, workbench, SignIn.COORDINATOR);
        Subject added = enrolNew("RUI-N", false);
        Composite editor = subjectPage(added);
        robot.inDialog(SubjectAllocation.CONFIRM_TITLE, () -> robot.press(button(editor, SubjectAllocation.RANDOMIZE)),
                dialog -> {
                    robot.press(button(dialog, "Randomize"));
                    return null;
                });
        Label line = result(editor, Label.class, "allocation");
        patient.waitUntil("the refusal", () -> line.getText().startsWith("Not randomized: "));
        assertTrue(line.getText().contains(added.getSubjectId() + " has no signed informed consent in force"),
                line.getText());
        assertEquals(robot.display().getSystemColor(org.eclipse.swt.SWT.COLOR_RED), line.getForeground());
        assertEquals("not allocated", armShown(editor));
        assertTrue(button(editor, SubjectAllocation.RANDOMIZE).isEnabled(), "it may be randomized once consent is in");
        assertNull(database().loadStudy(RANDOMIZED_STUDY).orElseThrow().getSubjects().stream()
                .filter(s -> s.getId().equals(added.getId())).findFirst().orElseThrow().getAllocatedArm());
        assertTrue(database().randomization().allocation(RANDOMIZED_STUDY, added.getId()).isEmpty(), "nothing allocated");
        robot.screenshot(window, SCREENSHOTS.resolve("subject-randomization-refused.png"));
    }

    @Test
    void theAllocationLogIsRestrictedToTheStatisticianWhoReadsTheAllocationInIt() {
        SignIn.as(robot, workbench, SignIn.COORDINATOR);
        Subject added = enrolNew("RUI-C", true);
        Randomized made = new StudyRandomization(SignIn.current(workbench).studies()).randomize(RANDOMIZED_STUDY,
                added.getId());

        Composite restricted = openLog();
        robot.waitUntil("the restriction", () -> robot.texts(restricted).contains(AllocationLogPart.RESTRICTED));
        Table hidden = table(restricted, "allocationLog");
        assertFalse(hidden.isVisible(), "no table for the coordinator");
        assertEquals(0, hidden.getItemCount(), "and no data in it");
        robot.screenshot(window, SCREENSHOTS.resolve("allocation-log-restricted.png"));

        SignIn.as(robot, workbench, SignIn.STATISTICIAN);
        Composite log = openLog();
        Combo study = field(log, Combo.class, "study");
        robot.waitUntil("the studies to choose from", () -> study.indexOf(RANDOMIZED_ACRONYM) >= 0);
        robot.choose(study, RANDOMIZED_ACRONYM);
        Table table = table(log, "allocationLog");
        patient.waitUntil("the allocation of " + added.getSubjectId() + " in the log",
                () -> robot.rows(table).stream().anyMatch(r -> r.get(2).equals(added.getSubjectId())));
        List<String> row = robot.rows(table).stream().filter(r -> r.get(2).equals(added.getSubjectId())).findFirst()
                .orElseThrow();
        assertEquals(List.of(UTC.format(made.allocation().randomizedAt()), "allocated", added.getSubjectId(),
                made.armCode(), SignIn.COORDINATOR), row.subList(0, 5));
        assertTrue(row.get(5).startsWith("stratum site=" + added.getSite().getCode() + ", number "), row.get(5));
        robot.screenshot(window, SCREENSHOTS.resolve("allocation-log.png"));
    }

    /**
     * Adds an enrolled subject (with a signed consent, or none) to the hair trial, saved through
     * the database the workbench has open, as a coordinator's data entry leaves it; the explorer is
     * refreshed so that it lists the subject.
     */
    private Subject enrolNew(String prefix, boolean consented) {
        Study study = database().loadStudy(RANDOMIZED_STUDY).orElseThrow();
        Subject like = study.getSubjects().stream().filter(s -> s.getSubjectId() != null && s.getSite() != null)
                .findFirst().orElseThrow();
        String id = prefix + "-" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        Subject subject = StudyFactory.eINSTANCE.createSubject();
        subject.setId(RANDOMIZED_STUDY + "-" + id);
        subject.setScreeningId("SCR-" + id);
        subject.setSubjectId(id);
        subject.setSite(like.getSite());
        subject.setSex(like.getSex());
        subject.setDateOfBirth(like.getDateOfBirth());
        if (like.isSetBmi()) {
            subject.setBmi(like.getBmi());
        }
        subject.setDiagnosis(like.getDiagnosis());
        subject.setSubtype(like.getSubtype());
        subject.setDiseaseDurationMonths(like.getDiseaseDurationMonths());
        subject.setDiseaseActive(like.isDiseaseActive());
        Date today = new Date();
        if (consented) {
            Consent consent = StudyFactory.eINSTANCE.createConsent();
            consent.setId(subject.getId() + "-CONSENT");
            consent.setSigned(true);
            consent.setDate(today);
            consent.setVersion("1.0");
            subject.getConsents().add(consent);
        }
        for (SubjectState state : List.of(SubjectState.SCREENED, SubjectState.ENROLLED)) {
            SubjectEvent event = StudyFactory.eINSTANCE.createSubjectEvent();
            event.setId(subject.getId() + "-" + state.getLiteral());
            event.setState(state);
            event.setDate(today);
            subject.getEvents().add(event);
        }
        study.getSubjects().add(subject);
        database().saveRecords(study, List.of(subject), ChangeContext.firstEntry(SignIn.COORDINATOR));
        robot.click(robot.menuItem(window, "Study", "Refresh Study Explorer"));
        return subject;
    }

    /** Opens the subject from the explorer and shows its Subject page. */
    private Composite subjectPage(Subject subject) {
        Composite editor = OpenedEditors.subject(robot, workbench, RANDOMIZED_ACRONYM, subject);
        robot.selectTab(robot.find(editor, CTabFolder.class, t -> true), "Subject");
        robot.waitUntil("the subject's facts", () -> robot.texts(editor).contains("Arm:"));
        return editor;
    }

    /** What the Subject page shows beside "Arm:". */
    private String armShown(Composite editor) {
        List<String> shown = robot.texts(editor);
        return shown.get(shown.indexOf("Arm:") + 1);
    }

    /** Study &gt; Allocation Log, as a person chooses it; the part it shows. */
    private Composite openLog() {
        assertTrue(robot.menuItem(window, "Study", "Allocation Log").isEnabled(), "anyone signed in may open it");
        robot.click(robot.menuItem(window, "Study", "Allocation Log"));
        robot.waitUntil("the Allocation Log to show", () -> {
            MPart part = workbench.parts().findPart(LOG_PART);
            return part != null && part.getWidget() instanceof Composite shown && shown.isVisible();
        });
        return (Composite) workbench.part(LOG_PART).getWidget();
    }

    private static List<String> values(List<List<String>> rows, String measure) {
        return rows.stream().filter(r -> r.get(0).equals(measure)).findFirst()
                .orElseThrow(() -> new AssertionError("no row '" + measure + "' in " + rows)).subList(1, 3);
    }

    private <T extends Control> T field(Control root, Class<T> type, String key) {
        return robot.find(root, type, c -> key.equals(c.getData("stroma.field")));
    }

    private <T extends Control> T result(Control root, Class<T> type, String key) {
        return robot.find(root, type, c -> key.equals(c.getData("stroma.result")));
    }

    private Table table(Control root, String key) {
        return robot.find(root, Table.class, t -> key.equals(t.getData("stroma.table")));
    }

    private Button button(Control root, String text) {
        return robot.find(root, Button.class, b -> text.equals(UiRobot.readable(b.getText())) && b.isVisible());
    }
}
