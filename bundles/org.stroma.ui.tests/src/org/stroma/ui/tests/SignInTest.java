package org.stroma.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Tree;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.stroma.demo.DemoDatabase;
import org.stroma.ui.testing.UiRobot;
import org.stroma.ui.workspace.SignInDialog;

/**
 * Signing in: a wrong password is refused in red in the dialog, which stays open for another
 * try; a workbench left idle is covered and locked until the same user gives the password again.
 */
class SignInTest {

    private static final String EXPLORER = "org.stroma.ui.part.studyExplorer";
    private static final String IDLE_PROPERTY = "stroma.idleTimeoutSeconds";
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private UiRobot robot;
    private RunningWorkbench workbench;

    @BeforeEach
    void findWorkbench() throws InterruptedException {
        robot = new UiRobot(Display.getCurrent());
        workbench = RunningWorkbench.find();
        robot.waitUntil("the main window to show", workbench.shell()::isVisible);
    }

    /** The red line of a dialog, once it says something. */
    private Label refusal(Shell dialog) {
        robot.waitUntil("a refusal in the dialog", () -> !refusals(dialog).isEmpty());
        return refusals(dialog).get(0);
    }

    private List<Label> refusals(Shell dialog) {
        return robot.findAll(dialog, Label.class, l -> !l.getText().isBlank()
                && l.getForeground().equals(l.getDisplay().getSystemColor(SWT.COLOR_RED)));
    }

    @Test
    void aWrongPasswordIsRefusedInTheDialogWhichStaysOpen() {
        SignIn.as(robot, workbench, SignIn.COORDINATOR);
        SignIn.signOut(robot, workbench);
        Shell dialog = robot.shell(SignInDialog.TITLE);
        assertNull(SignIn.current(workbench), "nobody is signed in after signing out");

        SignIn.type(robot, dialog, SignIn.COORDINATOR, "not-the-password-1");
        Label refused = refusal(dialog);
        assertTrue(refused.getText().contains("the user name or password is wrong"), refused.getText());
        assertFalse(dialog.isDisposed(), "the dialog stays open for another try");
        assertEquals("", SignIn.field(robot, dialog, "password").getText(), "the wrong password is cleared");
        assertNull(SignIn.current(workbench), "nobody is signed in");
        robot.screenshot(dialog, SCREENSHOTS.resolve("sign-in-refused.png"));

        SignIn.type(robot, dialog, SignIn.COORDINATOR, DemoDatabase.PASSWORD);
        new UiRobot(robot.display(), Duration.ofSeconds(60)).waitUntil("the sign-in",
                () -> dialog.isDisposed() && SignIn.current(workbench) != null);
        assertEquals("Sam Okafor", SignIn.current(workbench).user().fullName());
    }

    @Test
    void anIdleWorkbenchIsCoveredUntilTheSameUserGivesThePassword() {
        SignIn.as(robot, workbench, SignIn.COORDINATOR);
        Tree explorer = robot.find(workbench.partControl(EXPLORER), Tree.class, t -> true);
        assertTrue(explorer.isVisible());
        System.setProperty(IDLE_PROPERTY, "2");
        try {
            // The robot sends no input while it waits: after 2 s the workbench locks.
            Shell locked = robot.shell(SignInDialog.LOCKED_TITLE);
            assertFalse(explorer.isVisible(), "the study data are covered while locked");
            assertEquals(SignIn.COORDINATOR, SignIn.field(robot, locked, "user").getText());
            assertFalse(SignIn.field(robot, locked, "user").isEnabled(), "another user must restart");
            robot.screenshot(locked, SCREENSHOTS.resolve("workbench-locked.png"));

            SignIn.type(robot, locked, SignIn.COORDINATOR, "not-the-password-1");
            Label refused = refusal(locked);
            assertTrue(refused.getText().contains("the user name or password is wrong"), refused.getText());
            assertFalse(locked.isDisposed(), "a wrong password leaves the workbench locked");
            assertFalse(explorer.isVisible());

            // Back to the policy's idle time before unlocking, so the workbench does not lock again at once.
            System.clearProperty(IDLE_PROPERTY);
            SignIn.type(robot, locked, SignIn.COORDINATOR, DemoDatabase.PASSWORD);
            new UiRobot(robot.display(), Duration.ofSeconds(60)).waitUntil("the workbench to unlock",
                    locked::isDisposed);
            assertTrue(explorer.isVisible(), "the study data show again");
            assertEquals(SignIn.COORDINATOR, SignIn.current(workbench).user().userName(), "the same session goes on");
        } finally {
            System.clearProperty(IDLE_PROPERTY);
        }
    }
}
