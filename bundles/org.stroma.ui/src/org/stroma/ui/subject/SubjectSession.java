package org.stroma.ui.subject;

import java.util.List;
import java.util.function.Consumer;

import org.stroma.model.study.Study;
import org.stroma.model.study.Subject;
import org.stroma.store.ChangeContext;
import org.stroma.store.StoreException;
import org.stroma.store.StudyDatabase;
import org.stroma.study.records.RecordIds;

/**
 * One subject of a stored study, as a subject editor edits it: changes are applied to the
 * model and saved in one transaction; when a save fails, the model is read back as stored, so
 * what the editor shows never differs from the database without the user knowing.
 */
final class SubjectSession {

    private final StudyDatabase database;
    private final String studyId;
    private final String subjectRecordId;
    private Study study;
    private Subject subject;

    SubjectSession(StudyDatabase database, String studyId, String subjectRecordId) {
        this.database = database;
        this.studyId = studyId;
        this.subjectRecordId = subjectRecordId;
    }

    /** Reads the study and finds the subject in it. */
    void load() {
        study = database.loadStudy(studyId)
                .orElseThrow(() -> new StoreException("study " + studyId + " is not in this workspace"));
        subject = study.getSubjects().stream().filter(s -> subjectRecordId.equals(s.getId())).findFirst()
                .orElseThrow(() -> new StoreException("subject " + subjectRecordId + " is not in study " + studyId));
    }

    Study study() {
        return study;
    }

    Subject subject() {
        return subject;
    }

    StudyDatabase database() {
        return database;
    }

    /**
     * Reads the study as stored now, applies a change to the subject and saves the subject's
     * records in one transaction, so a save never undoes what another editor saved meanwhile. The
     * change finds what it changes by id in the subject it is given.
     *
     * @throws RuntimeException from the change or the store; the model is then read back as stored
     */
    void save(Consumer<Subject> change, ChangeContext context) {
        try {
            load();
            change.accept(subject);
            RecordIds.assignAdded(study);
            database.saveRecords(study, List.of(subject), context);
        } catch (RuntimeException e) {
            load();
            throw e;
        }
    }
}
