package org.stroma.ui.handlers;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.stroma.store.StudySummary;
import org.stroma.ui.study.StudyEditors;

import jakarta.inject.Named;

/** Study > Open Selected Study: opens the study selected in the explorer. */
public final class OpenStudyHandler {

    @CanExecute
    boolean canOpen(@Optional @Named(IServiceConstants.ACTIVE_SELECTION) Object selection) {
        return selection instanceof StudySummary;
    }

    @Execute
    void open(@Named(IServiceConstants.ACTIVE_SELECTION) StudySummary study, EPartService parts,
            EModelService models, MWindow window) {
        StudyEditors.open(parts, models, window, study);
    }
}
