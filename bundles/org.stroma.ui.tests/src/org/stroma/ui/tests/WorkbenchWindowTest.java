package org.stroma.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.ProgressBar;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.stroma.ui.testing.UiRobot;

/**
 * The Stroma Workbench window as a study coordinator meets it once signed in: the menus, the
 * signed-in user in the status line, the Study Explorer filled from the demo database, a study
 * opened from the explorer, and About.
 */
class WorkbenchWindowTest {

    private static final String EXPLORER = "org.stroma.ui.part.studyExplorer";
    private static final String STUDY_EDITOR = "org.stroma.ui.partdescriptor.studyDesign";
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
        SignIn.as(robot, workbench, SignIn.COORDINATOR);
    }

    private Tree explorerTree() {
        Tree tree = robot.find(workbench.partControl(EXPLORER), Tree.class, t -> true);
        robot.waitUntil("the demo studies in the Study Explorer", () -> tree.getItemCount() == 4);
        return tree;
    }

    private MPart editorFor(String acronym) {
        robot.waitUntil("an editor for " + acronym, () -> findEditor(acronym) != null);
        return findEditor(acronym);
    }

    private MPart findEditor(String acronym) {
        return workbench.parts().getParts().stream()
                .filter(p -> STUDY_EDITOR.equals(p.getElementId()) && acronym.equals(p.getLabel())
                        && p.getWidget() != null)
                .findFirst().orElse(null);
    }

    @Test
    void windowHasTheTitleMenusAndStatusLine() {
        assertEquals("Stroma Workbench", window.getText());
        assertEquals(List.of("File", "Study", "Analysis", "Reports", "Help"), robot.menuBar(window));
        assertEquals(List.of("Save", "User Accounts...", "Change My Password...", "Sign Out", "Exit"),
                robot.menuLabels(window, "File"));
        assertFalse(robot.menuItem(window, "File", "User Accounts...").isEnabled(),
                "only users who manage accounts reach them");
        assertTrue(robot.menuItem(window, "File", "Change My Password...").isEnabled());
        explorerTree();
        robot.waitUntil("the workspace in the status line", () -> robot
                .findAll(window, Label.class, l -> l.getText().startsWith("Workspace ")).size() == 1);
        robot.waitUntil("the signed-in user in the status line", () -> robot
                .findAll(window, Label.class, l -> l.getText().equals("Signed in as Sam Okafor (Study coordinator)"))
                .size() == 1);
    }

    @Test
    void firstStartShowsTheDemoStudiesAndOpensTheFirst() {
        Tree tree = explorerTree();
        assertEquals(List.of("LoS-FACE", "LoS-HAIR", "SSc-HAND-RCT", "SSc-HAND-SVF"), robot.treeItems(tree));
        MPart editor = editorFor("LoS-FACE");
        assertEquals("org.stroma.ui.partstack.editors", editor.getParent().getElementId(),
                "studies open in the editor stack, not beside the explorer");
        // The editor reads the study in a Job: wait until its design shows.
        List<String> shown = robot.waitForText((org.eclipse.swt.widgets.Control) editor.getWidget(),
                "parallel-randomized, 3 arms (1:1:1)");
        assertTrue(shown.contains("18"), shown.toString());
    }

    @Test
    void openingAStudyFromTheExplorerShowsItsDesign() throws Exception {
        Tree tree = explorerTree();
        workbench.parts().activate(workbench.part(EXPLORER));
        TreeItem item = robot.select(tree, "SSc-HAND-SVF");
        assertTrue(robot.menuItem(window, "Study", "Open Selected Study").isEnabled(),
                "Open Selected Study is enabled once a study is selected");
        robot.open(tree, item);
        MPart editor = editorFor("SSc-HAND-SVF");
        assertEquals("SSc-HAND-SVF", workbench.parts().getActivePart().getLabel(), "the opened study is active");
        List<String> shown = robot.waitForText((org.eclipse.swt.widgets.Control) editor.getWidget(), "single-arm");
        assertTrue(shown.contains("7"), shown.toString());
        assertTrue(shown.stream().anyMatch(s -> s.startsWith("SYNTHETIC DATA")), shown.toString());
        Path png = robot.screenshot(window, SCREENSHOTS.resolve("workbench-study-open.png"));
        assertTrue(Files.size(png) > 1000, "screenshot written");
    }

    @Test
    void expandingAStudyShowsItsSitesArmsVisitsAndSubjects() {
        Tree tree = explorerTree();
        TreeItem study = robot.select(tree, "LoS-FACE");
        robot.waitUntil("the study's records, read in the background",
                () -> robot.expand(tree, study).contains("Arms (3)"));
        List<String> groups = robot.expand(tree, study);
        // The three-arm facial atrophy trial: 18 enrolled of 21 screened, three arms.
        assertTrue(groups.contains("Arms (3)"), groups.toString());
        assertTrue(groups.contains("Subjects (21)"), groups.toString());
        TreeItem arms = java.util.Arrays.stream(study.getItems()).filter(i -> i.getText().equals("Arms (3)"))
                .findFirst().orElseThrow();
        List<String> armLabels = robot.expand(tree, arms);
        assertEquals(3, armLabels.size(), armLabels.toString());
        robot.screenshot(window, SCREENSHOTS.resolve("explorer-expanded.png"));
    }

    @Test
    void aboutListsTheComponentVersions() {
        List<String> rows = robot.inDialog("About Stroma Workbench",
                () -> robot.click(robot.menuItem(window, "Help", "About Stroma Workbench")),
                dialog -> {
                    robot.screenshot(dialog, SCREENSHOTS.resolve("about.png"));
                    Table table = robot.find(dialog, Table.class, t -> true);
                    return java.util.Arrays.stream(table.getItems())
                            .map(i -> i.getText(0) + "=" + i.getText(1)).toList();
                });
        assertTrue(rows.stream().anyMatch(r -> r.startsWith("Apache Derby=10.17.")), rows.toString());
        assertTrue(rows.stream().anyMatch(r -> r.startsWith("SWT=3.")), rows.toString());
        assertTrue(rows.stream().anyMatch(r -> r.startsWith("Java=")), rows.toString());
    }

    @Test
    void runningJobsShowInTheProgressIndicator() {
        CountDownLatch release = new CountDownLatch(1);
        Job job = Job.create("Importing synthetic visits", monitor -> {
            try {
                release.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        job.schedule();
        try {
            robot.waitUntil("the job's name in the progress indicator", () -> !robot
                    .findAll(window, Label.class, l -> l.getText().startsWith("Importing synthetic visits")).isEmpty());
            ProgressBar bar = robot.find(window, ProgressBar.class, b -> true);
            assertTrue(bar.isVisible(), "the busy bar shows while a job runs");
        } finally {
            release.countDown();
        }
        robot.waitUntil("the indicator to clear when the job is done", () -> robot
                .findAll(window, Label.class, l -> l.getText().startsWith("Importing synthetic visits")).isEmpty());
        ProgressBar bar = robot.find(window, ProgressBar.class, b -> true);
        // Other work (opening the database at start) may still run a moment longer.
        robot.waitUntil("the busy bar to hide once no job runs", () -> !bar.isVisible());
    }
}
