package org.stroma.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.stroma.model.study.AdscAssistedFatGrafting;
import org.stroma.model.study.DoseCalculation;
import org.stroma.model.study.Procedure;
import org.stroma.model.study.ProcedureType;
import org.stroma.model.study.Study;
import org.stroma.model.study.Subject;
import org.stroma.security.StudyAccess;
import org.stroma.store.AuditEntry;
import org.stroma.store.StudyDatabase;
import org.stroma.ui.OpenedWorkspace;
import org.stroma.ui.testing.UiRobot;

/**
 * Procedure planning in the subject editor: the coordinator opens a LoS-FACE subject of the ADSC
 * arm, goes to Procedures, calculates the ADSC dose for the grafting procedure (the graft volume
 * filled in from its injection sites, the arm's 5 x 10^5 cells per mL of fat) and saves it with
 * the procedure; the calculation shows in the table, is in the store as the user's access reads
 * it, and in the audit trail. The blinded assessor reads that procedures are withheld.
 */
class ProcedureDoseTest {

    private static final String STUDY_ID = "LOS-FACE";
    private static final String ACRONYM = "LoS-FACE";
    private static final String TABLE_KEY = "stroma.table";
    private static final String AUDIT_HISTORY = "org.stroma.ui.part.auditHistory";
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private UiRobot robot;
    private RunningWorkbench workbench;
    private Shell window;
    private StudyDatabase database;

    @BeforeEach
    void findWorkbench() throws InterruptedException {
        robot = new UiRobot(Display.getCurrent());
        workbench = RunningWorkbench.find();
        window = workbench.shell();
        robot.waitUntil("the main window to show", window::isVisible);
    }

    /** The grafting procedure of the first enrolled LoS-FACE subject of the ADSC arm, as stored. */
    private Procedure adscGrafting() {
        database = workbench.window().getContext().get(OpenedWorkspace.class).database();
        Study study = database.loadStudy(STUDY_ID).orElseThrow();
        return study.getSubjects().stream().filter(s -> s.getSubjectId() != null)
                .flatMap(s -> s.getProcedures().stream())
                .filter(p -> p.getType() == ProcedureType.FAT_GRAFTING
                        && p.getIntervention() instanceof AdscAssistedFatGrafting)
                .findFirst().orElseThrow();
    }

    private Composite procedures(Subject subject) {
        Composite editor = OpenedEditors.subject(robot, workbench, ACRONYM, subject);
        robot.selectTab(robot.find(editor, CTabFolder.class, t -> true), "Procedures");
        return editor;
    }

    private Table table(Control root, String key) {
        return robot.find(root, Table.class, t -> key.equals(t.getData(TABLE_KEY)));
    }

    private Button button(Control root, String text) {
        return robot.find(root, Button.class, b -> text.equals(b.getText()) && b.isVisible());
    }

    private Text field(Control root, String key) {
        return robot.find(root, Text.class, t -> key.equals(t.getData("stroma.field")));
    }

    private Label result(Control root, String key) {
        return robot.find(root, Label.class, l -> key.equals(l.getData("stroma.result")));
    }

    /** Selects a table row, as a click on it does. */
    private void select(Table table, int row) {
        table.setFocus();
        table.setSelection(row);
        Event event = new Event();
        event.item = table.getItem(row);
        table.notifyListeners(SWT.Selection, event);
        robot.processEvents();
    }

