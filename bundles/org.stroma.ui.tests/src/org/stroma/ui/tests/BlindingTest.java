package org.stroma.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.stroma.model.study.Arm;
import org.stroma.model.study.Subject;
import org.stroma.store.StudyDatabase;
import org.stroma.ui.OpenedWorkspace;
import org.stroma.ui.testing.UiRobot;

/**
 * Blinding on screen: in LoS-FACE (assessor-blinded) the blinded outcome assessor reads
 * "(blinded)" where the coordinator reads the subject's arm.
 */
class BlindingTest {

    private static final String STUDY_ID = "LOS-FACE";
    private static final String ACRONYM = "LoS-FACE";
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private UiRobot robot;
    private RunningWorkbench workbench;
    private Shell window;

    @BeforeEach
    void findWorkbench() throws InterruptedException {
        robot = new UiRobot(Display.getCurrent());
        workbench = RunningWorkbench.find();
        window = workbench.shell();
        robot.waitUntil("the main window to show", window::isVisible);
    }

    /** The first subject of LoS-FACE with an allocated arm, as stored (read past the access control). */
    private Subject allocated() {
        StudyDatabase database = workbench.window().getContext().get(OpenedWorkspace.class).database();
        return database.loadStudy(STUDY_ID).orElseThrow().getSubjects().stream()
                .filter(s -> s.getSubjectId() != null && s.getAllocatedArm() != null).findFirst().orElseThrow();
    }

    /** What the subject page shows beside "Arm:". */
    private String armShown(Subject subject) {
        Composite editor = OpenedEditors.subject(robot, workbench, ACRONYM, subject);
        robot.selectTab(robot.find(editor, CTabFolder.class, t -> true), "Subject");
        robot.waitUntil("the subject's facts", () -> robot.texts(editor).contains("Arm:"));
        List<String> shown = robot.texts(editor);
        return shown.get(shown.indexOf("Arm:") + 1);
    }

    @Test
    void theBlindedAssessorReadsBlindedWhereTheCoordinatorReadsTheArm() {
        SignIn.as(robot, workbench, SignIn.ASSESSOR);
        Subject subject = allocated();
        assertEquals("(blinded)", armShown(subject));
        assertTrue(robot.texts(window).stream().anyMatch(t -> t.equals("Signed in as Dr. Rosa Iglesias (Blinded outcome assessor)")),
                "the status line names the assessor");
        robot.screenshot(window, SCREENSHOTS.resolve("subject-arm-blinded.png"));

        SignIn.as(robot, workbench, SignIn.COORDINATOR);
        Arm arm = subject.getAllocatedArm();
        assertEquals(arm.getCode() + " " + arm.getName(), armShown(subject));
        robot.screenshot(window, SCREENSHOTS.resolve("subject-arm-shown.png"));
    }
}
