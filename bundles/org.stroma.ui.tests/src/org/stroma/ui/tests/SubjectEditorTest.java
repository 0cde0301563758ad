package org.stroma.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
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
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.Tree;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.stroma.model.study.AdverseEvent;
import org.stroma.model.study.Assessment;
import org.stroma.model.study.EligibilityCriterion;
import org.stroma.model.study.ItemValue;
import org.stroma.model.study.Study;
import org.stroma.model.study.Subject;
import org.stroma.store.AuditEntry;
import org.stroma.store.StudyDatabase;
import org.stroma.ui.OpenedWorkspace;
import org.stroma.ui.testing.UiRobot;

/**
 * A coordinator at work on one subject: opens the subject from the Study Explorer, reads the
 * eligibility checklist, corrects an mRSS form (a typo refused beside its field, the scores
 * recomputed while typing, the save asking for a reason) and records an adverse event. What the
 * editor shows is checked against the stored study, and what it saves is read back from the
 * database and its audit trail.
 */
class SubjectEditorTest {

    private static final String EXPLORER = "org.stroma.ui.part.studyExplorer";
    private static final String AUDIT_HISTORY = "org.stroma.ui.part.auditHistory";
    private static final String SUBJECT_EDITOR = "org.stroma.ui.partdescriptor.subject";
    private static final String STUDY_ID = "SSC-HAND-SVF";
    private static final String ITEM_KEY = "stroma.item";
    private static final String MESSAGE_KEY = "stroma.message";
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

    private Study stored() {
        return database.loadStudy(STUDY_ID).orElseThrow();
    }

    /** The first enrolled subject with an mRSS form, as stored. */
    private Subject subjectWithMrss() {
        return stored().getSubjects().stream().filter(s -> s.getSubjectId() != null)
                .filter(s -> s.getAssessments().stream().anyMatch(a -> a.getInstrumentId().equals("mrss")))
                .findFirst().orElseThrow();
    }

    private Composite openSubject(Subject subject) {
        Tree tree = robot.find(workbench.partControl(EXPLORER), Tree.class, t -> true);
        robot.waitUntil("the demo studies in the Study Explorer", () -> tree.getItemCount() == 4);
        robot.open(tree, robot.selectPath(tree, "SSc-HAND-SVF", "Subjects", subject.getSubjectId() + " "));
        robot.waitUntil("the subject editor", () -> editor(subject) != null
                && !robot.findAll((Control) editor(subject).getWidget(), CTabFolder.class, t -> true).isEmpty());
        return (Composite) editor(subject).getWidget();
    }

    private MPart editor(Subject subject) {
        return workbench.parts().getParts().stream()
                .filter(p -> SUBJECT_EDITOR.equals(p.getElementId()) && subject.getSubjectId().equals(p.getLabel())
                        && p.getWidget() != null)
                .findFirst().orElse(null);
    }

    private <T extends Control> T field(Composite root, Class<T> type, String key) {
        return robot.find(root, type, c -> key.equals(c.getData(ITEM_KEY)) && c.getData(MESSAGE_KEY) == null);
    }

    private String messageBeside(Composite root, String key) {
        return robot.find(root, Label.class, l -> key.equals(l.getData(ITEM_KEY)) && l.getData(MESSAGE_KEY) != null)
                .getText();
    }

    private Button button(Composite root, String text) {
        return robot.find(root, Button.class, b -> text.equals(b.getText()) && b.isVisible());
    }

    @Test
    void theEligibilityChecklistListsEveryCriterionOfTheProtocol() {
        Subject subject = subjectWithMrss();
        Composite editor = openSubject(subject);
        robot.selectTab(robot.find(editor, CTabFolder.class, t -> true), "Eligibility");
        Table checklist = robot.find(editor, Table.class, t -> t.isVisible());
        List<String> codes = java.util.Arrays.stream(checklist.getItems()).map(i -> i.getText(0)).toList();
        List<String> protocol = stored().getEligibilityCriteria().stream().map(EligibilityCriterion::getCode).toList();
        assertEquals(protocol, codes);
        assertFalse(button(editor, "Enrol Subject...").isEnabled(), "an enrolled subject is not enrolled again");
        robot.screenshot(window, SCREENSHOTS.resolve("subject-eligibility.png"));
    }

