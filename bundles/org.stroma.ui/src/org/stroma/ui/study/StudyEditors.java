package org.stroma.ui.study;

import java.util.Map;

import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.stroma.store.StudySummary;
import org.stroma.ui.Editors;

/** Opens a study in the editor stack, reusing its editor when it is open already. */
public final class StudyEditors {

    public static final String DESCRIPTOR_ID = "org.stroma.ui.partdescriptor.studyDesign";
    public static final String STUDY_ID_KEY = "studyId";

    private StudyEditors() {
    }

    public static MPart open(EPartService parts, EModelService models, MWindow window, StudySummary study) {
        return Editors.open(parts, models, window, DESCRIPTOR_ID, Map.of(STUDY_ID_KEY, study.id()), study.acronym(),
                study.title());
    }
}
