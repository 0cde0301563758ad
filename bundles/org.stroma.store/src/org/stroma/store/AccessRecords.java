package org.stroma.store;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The records of who may do what in a study database and what they did: user accounts,
 * sign-ins, electronic signatures, record locks, unblinding, data queries and access events.
 * Every write is one transaction with its audit row; what a user may do is decided by the caller
 * (the security bundle), not here.
 *
 * @since 0.1
 */
public interface AccessRecords {

    /** Audit actions of the rows this interface writes (besides CREATE and SET of accounts). */
    String LOGIN = "LOGIN";
    String LOGIN_FAILED = "LOGIN_FAILED";
    String LOGOUT = "LOGOUT";
    String SIGN = "SIGN";
    String LOCK = "LOCK";
    String UNLOCK = "UNLOCK";
    String UNBLIND = "UNBLIND";
    String EXPORT = "EXPORT";
    String REPORT = "REPORT";
    String QUERY = "QUERY";
    String BACKUP = "BACKUP";

    /** Every account, ordered by user name. */
    List<UserAccount> accounts();

    Optional<UserAccount> account(String userName);

    /**
     * Adds or changes an account with audit rows naming each changed field (a password change is
     * recorded as such, never its hash).
     */
    void saveAccount(UserAccount account, ChangeContext change);

    /**
     * Records a sign-in attempt: the account's failure count and lockout as given, and an audit
     * row ({@link #LOGIN} or {@link #LOGIN_FAILED}, with {@code detail} as its new value).
     */
    void recordLogin(String userName, boolean succeeded, int failedLogins, Instant lockedUntil, String detail);

    /**
     * Appends an access event to the audit trail: an export, a generated report, a sign-out.
     *
     * @param studyId the study concerned, empty for none
     * @param target  what it concerned (a file, a study id)
     */
    void recordEvent(String action, String studyId, String target, String detail, ChangeContext change);

    /** Stores a signature with its audit row. */
    void sign(ElectronicSignature signature);

    /** Signatures of one target of a study, oldest first. */
    List<ElectronicSignature> signatures(String studyId, String targetId);

    /**
     * SHA-256 of a stored record and everything it contains, as stored now; empty when the record
     * is not stored. Any saved change to it changes the hash.
     */
    Optional<String> contentHash(String studyId, String recordId);

    /** SHA-256 of a subject's stored records that belong to one visit (with what they contain). */
    String visitContentHash(String studyId, String subjectId, String visitId);

    /** Locks a record, audited. Refused when it is locked already. */
    void lock(String studyId, String recordId, ChangeContext change);

    /** Unlocks a record, audited with the reason of {@code change}, which is required. */
    void unlock(String studyId, String recordId, ChangeContext change);

    /** The study's locked records by id. */
    Map<String, RecordLock> locks(String studyId);

    /** Records that {@code change.user()} had a subject's allocation revealed, and why; audited. */
    void unblind(String studyId, String subjectId, ChangeContext change);

    /** Every unblinding in the study, oldest first. */
    List<Unblinding> unblindings(String studyId);

    /** The subjects whose allocation has been revealed to a user. */
    Set<String> unblindedSubjects(String studyId, String userName);

    /** Raises a query on a record; audited. Returns it. */
    DataQuery raiseQuery(String studyId, String recordId, String question, String user);

    /** Answers an open query; audited. */
    void answerQuery(String queryId, String response, String user);

    /** Closes a query; audited. */
    void closeQuery(String queryId, String user);

    /** The study's queries, oldest first. */
    List<DataQuery> queries(String studyId);
}
