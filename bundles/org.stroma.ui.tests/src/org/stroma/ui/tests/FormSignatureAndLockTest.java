package org.stroma.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.Tree;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.stroma.demo.DemoDatabase;
import org.stroma.model.study.Assessment;
import org.stroma.model.study.ItemValue;
import org.stroma.model.study.Subject;
import org.stroma.security.Oversight;
import org.stroma.store.StudyDatabase;
import org.stroma.ui.OpenedWorkspace;
import org.stroma.ui.ReasonForChangeDialog;
import org.stroma.ui.access.SignatureDialog;
import org.stroma.ui.testing.UiRobot;

/**
 * Signatures and locks on the Forms page: the coordinator signs an mRSS form with the password
 * and sees the signature, which shows INVALID in red once the form is changed; the investigator
 * locks a form, which then cannot be typed in, meets the store's refusal of a change under a
 * lock, and unlocks the form with a reason. Each test uses its own subject of SSc-HAND-SVF, not
 * the one {@link SubjectEditorTest} corrects.
 */
class FormSignatureAndLockTest {

    private static final String STUDY_ID = "SSC-HAND-SVF";
    private static final String ACRONYM = "SSc-HAND-SVF";
    private static final String ITEM_KEY = "stroma.item";
    private static final String MESSAGE_KEY = "stroma.message";
    private static final String OVERSIGHT_KEY = "stroma.oversight";
    private static final String ACCESS_FIELD_KEY = "stroma.field";
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

    @AfterEach
    void leaveNoUnsavedEditor() {
        workbench.parts().getDirtyParts().forEach(part -> part.setDirty(false));
    }

    /** Enrolled subjects with an mRSS form, as stored; the first is {@link SubjectEditorTest}'s. */
    private List<Subject> enrolledWithMrss() {
        database = workbench.window().getContext().get(OpenedWorkspace.class).database();
        return database.loadStudy(STUDY_ID).orElseThrow().getSubjects().stream()
                .filter(s -> s.getSubjectId() != null)
                .filter(s -> s.getAssessments().stream().anyMatch(a -> a.getInstrumentId().equals("mrss"))).toList();
    }

    private static Assessment mrss(Subject subject) {
        return subject.getAssessments().stream().filter(a -> a.getInstrumentId().equals("mrss")).findFirst()
                .orElseThrow();
    }

    /** Opens the subject's Forms page and shows the form. */
    private Composite showForm(Subject subject, Assessment form) {
        Composite editor = OpenedEditors.subject(robot, workbench, ACRONYM, subject);
        robot.selectTab(robot.find(editor, CTabFolder.class, t -> true), "Forms");
        Tree forms = robot.find(editor, Tree.class, t -> t.isVisible());
        robot.selectPath(forms, form.getVisit().getCode() + " ", "mRSS");
        robot.waitUntil("the signatures of the form, read in the background", () -> !signatures(editor).isEmpty()
                && signatures(editor).stream().noneMatch(l -> l.getText().startsWith("Reading")));
        return editor;
    }

    private List<Label> signatures(Composite editor) {
        return robot.findAll(editor, Label.class, l -> "signature".equals(l.getData(OVERSIGHT_KEY)));
    }

    private Label lockLine(Composite editor) {
        return robot.find(editor, Label.class, l -> "lock".equals(l.getData(OVERSIGHT_KEY)));
    }

    private <T extends Control> T field(Composite root, Class<T> type, String key) {
        return robot.find(root, type, c -> key.equals(c.getData(ITEM_KEY)) && c.getData(MESSAGE_KEY) == null);
    }

    private Button button(Composite root, String text) {
        return robot.find(root, Button.class, b -> text.equals(b.getText()) && b.isVisible());
    }

    private static boolean red(Label label) {
        return label.getForeground().equals(label.getDisplay().getSystemColor(SWT.COLOR_RED));
    }

