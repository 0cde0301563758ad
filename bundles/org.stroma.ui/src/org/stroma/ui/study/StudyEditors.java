package org.stroma.ui.study;

import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.model.application.ui.basic.MPartStack;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.e4.ui.workbench.modeling.EPartService.PartState;
import org.stroma.store.StudySummary;

/** Opens a study in the editor stack, reusing its editor when it is open already. */
public final class StudyEditors {

    public static final String DESCRIPTOR_ID = "org.stroma.ui.partdescriptor.studyOverview";
    public static final String EDITOR_STACK_ID = "org.stroma.ui.partstack.editors";
    public static final String STUDY_ID_KEY = "studyId";

    private StudyEditors() {
    }

    public static MPart open(EPartService parts, EModelService models, MWindow window, StudySummary study) {
        MPart part = parts.getParts().stream()
                .filter(p -> DESCRIPTOR_ID.equals(p.getElementId())
                        && study.id().equals(p.getPersistedState().get(STUDY_ID_KEY)))
                .findFirst()
                .orElseGet(() -> {
                    MPart created = parts.createPart(DESCRIPTOR_ID);
                    created.getPersistedState().put(STUDY_ID_KEY, study.id());
                    created.setLabel(study.acronym());
                    created.setTooltip(study.title());
                    // Placed explicitly: editors always go to the editor stack, whatever is active.
                    MPartStack editors = (MPartStack) models.find(EDITOR_STACK_ID, window);
                    editors.getChildren().add(created);
                    return created;
                });
        return parts.showPart(part, PartState.ACTIVATE);
    }
}
