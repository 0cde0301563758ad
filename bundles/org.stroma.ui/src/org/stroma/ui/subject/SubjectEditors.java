package org.stroma.ui.subject;

import java.util.Map;

import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.stroma.model.study.Study;
import org.stroma.model.study.Subject;
import org.stroma.ui.Editors;

/** Opens a subject in the editor stack, reusing its editor when it is open already. */
public final class SubjectEditors {

    public static final String DESCRIPTOR_ID = "org.stroma.ui.partdescriptor.subject";
    public static final String STUDY_ID_KEY = "studyId";
    public static final String SUBJECT_ID_KEY = "subjectRecordId";

    private SubjectEditors() {
    }

    public static MPart open(EPartService parts, EModelService models, MWindow window, Subject subject) {
        String studyId = ((Study) subject.eContainer()).getId();
        return Editors.open(parts, models, window, DESCRIPTOR_ID,
                Map.of(STUDY_ID_KEY, studyId, SUBJECT_ID_KEY, subject.getId()), SubjectLabels.id(subject),
                "Subject " + SubjectLabels.id(subject) + " of " + studyId);
    }
}
