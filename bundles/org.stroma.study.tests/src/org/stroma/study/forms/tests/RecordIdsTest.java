package org.stroma.study.forms.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.stroma.model.study.Study;
import org.stroma.model.study.StudyFactory;
import org.stroma.model.study.Subject;
import org.stroma.model.study.SubjectEvent;
import org.stroma.study.records.RecordIds;

/** Ids for records added to a study that already has ids. */
class RecordIdsTest {

    @Test
    void aNewRecordGetsTheNextFreeNumberAndExistingIdsAreKept() {
        Study study = StudyFactory.eINSTANCE.createStudy();
        study.setId("TRIAL");
        Subject subject = StudyFactory.eINSTANCE.createSubject();
        subject.setScreeningId("S001");
        study.getSubjects().add(subject);
        subject.getEvents().add(StudyFactory.eINSTANCE.createSubjectEvent());
        subject.getEvents().add(StudyFactory.eINSTANCE.createSubjectEvent());
        RecordIds.assign(study);
        assertEquals("TRIAL-S001", subject.getId());
        assertEquals("TRIAL-S001-EV1", subject.getEvents().get(0).getId());
        assertEquals("TRIAL-S001-EV2", subject.getEvents().get(1).getId());

        subject.getEvents().remove(0);
        SubjectEvent added = StudyFactory.eINSTANCE.createSubjectEvent();
        subject.getEvents().add(added);
        RecordIds.assignAdded(study);
        assertEquals("TRIAL-S001-EV2", subject.getEvents().get(0).getId());
        // not EV1, the deleted event whose history is in the audit trail
        assertTrue(added.getId().matches("TRIAL-S001-EV-[0-9A-F]{8}"), added.getId());
    }
}
