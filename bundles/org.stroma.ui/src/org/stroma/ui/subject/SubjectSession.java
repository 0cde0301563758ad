package org.stroma.ui.subject;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import org.eclipse.emf.ecore.EObject;
import org.stroma.model.study.Identified;
import org.stroma.model.study.Study;
import org.stroma.model.study.Subject;
import org.stroma.security.StudyAccess;
import org.stroma.security.UserSession;
import org.stroma.store.RecordLock;
import org.stroma.store.StoreException;
import org.stroma.study.records.RecordIds;

/**
 * One subject of a stored study, as a subject editor edits it for the signed-in user: changes
 * are applied to the model and saved in one transaction through the user's access to study
 * data; when a save fails, the model is read back as stored, so what the editor shows never
 * differs from the database without the user knowing. The study's record locks are read with
 * the study.
 */
final class SubjectSession {

    private final StudyAccess access;
    private final String studyId;
    private final String subjectRecordId;
    private Study study;
    private Subject subject;
    private Map<String, RecordLock> locks = Map.of();

    SubjectSession(StudyAccess access, String studyId, String subjectRecordId) {
        this.access = access;
        this.studyId = studyId;
        this.subjectRecordId = subjectRecordId;
    }

    /** Reads the study as the user may see it, finds the subject in it, and reads the locks. */
    void load() {
        study = access.loadStudy(studyId)
                .orElseThrow(() -> new StoreException("study " + studyId + " is not in this workspace"));
        subject = study.getSubjects().stream().filter(s -> subjectRecordId.equals(s.getId())).findFirst()
                .orElseThrow(() -> new StoreException("subject " + subjectRecordId + " is not in study " + studyId
                        + ", or not at a site of yours"));
        locks = Map.copyOf(access.oversight().locks(studyId));
    }

    Study study() {
        return study;
    }

    Subject subject() {
        return subject;
    }

    StudyAccess access() {
        return access;
    }

    UserSession user() {
        return access.session();
    }

    /** The lock on {@code record} or on a record holding it (its subject), if any. */
    Optional<RecordLock> lockOf(EObject record) {
        for (EObject at = record; at != null; at = at.eContainer()) {
            if (at instanceof Identified identified && locks.containsKey(identified.getId())) {
                return Optional.of(locks.get(identified.getId()));
            }
        }
        return Optional.empty();
    }

    /**
     * Reads the study as stored now, applies a change to the subject and saves the subject's
     * records in one transaction, so a save never undoes what another editor saved meanwhile. The
     * change finds what it changes by id in the subject it is given.
     *
     * @param reason the reason for change; empty for first entry
     * @throws RuntimeException from the change, the access control or the store (a locked
     *                          record); the model is then read back as stored
     */
    void save(Consumer<Subject> change, String reason) {
        try {
            load();
            change.accept(subject);
            RecordIds.assignAdded(study);
            access.saveRecords(study, List.of(subject), reason);
        } catch (RuntimeException e) {
            load();
            throw e;
        }
    }
}
