package org.stroma.ui.randomization;

import org.eclipse.jface.wizard.ProgressMonitorPart;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Shell;

/**
 * The dialog of the Randomization Setup wizard, sized for the diagnostics page. Its progress part
 * has no stop button: the simulation runs in a Job with its own progress bar and Cancel on the
 * page, and JFace's stop button loads an SVG image, which needs the {@code org.eclipse.swt.svg}
 * fragment the product does not ship.
 */
final class RandomizationSetupDialog extends WizardDialog {

    RandomizationSetupDialog(Shell parent, RandomizationSetupWizard wizard) {
        super(parent, wizard);
        setPageSize(860, 560);
    }

    @Override
    protected ProgressMonitorPart createProgressMonitorPart(Composite composite, GridLayout layout) {
        return new ProgressMonitorPart(composite, layout, false);
    }
}
