package org.stroma.store;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;


/** An open study database. Every write is one transaction. Close it when done. */
public interface StudyDatabase extends AutoCloseable {

    /** The workspace folder that holds this database. */
    Path folder();

    /** The schema version this database has been migrated to. */
    int schemaVersion();

    /** Studies in the database, ordered by id. */
    List<StudySummary> studies();

    Optional<StudySummary> study(String id);

    /**
     * Saves a whole study in one transaction: its records, the study register entry and the
     * audit rows describing every created, changed and deleted field.
     *
     * @throws StoreException when a changed or deleted value has no reason for change, or the
     *                        data cannot be written; nothing is saved then
     */
    void saveStudy(org.stroma.model.study.Study study, ChangeContext change);

    /** How many subjects the study holds, screened and enrolled. */
    SubjectCounts subjectCounts(String studyId);

    /** The study as last saved, or empty when no study has this id. */
    Optional<org.stroma.model.study.Study> loadStudy(String id);

    /** The audit rows of one record (or, with a study id, of the whole study), oldest first. */
    List<AuditEntry> auditTrail(String objectOrStudyId);

    /** Recomputes the audit trail's hash chain and reports the first row that does not match. */
    AuditVerification verifyAudit();

    @Override
    void close();
}
