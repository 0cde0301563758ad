package org.stroma.ui.tests;

import java.time.Duration;
import java.util.Optional;

import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.stroma.demo.DemoDatabase;
import org.stroma.ui.WorkspaceSession;
import org.stroma.ui.testing.UiRobot;
import org.stroma.ui.workspace.SignInDialog;

/**
 * Signs in to the workbench through its real sign-in dialog, as a person does: types the user,
 * the password and (while the dialog asks for it) the database key, and presses Sign In. The
 * demo's accounts, all with the demo password. Signing in as another user signs out first
 * (File &gt; Sign Out), which closes the editors.
 */
final class SignIn {

    static final String COORDINATOR = "coordinator";
    static final String INVESTIGATOR = "investigator";
    static final String ASSESSOR = "assessor";
    static final String STATISTICIAN = "statistician";
    static final String ADMIN = "admin";

    /** Making the demo database, booting it encrypted and checking a slow password hash take a while. */
    private static final Duration SIGN_IN_TIME = Duration.ofSeconds(120);

    private SignIn() {
    }

    /** The signed-in user's session, or null. */
    static WorkspaceSession current(RunningWorkbench workbench) {
        return workbench.window().getContext().get(WorkspaceSession.class);
    }

    /** The sign-in dialog if it shows now. */
    static Optional<Shell> dialog(UiRobot robot) {
        return robot.shown(SignInDialog.TITLE);
    }

    /** Makes sure {@code userName} is signed in, signing in (and out) through the dialog as needed. */
    static WorkspaceSession as(UiRobot robot, RunningWorkbench workbench, String userName) {
        UiRobot patient = new UiRobot(robot.display(), SIGN_IN_TIME);
        patient.waitUntil("the sign-in dialog, or a user signed in",
                () -> dialog(robot).isPresent() || current(workbench) != null);
        // A workbench left locked (by a test that failed while it was) is unlocked first.
        robot.shown(SignInDialog.LOCKED_TITLE).ifPresent(locked -> {
            type(robot, locked, current(workbench).user().userName(), DemoDatabase.PASSWORD);
            patient.waitUntil("the workbench to unlock", locked::isDisposed);
        });
        WorkspaceSession now = current(workbench);
        if (now != null && now.user().userName().equals(userName)) {
            return now;
        }
        if (now != null) {
            signOut(robot, workbench);
        }
        Shell dialog = robot.shell(SignInDialog.TITLE);
        type(robot, dialog, userName, DemoDatabase.PASSWORD);
        patient.waitUntil("the sign-in of " + userName + " (the dialog shows: " + (dialog.isDisposed() ? ""
                : robot.texts(dialog)) + ")", () -> dialog.isDisposed() && current(workbench) != null);
        return current(workbench);
    }

    /** File &gt; Sign Out, leaving the sign-in dialog showing. */
    static void signOut(UiRobot robot, RunningWorkbench workbench) {
        // An editor left changed by a failed test would ask about saving.
        workbench.parts().getDirtyParts().forEach(part -> part.setDirty(false));
        robot.click(robot.menuItem(workbench.shell(), "File", "Sign Out"));
        robot.waitUntil("the sign-in dialog after signing out", () -> dialog(robot).isPresent());
    }

    /** Types into the sign-in dialog (the key only while it asks for it) and presses its button. */
    static void type(UiRobot robot, Shell dialog, String userName, String password) {
        Text user = field(robot, dialog, "user");
        if (user.getEditable() && user.isEnabled()) {
            robot.type(user, userName);
        }
        robot.type(field(robot, dialog, "password"), password);
        robot.findAll(dialog, Text.class, t -> "key".equals(t.getData(SignInDialog.FIELD_KEY)) && t.isEnabled())
                .forEach(key -> robot.type(key, DemoDatabase.KEY));
        robot.press(robot.find(dialog, Button.class,
                b -> SignInDialog.SIGN_IN.equals(b.getText()) || SignInDialog.UNLOCK.equals(b.getText())));
    }

    static Text field(UiRobot robot, Shell dialog, String name) {
        return robot.find(dialog, Text.class, t -> name.equals(t.getData(SignInDialog.FIELD_KEY)));
    }
}
