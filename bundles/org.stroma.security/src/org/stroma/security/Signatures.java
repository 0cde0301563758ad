package org.stroma.security;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.stroma.store.ElectronicSignature;
import org.stroma.store.StudyDatabase;

/**
 * Electronic signatures as 21 CFR Part 11 describes them: the signer gives the password again,
 * the signature records the printed name, the UTC time and the meaning, and it is bound to the
 * exact content signed by its SHA-256, so it shows as invalid once that content changes.
 *
 * @since 0.1
 */
public final class Signatures {

    /** What is signed. */
    public enum Target {
        /** A record (a form, an adverse event, a subject) with everything it contains. */
        FORM,
        /** A subject's records of one visit. */
        VISIT,
        /** A generated document, by the SHA-256 of its bytes. */
        REPORT
    }

    /**
     * A signature and whether the content it signed is still as it was.
     *
     * @param valid false once the signed content changed (or was deleted) after signing
     */
    public record Status(ElectronicSignature signature, boolean valid) {

        /** One line as users read it: name, meaning, time, and validity. */
        public String describe() {
            return signature.printedName() + " (" + signature.userName() + "), "
                    + SignatureMeaning.valueOf(signature.meaning()).label().toLowerCase() + ", "
                    + signature.signedAt() + (valid ? "" : " - INVALID: changed after signing");
        }
    }

    private final StudyDatabase database;
    private final UserSession session;
    private final AccessControl control;

    Signatures(StudyDatabase database, UserSession session, AccessControl control) {
        this.database = database;
        this.session = session;
        this.control = control;
    }

    /** Signs a stored record (a form) as it is stored now. */
    public ElectronicSignature signRecord(String studyId, String recordId, SignatureMeaning meaning, char[] password) {
        String hash = database.access().contentHash(studyId, recordId)
                .orElseThrow(() -> new IllegalArgumentException("no record " + recordId + " is stored in study "
                        + studyId + "; save it before signing"));
        return sign(studyId, Target.FORM, recordId, hash, meaning, password);
    }

    /** Signs a subject's records of one visit as they are stored now. */
    public ElectronicSignature signVisit(String studyId, String subjectId, String visitId, SignatureMeaning meaning,
            char[] password) {
        return sign(studyId, Target.VISIT, visitTarget(subjectId, visitId),
                database.access().visitContentHash(studyId, subjectId, visitId), meaning, password);
    }

    /** Signs a generated document, given the SHA-256 of its bytes. */
    public ElectronicSignature signReport(String studyId, String documentName, String sha256, SignatureMeaning meaning,
            char[] password) {
        return sign(studyId, Target.REPORT, documentName, sha256, meaning, password);
    }

    private ElectronicSignature sign(String studyId, Target target, String targetId, String hash,
            SignatureMeaning meaning, char[] password) {
        session.require(meaning.permission());
        control.confirmPassword(database, session, password);
        ElectronicSignature signature = new ElectronicSignature(UUID.randomUUID().toString(), studyId, target.name(),
                targetId, hash, session.userName(), session.fullName(), meaning.name(), Instant.now());
        database.access().sign(signature);
        return signature;
    }

    /** The signatures of a record, each checked against the record as stored now. */
    public List<Status> ofRecord(String studyId, String recordId) {
        Optional<String> now = database.access().contentHash(studyId, recordId);
        return statuses(studyId, recordId, now.orElse(null));
    }

    /** The signatures of a subject's visit, each checked against the visit's records as stored now. */
    public List<Status> ofVisit(String studyId, String subjectId, String visitId) {
        return statuses(studyId, visitTarget(subjectId, visitId),
                database.access().visitContentHash(studyId, subjectId, visitId));
    }

    /** The signatures of a document, each checked against the document's current SHA-256. */
    public List<Status> ofReport(String studyId, String documentName, String sha256) {
        return statuses(studyId, documentName, sha256);
    }

    private List<Status> statuses(String studyId, String targetId, String currentHash) {
        session.require(Permission.VIEW_STUDY_DATA);
        return database.access().signatures(studyId, targetId).stream()
                .map(s -> new Status(s, s.contentHash().equals(currentHash))).toList();
    }

    private static String visitTarget(String subjectId, String visitId) {
        return subjectId + "@" + visitId;
    }
}
