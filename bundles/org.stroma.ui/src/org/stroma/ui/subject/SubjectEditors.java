package org.stroma.ui.subject;

import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.model.application.ui.basic.MPartStack;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.e4.ui.workbench.modeling.EPartService.PartState;
import org.stroma.model.study.Study;
import org.stroma.model.study.Subject;

/** Opens a subject in the editor stack, reusing its editor when it is open already. */
public final class SubjectEditors {

    public static final String DESCRIPTOR_ID = "org.stroma.ui.partdescriptor.subject";
    public static final String EDITOR_STACK_ID = "org.stroma.ui.partstack.editors";
    public static final String STUDY_ID_KEY = "studyId";
    public static final String SUBJECT_ID_KEY = "subjectRecordId";

    private SubjectEditors() {
    }

    public static MPart open(EPartService parts, EModelService models, MWindow window, Subject subject) {
        String studyId = ((Study) subject.eContainer()).getId();
        MPart part = parts.getParts().stream()
                .filter(p -> DESCRIPTOR_ID.equals(p.getElementId())
                        && subject.getId().equals(p.getPersistedState().get(SUBJECT_ID_KEY)))
                .findFirst()
                .orElseGet(() -> {
                    MPart created = parts.createPart(DESCRIPTOR_ID);
                    created.getPersistedState().put(STUDY_ID_KEY, studyId);
                    created.getPersistedState().put(SUBJECT_ID_KEY, subject.getId());
                    created.setLabel(SubjectLabels.id(subject));
                    created.setTooltip("Subject " + SubjectLabels.id(subject) + " of " + studyId);
                    MPartStack editors = (MPartStack) models.find(EDITOR_STACK_ID, window);
                    editors.getChildren().add(created);
                    return created;
                });
        return parts.showPart(part, PartState.ACTIVATE);
    }
}
