package org.stroma.store;

import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.eclipse.emf.ecore.EObject;


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
     * audit rows describing every created, changed and deleted field. It reads and compares the
     * whole stored study; to save what changed in a few subjects, {@link #saveRecords} is cheaper.
     *
     * @throws StoreException when a changed or deleted value has no reason for change, or the
     *                        data cannot be written; nothing is saved then
     */
    default void saveStudy(org.stroma.model.study.Study study, ChangeContext change) {
        saveStudy(study, change, SaveRules.NONE);
    }

    /**
     * As {@link #saveStudy(org.stroma.model.study.Study, ChangeContext)}, for a caller that sees
     * only part of the study or may change only part of it.
     *
     * @throws StoreException also when the guard of {@code rules} refuses a change, or a change
     *                        touches a locked record; nothing is saved then
     * @since 0.1
     */
    void saveStudy(org.stroma.model.study.Study study, ChangeContext change, SaveRules rules);

    /**
     * Saves part of a study in one transaction: the study's own fields, and for each of
     * {@code changed} the top-level record it lies in (the subject, arm, site... directly under
     * the study) with everything that record contains, under the same audit rules as
     * {@link #saveStudy}. Nothing else of the study is read or compared, so saving one subject
     * costs the same in a study of ten subjects or ten thousand.
     *
     * <p>A record removed from the study stands for the top-level record it was stored under; a
     * removed top-level record is deleted with all it contained. A record moved from one
     * top-level record to another is saved when both are passed (audited as deleted from the one
     * and created in the other). Records referred to (an allocated arm, a visit) must be saved
     * before or with this call.
     *
     * @param changed records of {@code study} at any depth, or records removed from it
     * @throws StoreException when a changed or deleted value has no reason for change, a record
     *                        refers to one that is not saved, or the data cannot be written;
     *                        nothing is saved then
     * @since 0.1
     */
    default void saveRecords(org.stroma.model.study.Study study, Collection<? extends EObject> changed,
            ChangeContext change) {
        saveRecords(study, changed, change, SaveRules.NONE);
    }

    /**
     * As {@link #saveRecords(org.stroma.model.study.Study, Collection, ChangeContext)} under
     * {@code rules}.
     *
     * @since 0.1
     */
    void saveRecords(org.stroma.model.study.Study study, Collection<? extends EObject> changed, ChangeContext change,
            SaveRules rules);

    /** How many subjects the study holds, screened and enrolled. */
    SubjectCounts subjectCounts(String studyId);

    /** The study as last saved, or empty when no study has this id. */
    Optional<org.stroma.model.study.Study> loadStudy(String id);

    /** The audit rows of one record (or, with a study id, of the whole study), oldest first. */
    List<AuditEntry> auditTrail(String objectOrStudyId);

    /** Recomputes the audit trail's hash chain and reports the first row that does not match. */
    AuditVerification verifyAudit();

    /** Accounts, signatures, locks, unblinding, queries and access events of this database. */
    AccessRecords access();

    /**
     * The studies' sealed allocation lists and the allocations made from them.
     *
     * @since 0.1
     */
    RandomizationRecords randomization();

    /**
     * Writes a consistent copy of the whole database, encrypted as it is, into one backup file
     * while the database stays open: written whole or not at all. Audited.
     *
     * @return the number of audit rows and the schema version the backup holds
     * @throws StoreException when the copy cannot be written
     * @since 0.1
     */
    BackupSummary backup(java.nio.file.Path file, ChangeContext change);

    @Override
    void close();

    /**
     * Adds a study made elsewhere, with its history, in one transaction: its records, the study
     * register entry, the rows of {@code history} appended to the audit trail's hash chain with
     * their original user, time and reason (oldest first), and a last row recording the import
     * itself: action {@code IMPORT} on the study by the user of {@code change}, now, with
     * {@code source} (the file it came from) as its new value and the reason of {@code change}.
     *
     * @throws StoreException when a study with the same id exists, or the study or its history
     *                        cannot be written; nothing is stored then
     */
    void importStudy(org.stroma.model.study.Study study, List<AuditEntry> history, String source,
            ChangeContext change);
}
