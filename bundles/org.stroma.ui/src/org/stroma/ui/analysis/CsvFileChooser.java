package org.stroma.ui.analysis;

import java.nio.file.Path;
import java.util.Optional;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Shell;

/**
 * Asks where to write a CSV file. The part takes one from its context when there is one (a test
 * puts one there, since it cannot drive the platform's file dialog) and otherwise asks with the
 * platform's Save dialog.
 */
@FunctionalInterface
public interface CsvFileChooser {

    /** The platform's Save dialog, asking before it replaces a file. */
    CsvFileChooser SAVE_DIALOG = (shell, suggestedName) -> {
        FileDialog dialog = new FileDialog(shell, SWT.SAVE);
        dialog.setText("Export Results as CSV");
        dialog.setFilterExtensions(new String[] {"*.csv", "*"});
        dialog.setFilterNames(new String[] {"CSV files (*.csv)", "All files"});
        dialog.setFileName(suggestedName);
        dialog.setOverwrite(true);
        return Optional.ofNullable(dialog.open()).map(Path::of);
    };

    /** The file chosen, or empty when the user cancelled. */
    Optional<Path> choose(Shell shell, String suggestedName);
}
