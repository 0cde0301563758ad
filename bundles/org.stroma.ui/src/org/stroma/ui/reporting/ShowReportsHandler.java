package org.stroma.ui.reporting;

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

/** Reports &gt; Generate Report...: shows the Reports part; enabled for users who may generate reports. */
public final class ShowReportsHandler {

    /** The part descriptor in Application.e4xmi. */
    public static final String PART_ID = "org.stroma.ui.partdescriptor.reports";

    @CanExecute
    boolean canShow(@Optional WorkspaceSession session) {
        return session != null && session.can(Permission.GENERATE_REPORTS);
    }

    @Execute
    void show(EPartService parts, EModelService models, MWindow window) {
        Editors.open(parts, models, window, PART_ID, Map.of(), "Reports",
                "Generates a study report: preview its pages, export it as PDF, HTML or Word");
    }
}
