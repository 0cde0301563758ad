package org.stroma.ui.reporting;

import java.nio.file.Path;
import java.util.Optional;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Shell;
import org.stroma.reporting.ReportOutput;

/**
 * Asks where to write a report. The part takes one from its context when there is one (a test
 * puts one there) and otherwise asks with the platform's Save dialog.
 */
@FunctionalInterface
public interface ReportFileChooser {

    /** The platform's Save dialog, asking before it replaces a file. */
    ReportFileChooser SAVE_DIALOG = (shell, suggestedName, output) -> {
        FileDialog dialog = new FileDialog(shell, SWT.SAVE);
        dialog.setText("Export Report");
        dialog.setFilterExtensions(new String[] {"*." + output.extension(), "*"});
        dialog.setFilterNames(new String[] {output.label() + " (*." + output.extension() + ")", "All files"});
        dialog.setFileName(suggestedName);
        dialog.setOverwrite(true);
        return Optional.ofNullable(dialog.open()).map(Path::of);
    };

    /** The file chosen, or empty when the user cancelled. */
    Optional<Path> choose(Shell shell, String suggestedName, ReportOutput output);
}
