package org.stroma.ui.study;

import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.e4.ui.workbench.modeling.EPartService.PartState;
import org.stroma.store.StudySummary;

/** Opens a study in the editor area, reusing its editor when it is open already. */
public final class StudyEditors {

    public static final String DESCRIPTOR_ID = "org.stroma.ui.partdescriptor.studyOverview";
    public static final String STUDY_ID_KEY = "studyId";

    private StudyEditors() {
    }

    public static MPart open(EPartService parts, StudySummary study) {
        MPart part = parts.getParts().stream()
                .filter(p -> DESCRIPTOR_ID.equals(p.getElementId())
                        && study.id().equals(p.getPersistedState().get(STUDY_ID_KEY)))
                .findFirst()
                .orElseGet(() -> {
                    MPart created = parts.createPart(DESCRIPTOR_ID);
                    created.getPersistedState().put(STUDY_ID_KEY, study.id());
                    created.setLabel(study.acronym());
                    created.setTooltip(study.title());
                    return created;
                });
        return parts.showPart(part, PartState.ACTIVATE);
    }
}
