package org.stroma.ui.randomization;

import java.util.Map;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.stroma.ui.Editors;
import org.stroma.ui.WorkspaceSession;

import jakarta.inject.Named;

/**
 * Study &gt; Allocation Log: shows the log in the editor area, on the study selected if there is
 * one. Enabled for everyone signed in: whoever may not read it is told so in the part.
 */
public final class ShowAllocationLogHandler {

    /** The part descriptor in Application.e4xmi; the part opened from it carries the same id. */
    public static final String PART_ID = "org.stroma.ui.partdescriptor.allocationLog";

    @CanExecute
    boolean canShow(@Optional WorkspaceSession session) {
        return session != null;
    }

    @Execute
    void show(EPartService parts, EModelService models, MWindow window,
            @Optional @Named(IServiceConstants.ACTIVE_SELECTION) Object selection) {
        java.util.Optional<String> studyId = StudySelection.idOf(selection);
        MPart part = Editors.open(parts, models, window, PART_ID, Map.of(), "Allocation Log",
                "Every allocation made and every emergency unblinding of a study; for the statistician and the"
                        + " administrator");
        if (part != null && part.getObject() instanceof AllocationLogPart log) {
            studyId.ifPresent(log::show);
        }
    }
}
