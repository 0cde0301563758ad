package org.stroma.store;

import java.time.Instant;

/**
 * A signature as stored: bound to the exact content of what was signed by its hash.
 *
 * @param id          the signature's id
 * @param targetKind  {@code FORM} (a record and what it contains), {@code VISIT} (a subject's
 *                    records of one visit) or {@code REPORT} (a generated document)
 * @param targetId    the record id, {@code subjectId@visitId}, or the document's name
 * @param contentHash SHA-256 of the signed content when it was signed
 * @param userName    who signed
 * @param printedName the signer's full name at the time
 * @param meaning     authorship, review or approval
 * @param signedAt    UTC time of signing
 * @since 0.1
 */
public record ElectronicSignature(String id, String studyId, String targetKind, String targetId, String contentHash,
        String userName, String printedName, String meaning, Instant signedAt) {
}
