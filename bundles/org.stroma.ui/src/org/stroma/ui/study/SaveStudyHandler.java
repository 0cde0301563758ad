package org.stroma.ui.study;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.e4.ui.workbench.modeling.EPartService;

import jakarta.inject.Named;

/**
 * File &gt; Save (Ctrl+S): saves the active editor when it has unsaved changes. A study design
 * editor saves with its reason-for-change dialog; any other editor through its own save.
 */
public final class SaveStudyHandler {

    @CanExecute
    boolean canSave(@Optional @Named(IServiceConstants.ACTIVE_PART) MPart part) {
        return part != null && part.isDirty();
    }

    @Execute
    void save(@Named(IServiceConstants.ACTIVE_PART) MPart part, EPartService parts) {
        if (part.getObject() instanceof StudyDesignEditor editor) {
            editor.save();
        } else {
            parts.savePart(part, false);
        }
    }
}
