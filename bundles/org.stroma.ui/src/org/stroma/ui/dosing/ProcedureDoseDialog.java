package org.stroma.ui.dosing;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Shell;
import org.stroma.dosing.DosingResult;
import org.stroma.dosing.adsc.CellDoseCalculator;

/**
 * The Cell Dose Calculator for one procedure: the same fields and live results as the calculator
 * part, filled in from the procedure where it tells (the arm's dose per mL of fat, the volume
 * injected at its sites), and a button that hands the results back to be saved with the
 * procedure. It saves nothing itself: the subject editor does, through its one way of saving.
 */
public final class ProcedureDoseDialog extends TitleAreaDialog {

    public static final String TITLE = "Cell Dose for a Procedure";
    public static final String SAVE = "Save with Procedure";

    private final CellDoseCalculator calculator;
    private final String procedure;
    private final Map<DoseField, String> initial = new EnumMap<>(DoseField.class);
    private CellDoseForm form;
    private final List<DosingResult> results = new ArrayList<>();

    private ProcedureDoseDialog(Shell parent, CellDoseCalculator calculator, String procedure, String dose,
            String graftVolume) {
        super(parent);
        this.calculator = calculator;
        this.procedure = procedure;
        initial.put(DoseField.DOSE, dose);
        initial.put(DoseField.GRAFT_VOLUME, graftVolume);
        setShellStyle(getShellStyle() | SWT.RESIZE);
    }

    /**
     * Shows the calculator for a procedure.
     *
     * @param procedure   the procedure in words, e.g. "FAT_GRAFTING on 2023-05-16"
     * @param dose        the dose to start from, e.g. "500000 cells/mL", or empty
     * @param graftVolume the graft volume to start from, e.g. "23.4 mL", or empty
     * @return what to save with the procedure: the ADSC dose, then the product check when one was
     *         computed; empty when the user cancelled
     */
    public static List<DosingResult> ask(Shell shell, CellDoseCalculator calculator, String procedure, String dose,
            String graftVolume) {
        ProcedureDoseDialog dialog = new ProcedureDoseDialog(shell, calculator, procedure, dose, graftVolume);
        return dialog.open() == OK ? List.copyOf(dialog.results) : List.of();
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(TITLE);
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        setTitle("Cell dose for " + procedure);
        setMessage("Filled in from the procedure where it tells: the arm's dose per mL of fat and the volume"
                + " injected at its sites. " + SAVE + " keeps the inputs, the formula version and the results"
                + " with the procedure, under your name.");
        form = new CellDoseForm(area, calculator, initial, outcome -> enableSave());
        form.control().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        return area;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, IDialogConstants.OK_ID, SAVE, true);
        createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, false);
        enableSave();
    }

    /** Wide enough for the fields and their hints; the explanation wraps to it. */
    @Override
    protected Point getInitialSize() {
        int width = 900;
        return new Point(width, Math.max(480, getShell().computeSize(width, SWT.DEFAULT, true).y));
    }

    /** Saving needs a dose; a product check is saved with it once computed. */
    private void enableSave() {
        Button save = getButton(IDialogConstants.OK_ID);
        if (save != null && form != null) {
            save.setEnabled(form.outcome().dose().isPresent());
        }
    }

    @Override
    protected void okPressed() {
        CellDoseSheet.Outcome outcome = form.outcome();
        outcome.dose().ifPresent(results::add);
        outcome.check().ifPresent(results::add);
        super.okPressed();
    }
}