    @Test
    void theAdscDoseOfTheGraftingProcedureIsCalculatedAndSavedWithIt() {
        SignIn.as(robot, workbench, SignIn.COORDINATOR);
        Procedure grafting = adscGrafting();
        Subject subject = (Subject) grafting.eContainer();
        int before = grafting.getDoseCalculations().size();
        // the graft: the sum over the procedure's sites of injections x volume per injection
        BigDecimal graft = grafting.getInjectionSites().stream()
                .map(site -> BigDecimal.valueOf(site.getVolumeMl()).multiply(BigDecimal.valueOf(site.getInjectionCount())))
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        // 5 x 10^5 cells per mL of fat x the graft, 90 % viable, 20 % lost in processing:
        // to prepare = 5 x 10^5 x graft / ((1 - 0.2) x 0.9) = 5 x 10^5 x graft / 0.72, up to a whole cell
        BigDecimal toPrepare = new BigDecimal("5e5").multiply(graft)
                .divide(new BigDecimal("0.72"), MathContext.DECIMAL64).setScale(0, RoundingMode.CEILING);

        Composite editor = procedures(subject);
        Table procedures = table(editor, "procedures");
        String day = LocalDate.ofInstant(Instant.ofEpochMilli(grafting.getDate().getTime()), ZoneOffset.UTC).toString();
        List<List<String>> rows = robot.rows(procedures);
        int row = rows.indexOf(rows.stream().filter(r -> r.get(0).equals(day) && r.get(1).equals("fat grafting"))
                .findFirst().orElseThrow(() -> new AssertionError("no grafting on " + day + " in " + rows)));
        assertEquals("ADSC-assisted fat grafting", rows.get(row).get(2));
        select(procedures, row);
        assertEquals(grafting.getInjectionSites().size(), table(editor, "injectionSites").getItemCount());

        robot.inDialog("Cell Dose for a Procedure", () -> robot.press(button(editor, "Calculate Dose...")), dialog -> {
            assertEquals(graft.stripTrailingZeros().toPlainString() + " mL", field(dialog, "graftVolume").getText(),
                    "the graft volume is the volume injected at the procedure's sites");
            assertEquals("500000 cells/mL", field(dialog, "dose").getText(), "the arm's dose");
            robot.type(field(dialog, "viability"), "90");
            robot.type(field(dialog, "losses"), "20");
            String shown = result(dialog, "cellsToPrepare").getText();
            assertTrue(shown.endsWith(" cells (" + toPrepare + ")"), shown);
            robot.screenshot(dialog, SCREENSHOTS.resolve("procedure-dose-dialog.png"));
            robot.press(button(dialog, "Save with Procedure"));
            return null;
        });

        Table calculations = table(editor, "doseCalculations");
        robot.waitUntil("the saved calculation in the table", () -> calculations.getItemCount() == before + 1);
        List<String> shown = robot.rows(calculations).get(before);
        assertEquals(List.of("coordinator", "adsc (adsc-dose/1)"), shown.subList(1, 3));
        assertTrue(shown.get(3).contains("; Cells to prepare = ") && shown.get(3).endsWith(" cells (" + toPrepare + ")"),
                shown.get(3));
        robot.screenshot(window, SCREENSHOTS.resolve("procedure-dose-saved.png"));

        // in the store, as the signed-in user's access reads it
        StudyAccess access = SignIn.current(workbench).studies();
        Procedure stored = access.loadStudy(STUDY_ID).orElseThrow().getSubjects().stream()
                .flatMap(s -> s.getProcedures().stream()).filter(p -> p.getId().equals(grafting.getId())).findFirst()
                .orElseThrow();
        assertEquals(before + 1, stored.getDoseCalculations().size());
        DoseCalculation saved = stored.getDoseCalculations().get(before);
        assertEquals(List.of("adsc", "adsc-dose/1", "coordinator"),
                List.of(saved.getCalculation(), saved.getFormulaVersion(), saved.getCalculatedBy()));
        assertTrue(saved.getInputs().contains("Graft volume = ") && saved.getInputs().contains("Viability = 90 %")
                && saved.getInputs().contains("Processing losses = 20 %"), saved.getInputs());
        assertTrue(saved.getResult().endsWith(" cells (" + toPrepare + ")"), saved.getResult());
        assertEquals(String.join("; ", saved.getResult().lines().toList()), shown.get(3), "the table shows what is stored");

        // in the audit trail: created by the coordinator, each field
        List<AuditEntry> trail = access.auditTrail(STUDY_ID, saved.getId());
        assertEquals("CREATE", trail.get(0).action());
        assertTrue(trail.stream().allMatch(e -> e.user().equals("coordinator") && e.oldValue() == null), trail.toString());
        assertTrue(trail.stream().anyMatch(e -> e.field().equals("result") && e.newValue().equals(saved.getResult())));

        // and in the Audit History once the calculation is selected
        select(calculations, before);
        Table audit = robot.find(workbench.partControl(AUDIT_HISTORY), Table.class, t -> true);
        robot.waitUntil("the calculation's rows in the Audit History", () -> Arrays.stream(audit.getItems())
                .anyMatch(i -> saved.getId().equals(i.getText(3)) && "calculatedBy".equals(i.getText(4))
                        && "coordinator".equals(i.getText(6))));
    }

    @Test
    void theBlindedAssessorReadsThatProceduresAreWithheld() {
        SignIn.as(robot, workbench, SignIn.ASSESSOR);
        Subject subject = (Subject) adscGrafting().eContainer();
        Composite editor = procedures(subject);
        String withheld = "Procedures are withheld: you are blinded in this study, and a procedure would tell the"
                + " subject's arm.";
        robot.waitUntil("the page to say procedures are withheld", () -> !robot.findAll(editor, Label.class,
                l -> withheld.equals(l.getText()) && l.isVisible()).isEmpty());
        assertTrue(robot.findAll(editor, Table.class, t -> "procedures".equals(t.getData(TABLE_KEY)) && t.isVisible())
                .isEmpty(), "no procedure table for a blinded user");
        assertFalse(robot.findAll(editor, Button.class, b -> "Calculate Dose...".equals(b.getText()) && b.isVisible())
                .stream().findAny().isPresent(), "no calculator for a blinded user");
        robot.screenshot(window, SCREENSHOTS.resolve("procedures-withheld.png"));
    }
}
