package org.stroma.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.stroma.model.study.Study;
import org.stroma.ui.reporting.ReportFileChooser;
import org.stroma.ui.testing.UiRobot;

/**
 * Reports &gt; Generate Report... as the statistician uses it: the CONSORT diagram of the facial
 * trial previewed page by page in the part and exported as a PDF whose count of randomized
 * subjects is the study's; a report about one subject asks for the subject first; the blinded
 * assessor, who may not generate reports, finds the menu item disabled.
 */
class ReportsPartTest {

    private static final String PART = "org.stroma.ui.partdescriptor.reports";
    private static final String ACRONYM = "LoS-FACE";
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private UiRobot robot;
    private UiRobot patient;
    private RunningWorkbench workbench;
    private Shell window;
    private Path exports;

    @BeforeEach
    void findWorkbench() throws Exception {
        robot = new UiRobot(Display.getCurrent());
        patient = new UiRobot(Display.getCurrent(), Duration.ofSeconds(120));
        workbench = RunningWorkbench.find();
        window = workbench.shell();
        robot.waitUntil("the main window to show", window::isVisible);
        exports = Files.createTempDirectory("stroma-report-export");
    }

    @AfterEach
    void closePart() {
        workbench.window().getContext().remove(ReportFileChooser.class);
        MPart part = workbench.parts().findPart(PART);
        if (part != null) {
            workbench.parts().hidePart(part, true);
            robot.processEvents();
        }
    }

    @Test
    void theStatisticianPreviewsAndExportsTheConsortDiagram() throws IOException {
        SignIn.as(robot, workbench, SignIn.STATISTICIAN);
        Path file = exports.resolve("consort.pdf");
        workbench.window().getContext().set(ReportFileChooser.class, (shell, suggested, output) -> Optional.of(file));
        Composite part = open();
        Study study = SignIn.current(workbench).studies().loadStudy("LOS-FACE").orElseThrow();
        long randomized = study.getSubjects().stream().filter(s -> s.getAllocatedArm() != null).count();

        chooseStudy(part);
        robot.choose(combo(part, "report"), item(combo(part, "report"), "CONSORT Flow Diagram"));
        robot.press(button(part, "preview"));
        patient.waitUntil("the preview's pages", () -> label(part, "stroma.result", "page").getText()
                .startsWith("Page 1 of "));
        assertNotNull(label(part, "stroma.result", "preview").getImage(), "the first page is drawn");
        assertTrue(message(part).startsWith("Preview of "), message(part));
        robot.processEvents();
        assertTrue(button(part, "preview").isEnabled(), "Preview again once the preview is shown");
        assertFalse(button(part, "cancel").isEnabled(), "nothing to cancel once the preview is shown");
        robot.screenshot(window, SCREENSHOTS.resolve("reports-consort-preview.png"));

        robot.press(button(part, "export"));
        patient.waitUntil("the export to finish", () -> message(part).startsWith("Saved "));
        try (PDDocument document = Loader.loadPDF(file.toFile())) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertTrue(text.contains("Randomized (n=" + randomized + ")"), text);
            assertTrue(text.contains("CONSORT Flow Diagram, version 1"), text);
        }
    }

    @Test
    void aReportAboutOneSubjectAsksForTheSubject() {
        SignIn.as(robot, workbench, SignIn.STATISTICIAN);
        Composite part = open();

        chooseStudy(part);
        robot.choose(combo(part, "report"), item(combo(part, "report"), "Subject Casebook"));
        assertTrue(combo(part, "subject").isVisible(), "the subject field shows for the casebook");
        robot.press(button(part, "preview"));

        assertEquals("Choose the subject: the Subject Casebook is about one.", message(part));
        assertEquals(robot.display().getSystemColor(SWT.COLOR_RED), label(part, "stroma.message", "status")
                .getForeground());
        robot.choose(combo(part, "report"), item(combo(part, "report"), "CONSORT Flow Diagram"));
        assertFalse(combo(part, "subject").isVisible(), "no subject field for the CONSORT diagram");
    }

    @Test
    void theBlindedAssessorMayNotGenerateReports() {
        SignIn.as(robot, workbench, SignIn.ASSESSOR);

        assertFalse(robot.menuItem(window, "Reports", "Generate Report...").isEnabled());
    }

    private Composite open() {
        robot.click(robot.menuItem(window, "Reports", "Generate Report..."));
        robot.waitUntil("the Reports part to show", () -> {
            MPart part = workbench.parts().findPart(PART);
            return part != null && part.getWidget() instanceof Composite shown && shown.isVisible();
        });
        return (Composite) workbench.part(PART).getWidget();
    }

    private void chooseStudy(Composite part) {
        Combo studies = combo(part, "study");
        robot.waitUntil("the studies", () -> Arrays.asList(studies.getItems()).contains(ACRONYM));
        robot.choose(studies, ACRONYM);
        patient.waitUntil("the study to be read", () -> combo(part, "subject").getItemCount() > 0);
    }

    private Combo combo(Composite part, String name) {
        return robot.find(part, Combo.class, c -> name.equals(c.getData("stroma.field")));
    }

    private Button button(Composite part, String name) {
        return robot.find(part, Button.class, b -> name.equals(b.getData("stroma.field")));
    }

    private Label label(Composite part, String key, String name) {
        return robot.find(part, Label.class, l -> name.equals(l.getData(key)));
    }

    private String message(Composite part) {
        return label(part, "stroma.message", "status").getText();
    }

    private static String item(Combo combo, String text) {
        return Arrays.stream(combo.getItems()).filter(i -> i.startsWith(text)).findFirst()
                .orElseThrow(() -> new AssertionError("no item '" + text + "' in " + Arrays.toString(combo.getItems())));
    }
}
