package org.stroma.ui.handlers;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.workbench.IWorkbench;

/** File > Exit: closes the workbench; the study database is closed by its addon. */
public final class ExitHandler {

    @Execute
    void exit(IWorkbench workbench) {
        workbench.close();
    }
}
