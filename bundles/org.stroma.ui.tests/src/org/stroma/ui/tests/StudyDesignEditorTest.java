package org.stroma.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.Tree;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.stroma.model.study.Study;
import org.stroma.model.study.VisitDefinition;
import org.stroma.store.AuditEntry;
import org.stroma.store.StudyDatabase;
import org.stroma.ui.OpenedWorkspace;
import org.stroma.ui.ReasonForChangeDialog;
import org.stroma.ui.testing.UiRobot;

/**
 * The study coordinator at the study design editor: a demo study's arms, interventions, visit
 * schedule and eligibility shown as the demo design defines them; a visit renamed, saved with a
 * reason, and found in the database and its audit trail; input that does not fit the schedule or
 * the general fields refused with a message and never saved.
 */
class StudyDesignEditorTest {

    private static final String EXPLORER = "org.stroma.ui.part.studyExplorer";
    private static final String AUDIT_HISTORY = "org.stroma.ui.part.auditHistory";
    private static final String STUDY_EDITOR = "org.stroma.ui.partdescriptor.studyDesign";
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
        SignIn.as(robot, workbench, SignIn.COORDINATOR);
        database = workbench.window().getContext().get(OpenedWorkspace.class).database();
    }

    @AfterEach
    void leaveNoUnsavedEditor() {
        // A dirty editor left by a failed test would make the workbench ask about saving at shutdown.
        workbench.parts().getDirtyParts().forEach(part -> part.setDirty(false));
    }

    /** Opens the study from the Study Explorer and waits until its design is read and shown. */
    private Composite openDesign(String acronym) {
        Tree tree = robot.find(workbench.partControl(EXPLORER), Tree.class, t -> true);
        robot.waitUntil("the demo studies in the Study Explorer", () -> tree.getItemCount() == 4);
        robot.open(tree, robot.select(tree, acronym));
        robot.waitUntil("the design of " + acronym, () -> editor(acronym) != null
                && !robot.findAll((Control) editor(acronym).getWidget(), CTabFolder.class, t -> true).isEmpty());
        return (Composite) editor(acronym).getWidget();
    }

    private MPart editor(String acronym) {
        return workbench.parts().getParts().stream()
                .filter(p -> STUDY_EDITOR.equals(p.getElementId()) && acronym.equals(p.getLabel())
                        && p.getWidget() != null)
                .findFirst().orElse(null);
    }

    /** Shows the tab and returns its page. */
    private Composite tab(Composite editor, String title) {
        CTabFolder tabs = robot.find(editor, CTabFolder.class, t -> true);
        robot.selectTab(tabs, title);
        return (Composite) tabs.getSelection().getControl();
    }

    private static List<String> column(List<List<String>> rows, int column) {
        return rows.stream().map(row -> row.get(column)).toList();
    }

    private int rowOf(Table table, String code) {
        List<String> codes = column(robot.rows(table), 0);
        assertTrue(codes.contains(code), code + " among " + codes);
        return codes.indexOf(code);
    }

    private boolean shows(Composite page, String start) {
        return robot.texts(page).stream().anyMatch(t -> t.startsWith(start));
    }

    @Test
    void showsTheArmsVisitsAndEligibilityOfTheDemoDesign() {
        Composite editor = openDesign("LoS-FACE");
        List<String> general = robot.texts(tab(editor, "General"));
        assertTrue(general.containsAll(List.of("LoS-FACE", "ChiCTR-DEMO-0001", "1:1:1", "18")), general.toString());
        assertTrue(general.contains("SYNTHETIC DATA (demo study, not from patients)"), general.toString());

        // LosFaceDesign: three arms 1:1:1 grafting the face, conventionally, with SVF mixed 1:1 by
        // volume, or with ADSCs added at 5 x 10^5 cells per mL of fat.
        List<List<String>> arms = robot.rows(robot.find(tab(editor, "Arms and interventions"), Table.class, t -> true));
        assertEquals(List.of("AFG", "SVF-AFG", "ADSC-AFG"), column(arms, 0));
        assertEquals(List.of("Conventional AFG", "SVF-assisted AFG", "ADSC-assisted AFG"), column(arms, 1));
        assertEquals(List.of("1", "1", "1"), column(arms, 2));
        assertEquals(List.of("Conventional fat grafting", "SVF-assisted fat grafting", "ADSC-assisted fat grafting"),
                column(arms, 3));
        assertEquals(List.of("face", "face", "face"), column(arms, 4));
        assertEquals(List.of("", "SVF:fat 1:1 by volume", "5 x 10^5 cells per mL of fat"), column(arms, 5));
        robot.screenshot(window, SCREENSHOTS.resolve("study-design-arms.png"));

        // LosFaceDesign: screening at day -28 (14 days before), surgery at day 0, follow-up at 3 and
        // 6 months (days 91 and 182, 14 days either side).
        List<List<String>> visits = robot.rows(robot.find(tab(editor, "Visit schedule"), Table.class, t -> true));
        assertEquals(List.of(
                List.of("SCR", "Screening", "-28", "14", "0"),
                List.of("D0", "Surgery", "0", "0", "0"),
                List.of("M3", "3 months", "91", "14", "14"),
                List.of("M6", "6 months", "182", "14", "14")),
                visits.stream().map(row -> row.subList(0, 5)).toList());

        // LosFaceDesign's criteria, read off their structure rather than the protocol's wording.
        List<String> criteria = column(robot.rows(robot.find(tab(editor, "Eligibility criteria"), Table.class,
                t -> true)), 2);
        assertTrue(criteria.get(0).startsWith("Diagnosis: localized scleroderma"), criteria.toString());
        assertEquals(List.of("Disease inactive > 12 months", "Age 18-45 years", "BMI >= 17",
                "Informed consent signed: yes"), criteria.subList(1, 5));
        robot.screenshot(window, SCREENSHOTS.resolve("study-design-eligibility.png"));
    }

    @Test
    void aRenamedVisitIsSavedWithItsReasonAndInTheAuditTrail() {
        Study before = database.loadStudy("LOS-HAIR").orElseThrow();
        Composite editor = openDesign("LoS-HAIR");
        MPart part = editor("LoS-HAIR");
        Composite schedule = tab(editor, "Visit schedule");
        Table visits = robot.find(schedule, Table.class, t -> true);
        int m1 = rowOf(visits, "M1");
        // LosHairDesign: the first follow-up is "1 month", day 30.
        assertEquals("1 month", robot.rows(visits).get(m1).get(1));

        robot.editCell(visits, m1, 1, "Month 1");
        assertEquals("Month 1", robot.rows(visits).get(m1).get(1));
        assertTrue(part.isDirty(), "an edited design is unsaved");
        assertTrue(robot.texts(editor).contains("1 unsaved change"), robot.texts(editor).toString());

        String reason = "Protocol amendment 2 names follow-up visits by month";
        String asked = robot.inDialog(ReasonForChangeDialog.TITLE,
                () -> robot.press(robot.find(editor, Button.class, b -> "Save".equals(b.getText()))), dialog -> {
                    String shown = String.join(" ", robot.texts(dialog));
                    robot.type(robot.find(dialog, Text.class, t -> (t.getStyle() & SWT.READ_ONLY) == 0), reason);
                    robot.screenshot(dialog, SCREENSHOTS.resolve("study-design-reason.png"));
                    robot.press(robot.find(dialog, Button.class, b -> "Save with Reason".equals(b.getText())));
                    return shown;
                });
        assertTrue(asked.contains("visit M1 name from '1 month' to 'Month 1'"), asked);
        robot.waitUntil("the design to be saved", () -> !part.isDirty());

        Study after = database.loadStudy("LOS-HAIR").orElseThrow();
        VisitDefinition renamed = after.getVisitSchedule().get(m1);
        assertEquals(List.of("M1", "Month 1", 30),
                List.of(renamed.getCode(), renamed.getName(), renamed.getTargetDay()));
        assertEquals(before.getSubjects().size(), after.getSubjects().size(), "the subjects are saved as they were");

        List<AuditEntry> history = database.auditTrail(renamed.getId());
        AuditEntry change = history.get(history.size() - 1);
        assertEquals(List.of("SET", "name", "1 month", "Month 1", reason, SignIn.COORDINATOR), List.of(
                change.action(), change.field(), change.oldValue(), change.newValue(), change.reason(), change.user()));

        // The editor made the visit the selection, so the Audit History shows its change too.
        Table audit = robot.find(workbench.partControl(AUDIT_HISTORY), Table.class, t -> true);
        robot.waitUntil("the renamed visit in the Audit History", () -> java.util.Arrays.stream(audit.getItems())
                .anyMatch(i -> reason.equals(i.getText(7)) && "Month 1".equals(i.getText(6))));
        robot.screenshot(window, SCREENSHOTS.resolve("study-design-visit-saved.png"));
    }

    @Test
    void inputThatDoesNotFitIsRefusedWithAMessageAndNotSaved() {
        Study stored = database.loadStudy("LOS-FACE").orElseThrow();
        Composite editor = openDesign("LoS-FACE");
        MPart part = editor("LoS-FACE");
        Composite schedule = tab(editor, "Visit schedule");
        Table visits = robot.find(schedule, Table.class, t -> true);
        int m3 = rowOf(visits, "M3");
        List<String> m3Before = robot.rows(visits).get(m3);

        robot.editCell(visits, m3, 2, "ninety-one");
        assertTrue(shows(schedule, "M3 target day: The target day must be a whole number"),
                robot.texts(schedule).toString());
        robot.editCell(visits, m3, 3, "-7");
        assertTrue(shows(schedule, "M3 window before (days): A window cannot be negative"),
                robot.texts(schedule).toString());
        // Day 91 + 80 reaches into the window of M6 (day 182 - 14 = 168).
        robot.editCell(visits, m3, 4, "80");
        assertTrue(shows(schedule,
                "M3 window after (days): The window day 77 to 171 would overlap M6 (day 168 to 196)"),
                robot.texts(schedule).toString());
        robot.editCell(visits, m3, 2, "200");
        assertTrue(shows(schedule, "M3 target day: Day 200 is not before the visit after it, M6 on day 182"),
                robot.texts(schedule).toString());
        assertEquals(m3Before, robot.rows(visits).get(m3), "the table still shows the visit as it was");
        robot.screenshot(window, SCREENSHOTS.resolve("study-design-visit-refused.png"));

        Composite general = tab(editor, "General");
        Text title = robot.find(general, Text.class, t -> t.getText().equals(stored.getTitle()));
        robot.type(title, "   ");
        assertTrue(robot.texts(general).contains("The study needs a title, as registered."),
                robot.texts(general).toString());
        Text planned = robot.find(general, Text.class, t -> t.getText().equals("18"));
        robot.type(planned, "eighteen");
        assertTrue(robot.texts(general).contains("Planned subjects must be a whole number, e.g. 18."),
                robot.texts(general).toString());
        assertTrue(robot.texts(editor).contains(stored.getTitle()), "the header keeps the title");
        robot.screenshot(window, SCREENSHOTS.resolve("study-design-general-refused.png"));

        assertFalse(part.isDirty(), "refused input does not change the study");
        robot.type(title, stored.getTitle());
        robot.type(planned, "18");
        assertFalse(robot.texts(general).contains("The study needs a title, as registered."));
        assertFalse(part.isDirty());
        Study after = database.loadStudy("LOS-FACE").orElseThrow();
        assertEquals(List.of(stored.getTitle(), stored.getTargetEnrollment(), "3 months", 91, 14, 14),
                List.of(after.getTitle(), after.getTargetEnrollment(), after.getVisitSchedule().get(m3).getName(),
                        after.getVisitSchedule().get(m3).getTargetDay(),
                        after.getVisitSchedule().get(m3).getWindowBeforeDays(),
                        after.getVisitSchedule().get(m3).getWindowAfterDays()));
    }
}
