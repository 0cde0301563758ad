package org.stroma.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;

import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.Tree;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.stroma.store.StudyDatabase;
import org.stroma.store.UserAccount;
import org.stroma.ui.OpenedWorkspace;
import org.stroma.ui.access.UserAccountsDialog;
import org.stroma.ui.testing.UiRobot;

/**
 * The administrator: lists the studies but is refused their data with a message (no error
 * dialog), and adds a user in File &gt; User Accounts, where a password breaking the rules is
 * refused in the dialog first.
 */
class UserAdministrationTest {

    private static final String FIELD_KEY = "stroma.field";
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
        SignIn.as(robot, workbench, SignIn.ADMIN);
    }

    private Text field(Shell dialog, String name) {
        return robot.find(dialog, Text.class, t -> name.equals(t.getData(FIELD_KEY)));
    }

    private List<String> refusals(Shell dialog) {
        return robot.findAll(dialog, Label.class, l -> !l.getText().isBlank()
                && l.getForeground().equals(l.getDisplay().getSystemColor(SWT.COLOR_RED))).stream()
                .map(Label::getText).toList();
    }

    private long visibleShells() {
        return Arrays.stream(robot.display().getShells()).filter(s -> !s.isDisposed() && s.isVisible()).count();
    }

    @Test
    void theAdministratorListsTheStudiesButIsRefusedTheirData() {
        Tree tree = OpenedEditors.explorer(robot, workbench);
        assertEquals(List.of("LoS-FACE", "LoS-HAIR", "SSc-HAND-RCT", "SSc-HAND-SVF"), robot.treeItems(tree));
        robot.open(tree, robot.select(tree, "LoS-HAIR"));
        robot.waitUntil("the study editor", () -> OpenedEditors.part(workbench, OpenedEditors.STUDY_EDITOR,
                "LoS-HAIR") != null);
        MPart editor = OpenedEditors.part(workbench, OpenedEditors.STUDY_EDITOR, "LoS-HAIR");
        robot.waitUntil("the refusal in the editor", () -> robot.texts((Control) editor.getWidget()).stream()
                .anyMatch(t -> t.contains("may not view study data")));
        assertEquals(1, visibleShells(), "a refusal is a message in the editor, not an error dialog");
        robot.screenshot(window, SCREENSHOTS.resolve("administrator-refused-study-data.png"));
    }

    @Test
    void theAdministratorAddsAUserAfterAPasswordIsRefused() {
        String name = "cra" + (System.currentTimeMillis() % 100_000);
        List<List<String>> rows = robot.inDialog(UserAccountsDialog.TITLE,
                () -> robot.click(robot.menuItem(window, "File", "User Accounts...")), accounts -> {
                    Table table = robot.find(accounts, Table.class, t -> true);
                    robot.waitUntil("the demo accounts", () -> table.getItemCount() >= 6);
                    robot.inDialog("Add User", () -> robot.press(robot.find(accounts, Button.class,
                            b -> UserAccountsDialog.ADD.equals(b.getText()))), add -> {
                                robot.type(field(add, "user"), name);
                                robot.type(field(add, "fullName"), "Chris Reyes");
                                robot.choose(robot.find(add, Combo.class, c -> "role".equals(c.getData(FIELD_KEY))),
                                        "Monitor");
                                robot.type(field(add, "password"), "short1");
                                robot.type(field(add, "again"), "short1");
                                Button ok = robot.find(add, Button.class, b -> "Add User".equals(b.getText()));
                                robot.press(ok);
                                UiRobot patient = new UiRobot(robot.display(), Duration.ofSeconds(60));
                                patient.waitUntil("the short password to be refused", () -> !refusals(add).isEmpty());
                                assertTrue(refusals(add).get(0).contains("at least 10 characters"), refusals(add).toString());
                                assertFalse(add.isDisposed(), "a refusal keeps the dialog open");
                                robot.screenshot(add, SCREENSHOTS.resolve("add-user-refused.png"));

                                robot.type(field(add, "password"), "Monitor-visits-2026");
                                robot.type(field(add, "again"), "Monitor-visits-2026");
                                robot.press(ok);
                                patient.waitUntil("the user to be added or refused",
                                        () -> add.isDisposed() || !refusals(add).isEmpty());
                                assertTrue(add.isDisposed(), () -> "refused: " + refusals(add));
                                return null;
                            });
                    robot.waitUntil("the new account in the table",
                            () -> robot.rows(table).stream().anyMatch(row -> row.get(0).equals(name)));
                    robot.screenshot(accounts, SCREENSHOTS.resolve("user-accounts.png"));
                    return robot.rows(table);
                });
        List<String> added = rows.stream().filter(row -> row.get(0).equals(name)).findFirst().orElseThrow();
        assertEquals(List.of(name, "Chris Reyes", "Monitor", "all", "yes", ""), added);

        StudyDatabase database = workbench.window().getContext().get(OpenedWorkspace.class).database();
        UserAccount stored = database.access().account(name).orElseThrow();
        assertEquals(List.of("MONITOR", "Chris Reyes", true), List.of(stored.role(), stored.fullName(), stored.active()));
    }
}
