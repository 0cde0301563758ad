package org.stroma.store;

import java.time.Instant;

/**
 * One row of the audit trail: who did what to which field of which record, when and why.
 * Rows are appended in the transaction of the change and never updated or deleted.
 *
 * @param sequence   position in the trail, from 1
 * @param recordedAt UTC time of the change
 * @param action     {@code CREATE}, {@code DELETE} (a record) or {@code SET} (a field); {@code IMPORT}
 *                   for the study brought in from a file, whose name is the new value
 * @param objectId   the record's id
 * @param type       the record's type (EMF class name)
 * @param field      the field, empty for CREATE and DELETE
 * @param oldValue   the value before, null when there was none
 * @param newValue   the value after, null when it was removed
 */
public record AuditEntry(long sequence, Instant recordedAt, String user, String action, String studyId,
        String objectId, String type, String field, String oldValue, String newValue, String reason) {
}
