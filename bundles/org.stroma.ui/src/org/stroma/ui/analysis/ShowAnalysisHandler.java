package org.stroma.ui.analysis;

import java.util.Map;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.stroma.security.Permission;
import org.stroma.ui.Editors;
import org.stroma.ui.WorkspaceSession;

/**
 * Analysis &gt; Run Analysis...: shows the Analysis part in the editor area, where it has room,
 * opening it the first time. Enabled for a signed-in user who may see study data.
 */
public final class ShowAnalysisHandler {

    /** The part descriptor in Application.e4xmi; the part opened from it carries the same id. */
    public static final String PART_ID = "org.stroma.ui.partdescriptor.analysis";

    @CanExecute
    boolean canShow(@Optional WorkspaceSession session) {
        return session != null && session.can(Permission.VIEW_STUDY_DATA);
    }

    @Execute
    void show(EPartService parts, EModelService models, MWindow window) {
        Editors.open(parts, models, window, PART_ID, Map.of(), "Analysis",
                "Runs an installed analysis on a study's outcome; results as tables and charts, exported as CSV");
    }
}
