package org.stroma.security;

import java.util.List;
import java.util.Map;

import org.stroma.store.DataQuery;
import org.stroma.store.RecordLock;
import org.stroma.store.StudyDatabase;

/**
 * What investigators and monitors do to data besides entering it: lock records (a locked record
 * and all it holds cannot change until unlocked with a reason), raise and answer queries, and
 * the documented unblinding of one subject. Each is audited.
 *
 * @since 0.1
 */
public final class Oversight {

    private final StudyDatabase database;
    private final UserSession session;

    Oversight(StudyDatabase database, UserSession session) {
        this.database = database;
        this.session = session;
    }

    public void lock(String studyId, String recordId) {
        session.require(Permission.LOCK_RECORDS);
        database.access().lock(studyId, recordId, session.change(""));
    }

    /** @throws IllegalArgumentException without a reason */
    public void unlock(String studyId, String recordId, String reason) {
        session.require(Permission.LOCK_RECORDS);
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("unlocking " + recordId + " needs a reason; it stays locked");
        }
        database.access().unlock(studyId, recordId, session.change(reason));
    }

    public Map<String, RecordLock> locks(String studyId) {
        session.require(Permission.VIEW_STUDY_DATA);
        return database.access().locks(studyId);
    }

    public DataQuery raiseQuery(String studyId, String recordId, String question) {
        session.require(Permission.RAISE_QUERIES);
        return database.access().raiseQuery(studyId, recordId, question, session.userName());
    }

    public void answerQuery(String queryId, String response) {
        session.require(Permission.ANSWER_QUERIES);
        database.access().answerQuery(queryId, response, session.userName());
    }

    public void closeQuery(String queryId) {
        session.require(Permission.RAISE_QUERIES);
        database.access().closeQuery(queryId, session.userName());
    }

    public List<DataQuery> queries(String studyId) {
        session.require(Permission.VIEW_STUDY_DATA);
        return database.access().queries(studyId);
    }

    /**
     * Reveals one subject's allocation to this user (an emergency unblinding), with the reason
     * documented in the audit trail; from then on this user sees that subject's arm.
     *
     * @throws IllegalArgumentException without a reason, or when the user is not blinded
     */
    public void unblind(org.stroma.model.study.Study study, String subjectId, String reason) {
        session.require(Permission.UNBLIND_SUBJECT);
        if (!session.isBlindedIn(study)) {
            throw new IllegalArgumentException(session + " is not blinded in study " + study.getId());
        }
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("unblinding " + subjectId + " needs a documented reason");
        }
        database.access().unblind(study.getId(), subjectId, session.change(reason));
    }
}