    @Test
    void correctingAFormChecksEachItemRescoresAndSavesWithAReason() {
        Subject subject = subjectWithMrss();
        Assessment form = subject.getAssessments().stream().filter(a -> a.getInstrumentId().equals("mrss"))
                .findFirst().orElseThrow();
        Map<String, String> items = form.getItemValues().stream()
                .collect(Collectors.toMap(ItemValue::getCode, ItemValue::getValue));
        Composite editor = openSubject(subject);
        robot.selectTab(robot.find(editor, CTabFolder.class, t -> true), "Forms");
        Tree forms = robot.find(editor, Tree.class, t -> t.isVisible());
        robot.selectPath(forms, form.getVisit().getCode() + " ", "mRSS");

        Text face = field(editor, Text.class, "face");
        assertEquals(items.get("face"), face.getText(), "the form shows the stored value");

        robot.type(face, "4");
        assertEquals("4 is outside 0-3", messageBeside(editor, "face"));
        assertTrue(robot.texts(editor).stream().anyMatch(t -> t.startsWith("Scores appear when")));

        String newFace = items.get("face").equals("2") ? "1" : "2";
        robot.type(face, newFace);
        assertEquals("", messageBeside(editor, "face"));
        // The total is the sum of the 17 sites: the stored ones, with face as now typed.
        int total = items.entrySet().stream()
                .mapToInt(e -> Integer.parseInt(e.getKey().equals("face") ? newFace : e.getValue())).sum();
        assertTrue(robot.texts(editor).stream().anyMatch(t -> t.startsWith("Total skin score (17 sites): " + total)),
                robot.texts(editor).toString());

        String reason = "Transcription error found at source data verification";
        robot.inDialog("Reason for Change", () -> robot.press(button(editor, "Save Form")), dialog -> {
            robot.type(robot.find(dialog, Text.class, t -> (t.getStyle() & org.eclipse.swt.SWT.READ_ONLY) == 0), reason);
            robot.screenshot(dialog, SCREENSHOTS.resolve("reason-for-change.png"));
            robot.press(robot.find(dialog, Button.class, b -> "Save with Reason".equals(b.getText())));
            return null;
        });

        Assessment saved = database.loadStudy(STUDY_ID).orElseThrow().getSubjects().stream()
                .filter(s -> s.getId().equals(subject.getId())).findFirst().orElseThrow().getAssessments().stream()
                .filter(a -> a.getId().equals(form.getId())).findFirst().orElseThrow();
        ItemValue savedFace = saved.getItemValues().stream().filter(v -> v.getCode().equals("face")).findFirst()
                .orElseThrow();
        assertEquals(newFace, savedFace.getValue());
        assertEquals(total, saved.getScoreValues().stream().filter(s -> s.getCode().equals("total")).findFirst()
                .orElseThrow().getValue(), 0.0);
        List<AuditEntry> history = database.auditTrail(savedFace.getId());
        AuditEntry change = history.get(history.size() - 1);
        assertEquals(List.of(items.get("face"), newFace, reason),
                List.of(change.oldValue(), change.newValue(), change.reason()));

        Table audit = robot.find(workbench.partControl(AUDIT_HISTORY), Table.class, t -> true);
        robot.waitUntil("the change in the Audit History", () -> java.util.Arrays.stream(audit.getItems())
                .anyMatch(i -> reason.equals(i.getText(7)) && newFace.equals(i.getText(6))));
        robot.screenshot(window, SCREENSHOTS.resolve("subject-form-saved.png"));
    }

    @Test
    void anAdverseEventIsCheckedBesideEachFieldThenRecorded() {
        Subject subject = subjectWithMrss();
        int before = subject.getAdverseEvents().size();
        Composite editor = openSubject(subject);
        robot.selectTab(robot.find(editor, CTabFolder.class, t -> true), "Adverse Events");
        robot.press(button(editor, "New Adverse Event"));
        robot.type(field(editor, Text.class, "term"), "Donor-site bruising");
        robot.type(field(editor, Text.class, "onset"), "2024-13-02");
        field(editor, Combo.class, "grade").setText("1");
        field(editor, Combo.class, "relatedness").setText("PROBABLE");
        field(editor, Combo.class, "outcome").setText("RECOVERING");
        robot.press(button(editor, "Save Adverse Event"));
        assertEquals("\"2024-13-02\" is not a date; write YYYY-MM-DD", messageBeside(editor, "onset"));
        assertEquals(before, database.loadStudy(STUDY_ID).orElseThrow().getSubjects().stream()
                .filter(s -> s.getId().equals(subject.getId())).findFirst().orElseThrow().getAdverseEvents().size(),
                "nothing saved while a field is wrong");

        robot.type(field(editor, Text.class, "onset"), "2024-02-13");
        robot.press(button(editor, "Save Adverse Event"));
        assertEquals("", messageBeside(editor, "onset"));
        List<AdverseEvent> events = database.loadStudy(STUDY_ID).orElseThrow().getSubjects().stream()
                .filter(s -> s.getId().equals(subject.getId())).findFirst().orElseThrow().getAdverseEvents();
        assertEquals(before + 1, events.size());
        AdverseEvent recorded = events.get(events.size() - 1);
        assertEquals(List.of("Donor-site bruising", "1", "PROBABLE", "RECOVERING"), List.of(recorded.getTerm(),
                Integer.toString(recorded.getCtcaeGrade()), recorded.getRelatedness().getLiteral(),
                recorded.getOutcome().getLiteral()));
        assertFalse(database.auditTrail(recorded.getId()).isEmpty(), "the new event is in the audit trail");
        robot.screenshot(window, SCREENSHOTS.resolve("subject-adverse-event.png"));
    }
}
