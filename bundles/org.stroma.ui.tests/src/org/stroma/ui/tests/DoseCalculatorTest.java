package org.stroma.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.stroma.ui.testing.UiRobot;

/**
 * Analysis &gt; Cell Dose Calculator as a coordinator uses it at the bench: types the dose of the
 * facial trial (5 x 10^5 ADSCs per mL of fat), the graft volume, viability and losses, reads the
 * cells to prepare, checks a counted product, and sees a wrong viability refused beside its field.
 * The widgets are found by the names the part gives them ({@code stroma.field},
 * {@code stroma.message}, {@code stroma.result}).
 */
class DoseCalculatorTest {

    private static final String CALCULATOR = "org.stroma.ui.partdescriptor.cellDoseCalculator";
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private UiRobot robot;
    private RunningWorkbench workbench;
    private Shell window;

    @BeforeEach
    void signIn() throws InterruptedException {
        robot = new UiRobot(Display.getCurrent());
        workbench = RunningWorkbench.find();
        window = workbench.shell();
        robot.waitUntil("the main window to show", window::isVisible);
        SignIn.as(robot, workbench, SignIn.COORDINATOR);
    }

    @AfterEach
    void closeCalculator() {
        MPart part = workbench.parts().findPart(CALCULATOR);
        if (part != null) {
            workbench.parts().hidePart(part, true);
            robot.processEvents();
        }
    }

    /** Opens the calculator from its menu, as a person does, and returns what it draws into. */
    private Composite open() {
        assertTrue(robot.menuLabels(window, "Analysis").contains("Cell Dose Calculator"),
                robot.menuLabels(window, "Analysis").toString());
        robot.click(robot.menuItem(window, "Analysis", "Cell Dose Calculator"));
        robot.waitUntil("the Cell Dose Calculator to show", () -> {
            MPart part = workbench.parts().findPart(CALCULATOR);
            return part != null && part.getWidget() instanceof Composite shown && shown.isVisible();
        });
        MPart part = workbench.part(CALCULATOR);
        assertEquals("Cell Dose Calculator", part.getLabel());
        assertEquals(part, workbench.parts().getActivePart(), "the calculator is shown in front");
        return (Composite) part.getWidget();
    }

    private Text field(Composite calculator, String name) {
        return robot.find(calculator, Text.class, t -> name.equals(t.getData("stroma.field")));
    }

    private Label message(Composite calculator, String field) {
        return robot.find(calculator, Label.class, l -> field.equals(l.getData("stroma.message")));
    }

    private Label result(Composite calculator, String name) {
        return robot.find(calculator, Label.class, l -> name.equals(l.getData("stroma.result")));
    }

    private void type(Composite calculator, String field, String text) {
        robot.type(field(calculator, field), text);
    }

    private Color system(int color) {
        return robot.display().getSystemColor(color);
    }

    @Test
    void theDoseOfTheFacialTrialAndACountedProduct() throws Exception {
        Composite calculator = open();
        // what it assumes until told otherwise is shown, not hidden
        assertEquals("100", field(calculator, "viability").getText());
        assertEquals("0", field(calculator, "losses").getText());
        assertEquals("\u2014", result(calculator, "cellsToPrepare").getText(), "nothing computed before a dose is typed");

        type(calculator, "dose", "5 x 10^5 cells/mL");
        type(calculator, "graftVolume", "20 mL");
        type(calculator, "viability", "80");
        type(calculator, "losses", "10");
        // 20 mL x 5e5 cells/mL = 1.0e7 viable cells; / (1 - 0.10) = 1.11e7; / 0.80 = 13888888.9, rounded up
        assertEquals("1.0 \u00D7 10\u2077 cells", result(calculator, "viableCellsToDeliver").getText());
        assertEquals("1.1 \u00D7 10\u2077 cells", result(calculator, "viableCellsBeforeLosses").getText());
        assertEquals("1.4 \u00D7 10\u2077 cells (13888889)", result(calculator, "cellsToPrepare").getText());
        assertEquals("adsc-dose/1", result(calculator, "formula").getText());

        // 1.3e7 counted x 0.80 x 0.90 = 9.36e6: 6.4 % short of 1.0e7, inside +/- 10 %
        type(calculator, "countedCells", "1.3e7");
        type(calculator, "tolerance", "10");
        Label verdict = result(calculator, "verdict");
        assertTrue(verdict.getText().startsWith("WITHIN TOLERANCE: 9.4 \u00D7 10\u2076 cells viable at delivery, -6.4 %"),
                verdict.getText());
        assertEquals(system(SWT.COLOR_DARK_GREEN), verdict.getForeground());
        assertEquals("adsc-dose/1; adsc-dose-check/1", result(calculator, "formula").getText());
        Path png = robot.screenshot(window, SCREENSHOTS.resolve("dose-calculator.png"));
        assertTrue(Files.size(png) > 1000, "screenshot written");

        // 1.0e7 x 0.72 = 7.2e6 is under 9.0e6; 1.6e7 x 0.72 = 1.152e7 is over 1.1e7
        type(calculator, "countedCells", "1.0e7");
        assertTrue(verdict.getText().startsWith("UNDER DOSE: 7.2 \u00D7 10\u2076 cells"), verdict.getText());
        assertEquals(system(SWT.COLOR_RED), verdict.getForeground());
        type(calculator, "countedCells", "1.6 x 10^7");
        assertTrue(verdict.getText().startsWith("OVER DOSE: 1.2 \u00D7 10\u2077 cells"), verdict.getText());
        assertEquals(system(SWT.COLOR_RED), verdict.getForeground());
    }

    @Test
    void aWrongViabilityIsRefusedBesideItsField() throws Exception {
        Composite calculator = open();
        type(calculator, "dose", "5e5 cells/mL");
        type(calculator, "graftVolume", "20 mL");
        type(calculator, "viability", "80");
        assertEquals("1.3 \u00D7 10\u2077 cells (12500000)", result(calculator, "cellsToPrepare").getText());

        type(calculator, "viability", "120");
        Label refusal = message(calculator, "viability");
        assertEquals("must be more than 0 % and at most 100 % (got 120 %)", refusal.getText());
        assertEquals(system(SWT.COLOR_RED), refusal.getForeground());
        for (String other : List.of("dose", "graftVolume", "losses", "countedCells", "tolerance")) {
            assertFalse(system(SWT.COLOR_RED).equals(message(calculator, other).getForeground()),
                    other + " is not blamed: " + message(calculator, other).getText());
        }
        assertEquals("\u2014", result(calculator, "cellsToPrepare").getText(), "no result from a refused value");
        assertEquals("\u2014", result(calculator, "formula").getText());
        robot.screenshot(window, SCREENSHOTS.resolve("dose-calculator-refused.png"));

        // every wrong field is marked at once, each with its own reason
        type(calculator, "graftVolume", "0 mL");
        type(calculator, "tolerance", "ten");
        assertEquals("must be greater than zero (got 0 mL)", message(calculator, "graftVolume").getText());
        assertTrue(message(calculator, "tolerance").getText().contains("'ten' is not a number"),
                message(calculator, "tolerance").getText());
        assertEquals("must be more than 0 % and at most 100 % (got 120 %)", message(calculator, "viability").getText());

        type(calculator, "viability", "80");
        type(calculator, "graftVolume", "20 mL");
        assertFalse(system(SWT.COLOR_RED).equals(message(calculator, "viability").getForeground()),
                "the refusal goes once the value is right");
        assertEquals("1.3 \u00D7 10\u2077 cells (12500000)", result(calculator, "cellsToPrepare").getText());
    }
}