    @Test
    void aSignedFormShowsItsSignatureWhichAChangeMakesInvalid() {
        SignIn.as(robot, workbench, SignIn.COORDINATOR);
        Subject subject = enrolledWithMrss().get(1);
        Assessment form = mrss(subject);
        Map<String, String> items = form.getItemValues().stream()
                .collect(Collectors.toMap(ItemValue::getCode, ItemValue::getValue));
        Composite editor = showForm(subject, form);
        String signedBy = "Signed: Sam Okafor (coordinator), authorship, ";
        long before = signatures(editor).stream().filter(l -> l.getText().startsWith(signedBy)).count();

        String asked = robot.inDialog(SignatureDialog.TITLE, () -> robot.press(button(editor, "Sign...")), dialog -> {
            String shown = String.join(" ", robot.texts(dialog));
            Combo meaning = robot.find(dialog, Combo.class, c -> "meaning".equals(c.getData(ACCESS_FIELD_KEY)));
            assertEquals(List.of("Authorship"), List.of(meaning.getItems()), "a coordinator signs as author only");
            robot.choose(meaning, "Authorship");
            robot.type(robot.find(dialog, Text.class, t -> "password".equals(t.getData(ACCESS_FIELD_KEY))),
                    DemoDatabase.PASSWORD);
            robot.screenshot(dialog, SCREENSHOTS.resolve("signature-dialog.png"));
            robot.press(robot.find(dialog, Button.class, b -> SignatureDialog.SIGN.equals(b.getText())));
            new UiRobot(robot.display(), Duration.ofSeconds(60)).waitUntil("the signature to be made or refused",
                    () -> dialog.isDisposed() || robot.findAll(dialog, Label.class,
                            l -> !l.getText().isBlank() && red(l)).size() > 0);
            assertTrue(dialog.isDisposed(), () -> "refused: " + robot.texts(dialog));
            return shown;
        });
        assertTrue(asked.contains("Sam Okafor (coordinator)"), asked);
        assertTrue(asked.contains("mRSS at "), asked);

        robot.waitUntil("the new signature under the form", () -> signatures(editor).stream()
                .filter(l -> l.getText().startsWith(signedBy) && !l.getText().contains("INVALID")).count() == before + 1);
        assertTrue(signatures(editor).stream().filter(l -> !l.getText().contains("INVALID"))
                .noneMatch(FormSignatureAndLockTest::red), "a valid signature is not in red");
        robot.screenshot(window, SCREENSHOTS.resolve("form-signed.png"));

        String newFace = items.get("face").equals("2") ? "1" : "2";
        robot.type(field(editor, Text.class, "face"), newFace);
        robot.inDialog(ReasonForChangeDialog.TITLE, () -> robot.press(button(editor, "Save Form")), dialog -> {
            robot.type(robot.find(dialog, Text.class, t -> (t.getStyle() & SWT.READ_ONLY) == 0),
                    "Corrected after source data verification");
            robot.press(robot.find(dialog, Button.class, b -> "Save with Reason".equals(b.getText())));
            return null;
        });
        robot.waitUntil("the signature to show as invalid", () -> signatures(editor).stream()
                .anyMatch(l -> l.getText().startsWith(signedBy) && l.getText().contains("INVALID: changed after signing")));
        assertTrue(signatures(editor).stream().filter(l -> l.getText().contains("INVALID")).allMatch(
                FormSignatureAndLockTest::red), "an invalid signature shows in red");
        robot.screenshot(window, SCREENSHOTS.resolve("form-signature-invalid.png"));
    }

    @Test
    void aLockedFormCannotBeChangedUntilUnlockedWithAReason() {
        SignIn.as(robot, workbench, SignIn.INVESTIGATOR);
        Subject subject = enrolledWithMrss().get(2);
        Assessment form = mrss(subject);
        Composite editor = showForm(subject, form);
        assertTrue(field(editor, Text.class, "face").getEditable(), "an unlocked form can be changed");

        robot.press(button(editor, "Lock"));
        robot.waitUntil("the lock over the form", () -> lockLine(editor).getText().startsWith("Locked by investigator since "));
        assertFalse(field(editor, Text.class, "face").getEditable(), "a locked form's fields cannot be typed in");
        assertFalse(button(editor, "Save Form").isEnabled(), "a locked form cannot be saved");
        assertTrue(button(editor, "Unlock...").isEnabled());
        robot.screenshot(window, SCREENSHOTS.resolve("form-locked.png"));

        // The subject locked behind the editor's back: the store refuses the next change and says why.
        Oversight oversight = SignIn.current(workbench).studies().oversight();
        oversight.lock(STUDY_ID, subject.getId());
        int events = subject.getAdverseEvents().size();
        try {
            robot.selectTab(robot.find(editor, CTabFolder.class, t -> true), "Adverse Events");
            robot.press(button(editor, "New Adverse Event"));
            robot.type(field(editor, Text.class, "term"), "Injection-site erythema");
            robot.type(field(editor, Text.class, "onset"), "2024-02-13");
            field(editor, Combo.class, "grade").setText("1");
            field(editor, Combo.class, "relatedness").setText("PROBABLE");
            field(editor, Combo.class, "outcome").setText("RECOVERING");
            String refusal = robot.inDialog("Not Saved", () -> robot.press(button(editor, "Save Adverse Event")),
                    dialog -> String.join(" ", robot.texts(dialog)));
            assertTrue(refusal.contains("locked by investigator"), refusal);
            assertEquals(events, database.loadStudy(STUDY_ID).orElseThrow().getSubjects().stream()
                    .filter(s -> s.getId().equals(subject.getId())).findFirst().orElseThrow().getAdverseEvents().size(),
                    "nothing saved under the lock");
        } finally {
            oversight.unlock(STUDY_ID, subject.getId(), "The UI test's lock of the subject ends");
        }

        robot.selectTab(robot.find(editor, CTabFolder.class, t -> true), "Forms");
        String reason = "Query answered; the site corrects the form";
        robot.inDialog("Unlock Form", () -> robot.press(button(editor, "Unlock...")), dialog -> {
            robot.type(robot.find(dialog, Text.class, t -> (t.getStyle() & SWT.READ_ONLY) == 0), reason);
            robot.press(robot.find(dialog, Button.class, b -> "Unlock".equals(b.getText())));
            return null;
        });
        robot.waitUntil("the form unlocked", () -> lockLine(editor).getText().equals("Not locked"));
        assertTrue(field(editor, Text.class, "face").getEditable(), "an unlocked form can be changed again");
        assertTrue(database.access().locks(STUDY_ID).isEmpty(), "no lock is left");
    }
}
