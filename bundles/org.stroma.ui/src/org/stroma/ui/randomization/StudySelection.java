package org.stroma.ui.randomization;

import java.util.Optional;

import org.eclipse.emf.ecore.EObject;
import org.stroma.model.study.Study;
import org.stroma.store.StudySummary;

/** The study a selection belongs to: a study of the explorer, or any record inside a study. */
final class StudySelection {

    private StudySelection() {
    }

    static Optional<String> idOf(Object selection) {
        if (selection instanceof StudySummary study) {
            return Optional.of(study.id());
        }
        for (EObject at = selection instanceof EObject record ? record : null; at != null; at = at.eContainer()) {
            if (at instanceof Study study) {
                return Optional.ofNullable(study.getId());
            }
        }
        return Optional.empty();
    }
}
